import fs from "node:fs";
import path from "node:path";
import { type AuditCheckpoint, formatCheckpoint, parseCheckpoints } from "@/lib/audit";

/** Appends one line (O_APPEND: concurrent writers interleave whole lines). Creates the folder. */
export function appendCheckpointLine(file: string, cp: AuditCheckpoint): void {
  const line = formatCheckpoint(cp);
  try {
    fs.appendFileSync(file, line, { mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, line, { mode: 0o600 });
  }
}

export function readCheckpointFile(file: string): { exists: boolean; checkpoints: AuditCheckpoint[]; malformed: number } {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { exists: false, checkpoints: [], malformed: 0 };
    throw err;
  }
  return { exists: true, ...parseCheckpoints(text) };
}
