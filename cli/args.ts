import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs with usage errors turned into exit code 2. */
export function parse<O extends Options>(argv: string[], options: O, positionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(positionals ? `需要 ${positionals} 个文件参数` : `多余的参数：${parsed.positionals.join(" ")}`);
  }
  return parsed;
}

export function yearOption(value: string | undefined): number {
  if (value === undefined) throw new UsageError("缺少 --year");
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--year 应为四位年份：${value}`);
  return Number(value);
}

export function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} 只能是 ${allowed.join("|")}：${value}`);
  return value as T;
}
