export * from "./fingerprint";
export * from "./paragraphs";
export * from "./state";
