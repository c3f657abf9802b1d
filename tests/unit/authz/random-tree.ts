import fc from "fast-check";

/** A random tree as a parent map: unit 1 is the root, unit k > 1 hangs under some unit < k. */
export const arbParents = fc
  .array(fc.nat(), { minLength: 1, maxLength: 25 })
  .map((picks) => new Map<number, number | null>(picks.map((p, i) => [i + 1, i === 0 ? null : (p % i) + 1])));

/** The units above `orgId`, nearest first, read straight from the map (independent of lib/authz). */
export function ancestorsIn(parents: Map<number, number | null>, orgId: number): number[] {
  const out: number[] = [];
  for (let p = parents.get(orgId) ?? null; p !== null; p = parents.get(p) ?? null) out.push(p);
  return out;
}
