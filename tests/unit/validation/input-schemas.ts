import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const root = path.resolve(__dirname, "../../..");

/**
 * The modules whose schemas check what users and API clients send: all of lib/validation, and
 * the command schemas kept beside their domain in lib.
 */
export function inputSchemaModules(): string[] {
  const validation = readdirSync(path.join(root, "lib/validation"))
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => `lib/validation/${f}`);
  return [...validation, "lib/workflow/schemas.ts", "lib/review/bulk.ts", "lib/audit/filter.ts", "lib/security/security-policy.ts"];
}

/**
 * Every schema those modules export, by "module.export": schema values, and the schema factories
 * (exports named …Schema that are functions) called with their defaults. A new module of
 * lib/validation or a new export is found without listing it here.
 */
export async function inputSchemas(): Promise<[string, z.ZodType][]> {
  const out: [string, z.ZodType][] = [];
  for (const file of inputSchemaModules()) {
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    const short = file.replace(/^lib\//, "").replace(/\.ts$/, "");
    for (const [name, value] of Object.entries(mod)) {
      if (value instanceof z.ZodType) out.push([`${short}.${name}`, value]);
      else if (typeof value === "function" && name.endsWith("Schema")) {
        const made = (value as () => unknown)();
        if (made instanceof z.ZodType) out.push([`${short}.${name}()`, made]);
      }
    }
  }
  return out;
}
