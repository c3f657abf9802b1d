import { invalid } from "@/server/kernel/errors";

/**
 * Throws a 422 with the rule's problems (joined into one Chinese message) when there are any,
 * shown next to `field` when given.
 */
export function refuseIf(problems: readonly string[], field?: string): void {
  if (problems.length === 0) return;
  throw invalid(problems.join("；"), field ? { [field]: [...problems] } : undefined);
}
