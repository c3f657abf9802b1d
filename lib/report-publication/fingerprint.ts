/**
 * The data a report is made from, in a canonical form, and its SHA-256: the node's totals and
 * those of every unit below it (a compiled report ranks and sums them), and last year's totals of
 * the node (growth figures). Names are left out: a renamed unit is not a change of figures. The
 * same function runs when a version is published and when the app asks whether the figures have
 * changed since (so the two hashes are comparable).
 */
import { createHash } from "node:crypto";
import type { OrgTree } from "../org-tree";
import type { CellValues } from "../values";

export type UnitValues = { code: string; name: string; values: Record<string, string> };

export type DataUsed = {
  templateId: string;
  year: number;
  orgCode: string;
  /** The node first, then every unit below it, by code. */
  units: UnitValues[];
  previous: Record<string, string> | null;
};

const sortedValues = (v: CellValues | null | undefined): Record<string, string> =>
  Object.fromEntries(Object.keys(v ?? {}).sort().map((k) => [k, v![k]!.toString()]));

export function dataUsed(input: { templateId: string; year: number; orgCode: string; tree: OrgTree; totals: Map<number, CellValues>; previous: CellValues | null }): DataUsed {
  const node = input.tree.byCode.get(input.orgCode);
  if (!node) throw new Error(`单位代码 ${input.orgCode} 不在单位名册中`);
  const below: UnitValues[] = [];
  const walk = (orgId: number) => {
    for (const c of input.tree.children.get(orgId) ?? []) {
      below.push({ code: c.code, name: c.name, values: sortedValues(input.totals.get(c.orgId)) });
      walk(c.orgId);
    }
  };
  walk(node.orgId);
  below.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    templateId: input.templateId,
    year: input.year,
    orgCode: node.code,
    units: [{ code: node.code, name: node.name, values: sortedValues(input.totals.get(node.orgId)) }, ...below],
    previous: input.previous && Object.keys(input.previous).length ? sortedValues(input.previous) : null,
  };
}

/** Stable text of the figures: keys in fixed order, values as decimal strings, no names. */
export function canonicalData(d: DataUsed): string {
  return JSON.stringify([d.templateId, d.year, d.orgCode, d.units.map((u) => [u.code, Object.entries(u.values)]), d.previous ? Object.entries(d.previous) : null]);
}

export function sha256Hex(bytes: string | Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function dataSha256(d: DataUsed): string {
  return sha256Hex(canonicalData(d));
}

/**
 * What a 签发 and a 保密审查 are given on, in one fingerprint: the document exactly as it would be
 * published (title, preface with its fields, the written and generated text, tables and charts),
 * the preface fields themselves and the figures' fingerprint. Any change to any of them (a phone
 * number in the preface included) makes a different value, so steps given before it no longer count.
 */
export function contentSha256(input: { document: unknown; fields: Record<string, string | undefined>; dataSha256: string }): string {
  const fields = Object.keys(input.fields)
    .sort()
    .map((k) => [k, input.fields[k] ?? ""]);
  return sha256Hex(JSON.stringify([input.document, fields, input.dataSha256]));
}
