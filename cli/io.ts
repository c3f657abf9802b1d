import fs from "node:fs";
import path from "node:path";
import { parseCsvBytes } from "@/lib/import";

/** Exit 2: the command line itself is wrong. */
export class UsageError extends Error {}
/** Exit 1: the command was understood but refused or failed. */
export class RefusedError extends Error {
  constructor(message: string, readonly details: string[] = []) {
    super(message);
  }
}

/** Paths are relative to where the user ran `npm run`, not the package root. */
export function resolveUserPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

export function readCsv(file: string): { header: string[]; rows: string[][] } {
  const full = resolveUserPath(file);
  if (!fs.existsSync(full)) throw new RefusedError(`文件不存在：${full}`);
  const records = parseCsvBytes(fs.readFileSync(full));
  const [header, ...rows] = records;
  if (!header) throw new RefusedError(`文件为空：${full}`);
  return { header, rows };
}

/** Messages go to stderr so stdout carries only data. */
export function say(message: string): void {
  process.stderr.write(message + "\n");
}

export function out(data: string): void {
  process.stdout.write(data);
}
