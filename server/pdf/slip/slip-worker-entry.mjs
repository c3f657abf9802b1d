// Worker entry in plain JavaScript (see ../report/render-worker-entry.mjs): registers tsx, then loads the slip renderer.
import { register } from "tsx/esm/api";

register();
await import("./slip-worker.ts");
