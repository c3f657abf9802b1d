import type { Template } from "../templates/types";
import type { CellValues } from "../values";
import { formatScaled } from "../values";
import { cellSum } from "../org-tree/aggregate";
import { formatShanghai } from "../time/clock";
import { lateness } from "../workflow/deadlines";

/** What a 报送单 is made from: the signoff row, the unit, and the values of the version signed. */
export type SlipInput = {
  year: number;
  unitName: string;
  unitCode: string;
  template: Template;
  /** The number the 报送单 names: the kept version the 签发 made (decision 020). */
  version: number;
  values: CellValues;
  signerName: string;
  /** The 签发 instant (epoch ms). */
  signedAt: number;
  /** The deadline day in force when signed (stored with the signoff), null when none. */
  deadline: string | null;
};

export type SlipFigure = { label: string; value: string };

/** The 报送单 as plain data: the PDF component only lays it out. */
export type SlipModel = {
  title: string;
  /** 单位, 统计年度, 报表格式, 数据版本, 签发人, 签发时间, 报送期限, 是否逾期. */
  rows: { label: string; value: string }[];
  /** The template's main totals (its "value" figures), exact, with thousands separators and the unit. */
  figures: SlipFigure[];
  late: boolean;
  /** "逾期 1天3小时", or null. */
  lateText: string | null;
  sealLabel: string;
  /** "本报送单由系统根据签发记录生成" with the date, printed small at the bottom. */
  footnote: string;
};

/** How many of the template's value figures a slip lists (the main totals come first in both templates). */
export const SLIP_FIGURE_LIMIT = 8;

/**
 * The key figures of a submission: the template's "value" figures in template order (both
 * shipped templates declare their main totals that way: 2018 主动公开/收到申请, 2021 收办申请/办结/结转/复议/诉讼),
 * each the exact sum of its cells; a figure whose cells are all blank prints "—".
 */
export function slipFigures(template: Template, values: CellValues, limit = SLIP_FIGURE_LIMIT): SlipFigure[] {
  const out: SlipFigure[] = [];
  const seen = new Set<string>();
  for (const f of template.figures) {
    if (f.kind !== "value" || out.length >= limit) continue;
    const key = [...f.cells].sort().join("+");
    if (seen.has(key)) continue; // the same total under two names
    seen.add(key);
    const first = template.cell(f.cells[0]!);
    const scale = Math.max(...f.cells.map((c) => template.cell(c)?.scale ?? 0));
    const sum = cellSum(values, f.cells);
    const unit = first?.unit && first.unit !== "—" ? first.unit : "";
    out.push({ label: f.label, value: sum === null ? "—" : `${formatScaled(sum, scale, true)}${unit}` });
  }
  return out;
}

/** Builds the 报送单's content: deterministic for the same signoff and values. */
export function buildSlip(input: SlipInput): SlipModel {
  const late = lateness(input.signedAt, input.deadline);
  const lateText = late.late ? `逾期 ${late.lateBy}` : null;
  return {
    title: `${input.year}年度政府信息公开工作统计数据报送单`,
    rows: [
      { label: "报送单位", value: input.unitName },
      { label: "单位代码", value: input.unitCode },
      { label: "统计年度", value: `${input.year}年度` },
      { label: "报表格式", value: input.template.name },
      { label: "数据版本", value: `第 ${input.version} 版` },
      { label: "签发人", value: input.signerName },
      { label: "签发时间", value: `${formatShanghai(input.signedAt)}（北京时间）` },
      { label: "报送期限", value: input.deadline ?? "未设置" },
      { label: "是否逾期", value: lateText ?? "否" },
    ],
    figures: slipFigures(input.template, input.values),
    late: late.late,
    lateText,
    sealLabel: "（单位盖章）",
    footnote: `本报送单由年报编制系统根据 ${formatShanghai(input.signedAt)} 的签发记录生成，须加盖单位公章后扫描上传。`,
  };
}

/** The download name of a unit's 报送单. */
export function slipFileName(year: number, unitName: string, version: number): string {
  return `${year}年度${unitName}统计数据报送单（第${version}版）.pdf`;
}
