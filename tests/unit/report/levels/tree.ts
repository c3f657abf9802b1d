/**
 * A tree with every level a report is worded for: the region (区直部门 and 盟市), a 市 with
 * 市本级 units (政府办公室, 市直部门) and 旗县区, a 市 with 区 only, a 盟 (行政公署) whose 旗县市
 * include a 旗 with 旗直部门 and 苏木镇, a 苏木, and departments (one with nothing to report).
 */
import { aggregateTree, buildTree, type RosterNode } from "@/lib/org-tree";
import { getTemplate, type Template } from "@/lib/templates";
import type { CellValues } from "@/lib/values";
import { syntheticLeafValues } from "../synthetic-2021";

const ORGS: [code: string, name: string, parent: string, kind: string][] = [
  ["150000", "内蒙古自治区", "", "region"],
  ["150000-01", "自治区人民政府办公厅", "150000", "department"],
  ["150000-02", "自治区教育厅", "150000", "department"],
  ["150000-09", "自治区统计局", "150000", "department"],
  ["150100", "呼和浩特市", "150000", "league_city"],
  ["150100-01", "呼和浩特市人民政府办公室", "150100", "gov_office"],
  ["150100-02", "呼和浩特市教育局", "150100", "department"],
  ["150102", "新城区", "150100", "county"],
  ["150121", "土默特左旗", "150100", "county"],
  ["150122", "托克托县", "150100", "county"],
  ["150300", "乌海市", "150000", "league_city"],
  ["150302", "海勃湾区", "150300", "county"],
  ["150303", "海南区", "150300", "county"],
  ["150304", "乌达区", "150300", "county"],
  ["152200", "兴安盟", "150000", "league_city"],
  ["152201", "乌兰浩特市", "152200", "county"],
  ["152221", "科尔沁右翼前旗", "152200", "county"],
  ["152221-01", "科尔沁右翼前旗教育局", "152221", "department"],
  ["152221-101", "大坝沟镇", "152221", "township"],
  ["152221-102", "乌兰毛都苏木", "152221", "township"],
  ["152224", "突泉县", "152200", "county"],
];

/** The unit that reports nothing at all: every figure 0. */
export const ZERO_UNIT = "150000-09";

export const roster: RosterNode[] = ORGS.map(([code, name, parent, kind], i) => ({
  orgId: i + 1,
  code,
  name,
  kind,
  parentOrgId: parent ? ORGS.findIndex((o) => o[0] === parent) + 1 : null,
}));
export const tree = buildTree(roster);

/** 2018-table values: a seeded small count per cell (the narrative needs no rule to hold), fees 0. */
function values2018(t: Template, seed: number): CellValues {
  const v: CellValues = {};
  t.cells.forEach((c, i) => (v[c.code] = BigInt(((seed * 7 + i * 13) % 23) + 1)));
  v.G = 0n;
  return v;
}

function zero(t: Template): CellValues {
  return Object.fromEntries(t.cells.map((c) => [c.code, 0n]));
}

/** Every node's totals for a template, leaves from a seed by position. */
export function totalsFor(templateId: "gov-disclosure-2018" | "gov-disclosure-2021"): { template: Template; totals: Map<number, CellValues> } {
  const template = getTemplate(templateId);
  const leaves = new Map<number, CellValues>();
  for (const n of roster) {
    if ((tree.children.get(n.orgId)?.length ?? 0) > 0) continue;
    leaves.set(n.orgId, n.code === ZERO_UNIT ? zero(template) : templateId === "gov-disclosure-2021" ? syntheticLeafValues(n.orgId * 31) : values2018(template, n.orgId));
  }
  return { template, totals: aggregateTree(tree, leaves) };
}
