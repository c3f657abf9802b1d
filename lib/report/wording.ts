import { z } from "zod";
import { LOWER_GOVERNMENT_KINDS } from "../templates/level-groupings";

/**
 * How a report names its unit and the unit's parts: defaults from the unit's name, kind and
 * actual children, which the office may override per unit (organisations.wording). Sentences
 * use these words as placeholders ({scope}, {ownLabel}, …), so no sentence tests a level in code.
 */
export const WORDING_KEYS = ["subject", "ownLabel", "governmentLabel", "departmentsLabel", "childrenLabel", "longForm"] as const;
export type WordingKey = (typeof WORDING_KEYS)[number];
export type NodeWording = Record<WordingKey, string>;

export const WORDING_LABELS: Record<WordingKey, string> = {
  subject: "报告主语（如 全区、全市、本机关、我局）",
  ownLabel: "本级（如 自治区本级、市本级）",
  governmentLabel: "政府本级（如 市政府、盟行政公署）",
  departmentsLabel: "本级部门（如 区直部门、市直部门）",
  childrenLabel: "下级政府合称（如 盟市、旗县区）",
  longForm: "政府及部门（如 自治区政府及部门）",
};

/** The office's overrides: any of the keys, short text; blank means the default. */
export const wordingOverridesSchema = z
  .object(Object.fromEntries(WORDING_KEYS.map((k) => [k, z.string().trim().max(20, "用语不超过 20 个字").optional()])) as Record<WordingKey, z.ZodOptional<z.ZodString>>)
  .strict();
export type WordingOverrides = Partial<Record<WordingKey, string>>;

/** What a unit is, as reports word it: a government of some level, or an agency (机关). */
export type ReportLevel = "region" | "league" | "city" | "county" | "township" | "agency";
export const REPORT_LEVELS = ["region", "league", "city", "county", "township", "agency"] as const satisfies readonly ReportLevel[];


type Named = { name: string; kind: string };

const AREA_SUFFIX = /(自治区|特别行政区|自治州|自治县|自治旗|联合旗|苏木|街道|省|盟|州|市|旗|县|区|乡|镇)$/;

/** The area word a government calls itself by: 内蒙古自治区 → 区 (全区), 兴安盟 → 盟, 达尔罕茂明安联合旗 → 旗. */
function areaWord(name: string): string | null {
  const m = AREA_SUFFIX.exec(name);
  if (!m) return null;
  const s = m[1]!;
  if (s === "自治区" || s === "特别行政区") return "区";
  if (s.length > 1 && s !== "苏木" && s !== "街道") return s.slice(-1);
  return s;
}

export function reportLevel(node: Named): ReportLevel {
  const word = areaWord(node.name);
  switch (node.kind) {
    case "region":
      return "region";
    case "league_city":
      return word === "盟" ? "league" : "city";
    case "county":
      return "county";
    case "township":
      return "township";
    default:
      return "agency";
  }
}

/** How an agency calls itself: 我厅, 我局, 我委, 我办, else 本机关. */
function agencySubject(name: string): string {
  if (/厅$/.test(name)) return "我厅";
  if (/局$/.test(name)) return "我局";
  if (/(委员会|委)$/.test(name)) return "我委";
  if (/(办公室|办)$/.test(name)) return "我办";
  return "本机关";
}

/** Children's area words in the order offices name them (盟市, 旗县市区, 苏木乡镇). */
const CHILD_ORDER = ["盟", "旗", "县", "市", "区", "苏木", "乡", "镇", "街道"];

/**
 * The children's collective name as they are actually called: 盟市; 旗县区; 旗区 (鄂尔多斯市);
 * 苏木镇; a single one-character word reads 各区 (乌海市), as one writes it.
 */
export function childrenCollective(children: readonly Named[]): string | null {
  const words = new Set(children.filter((c) => LOWER_GOVERNMENT_KINDS.includes(c.kind)).flatMap((c) => areaWord(c.name) ?? []));
  const ordered = CHILD_ORDER.filter((w) => words.has(w)).join("");
  return ordered.length === 0 ? null : ordered.length === 1 ? `各${ordered}` : ordered;
}

const GOVERNMENT_DEFAULTS: Record<Exclude<ReportLevel, "agency">, (word: string) => Omit<NodeWording, "childrenLabel"> & { childrenLabel: string }> = {
  region: (w) => ({
    subject: w === "区" ? "全区" : `全${w}`,
    ownLabel: w === "区" ? "自治区本级" : `${w}本级`,
    governmentLabel: w === "区" ? "自治区政府" : `${w}政府`,
    departmentsLabel: `${w}直部门`,
    childrenLabel: "盟市",
    longForm: w === "区" ? "自治区政府及部门" : `${w}政府及部门`,
  }),
  // A 盟 is a 行政公署 (an agency of the region), not a government of its own.
  league: () => ({ subject: "全盟", ownLabel: "盟本级", governmentLabel: "盟行政公署", departmentsLabel: "盟直部门", childrenLabel: "旗县市", longForm: "盟行政公署及部门" }),
  city: (w) => ({ subject: `全${w}`, ownLabel: `${w}本级`, governmentLabel: `${w}政府`, departmentsLabel: `${w}直部门`, childrenLabel: "旗县区", longForm: `${w}政府及部门` }),
  county: (w) => ({ subject: `全${w}`, ownLabel: `${w}本级`, governmentLabel: `${w}政府`, departmentsLabel: `${w}直部门`, childrenLabel: "苏木乡镇", longForm: `${w}政府及部门` }),
  township: (w) => ({
    subject: `我${w}`,
    ownLabel: `${w}本级`,
    governmentLabel: w === "街道" ? "街道办事处" : `${w}政府`,
    departmentsLabel: "所属单位",
    childrenLabel: "村（嘎查）",
    longForm: w === "街道" ? "街道办事处" : `${w}政府`,
  }),
};

const LEVEL_WORD: Record<Exclude<ReportLevel, "agency">, string> = { region: "区", league: "盟", city: "市", county: "县", township: "镇" };

/** The default words of a unit: from its name and kind, the children's name from its actual children. */
export function defaultWording(node: Named, children: readonly Named[]): NodeWording {
  const level = reportLevel(node);
  if (level === "agency") {
    const subject = agencySubject(node.name);
    return { subject, ownLabel: "本机关", governmentLabel: "本机关", departmentsLabel: "内设机构", childrenLabel: childrenCollective(children) ?? "所属单位", longForm: "本机关" };
  }
  const words = GOVERNMENT_DEFAULTS[level](areaWord(node.name) ?? LEVEL_WORD[level]);
  return { ...words, childrenLabel: childrenCollective(children) ?? words.childrenLabel };
}

/** The words a report uses: the office's overrides (blank ones ignored) over the defaults. */
export function nodeWording(node: Named, children: readonly Named[], overrides?: WordingOverrides | null): NodeWording {
  const out = defaultWording(node, children);
  for (const k of WORDING_KEYS) {
    const v = overrides?.[k]?.trim();
    if (v) out[k] = v;
  }
  return out;
}
