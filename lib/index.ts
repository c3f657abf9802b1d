/** The domain core: framework-free, importable from app/, db/, the CLI and tests alike. */
export * from "./templates";
export * from "./values";
export * from "./rules";
export * from "./org-tree";
export * from "./figures";
export * from "./import";
