import type { Role } from "../authz/roles";
import type { SubmissionStatusCode } from "../workflow/statuses";

/** Where the user's own unit stands this season, as the home page decides from it. */
export type UnitFacts = {
  year: number;
  code: string;
  /** Its statistics' status; null: nothing saved yet (未填报). */
  status: SubmissionStatusCode | null;
  /** It compiles others: its figures are the sum of its children's, nobody types them. */
  compiles: boolean;
  /** It sends its statistics up to a parent (false for the root of the roster). */
  submitsUp: boolean;
  /** Every direct child that counts in its sums is approved (always true for a leaf). */
  childrenDone: boolean;
  /** Its own annual report: written at all, 签发 on the current draft, published. */
  report: { drafted: boolean; signed: boolean; published: boolean };
};

export type StepFacts = {
  roles: readonly Role[];
  /** The user's unit this season (null without an open cycle or when it is not on the roster). */
  unit: UnitFacts | null;
  /** For a 审核员: the season's year and how many direct children wait for 审核 (已报送). */
  review: { year: number; waiting: number } | null;
};

/** One thing the user can do: the button's words, where it leads, and why this is next. */
export type Step = { label: string; href: string; why: string };

/** The primary step (`urgent`: something waits for this user) and the user's other ways to their work. */
export type NextSteps = { primary: Step | null; others: Step[] };

const EDITABLE: ReadonlySet<SubmissionStatusCode | null> = new Set([null, "draft", "returned"]);

const unitHref = (u: UnitFacts) => `/stats/${u.year}/${encodeURIComponent(u.code)}`;
const reportHref = (u: UnitFacts) => `/reports/${u.year}/${encodeURIComponent(u.code)}`;

type Candidate = Step & { urgent: boolean };

function fillerSteps(u: UnitFacts): Candidate[] {
  const report: Candidate = u.report.published
    ? { label: "查看年度报告", href: reportHref(u), why: "本单位年度报告已发布", urgent: false }
    : { label: "撰写报告", href: reportHref(u), why: u.compiles ? "汇总下级单位的统计数据，撰写本级年度报告" : "统计数据已报送，撰写本单位年度报告", urgent: true };
  if (u.compiles) {
    // A compiling unit types no figures: once its children are all approved it sends the sum up.
    if (u.submitsUp && u.childrenDone && EDITABLE.has(u.status)) {
      return [{ label: "报送汇总结果", href: unitHref(u), why: "下级单位已全部审核通过，请核对汇总结果并标记为待签发", urgent: true }, report];
    }
    return [report, { label: "查看汇总情况", href: unitHref(u), why: "", urgent: false }];
  }
  if (EDITABLE.has(u.status)) {
    const why = u.status === "returned" ? "统计数据已被退回，请按审核意见修改" : "填写本单位统计表，完成后标记为待签发";
    return [{ label: "填报", href: `${unitHref(u)}/edit`, why, urgent: true }, { ...report, urgent: false }];
  }
  if (u.status === "ready") return [{ label: "查看报送情况", href: unitHref(u), why: "已标记为待签发，等待负责人签发", urgent: false }, { ...report, urgent: false }];
  return [report, { label: "查看报送情况", href: unitHref(u), why: "", urgent: false }];
}

function signerSteps(u: UnitFacts): Candidate[] {
  const out: Candidate[] = [];
  if (u.status === "ready") out.push({ label: "签发", href: unitHref(u), why: "统计数据已标记为待签发，请核对后签发并报送", urgent: true });
  if (u.report.drafted && !u.report.published) {
    out.push(
      u.report.signed
        ? { label: "发布", href: reportHref(u), why: "年度报告已签发，确认保密审查后发布", urgent: true }
        : { label: "签发报告", href: reportHref(u), why: "年度报告已起草，请审阅后签发", urgent: u.status !== null && !EDITABLE.has(u.status) },
    );
  }
  const waiting = u.status === null || EDITABLE.has(u.status) ? "等待填报员填报并标记为待签发" : u.status === "submitted" ? "已报送，等待上级审核" : "";
  out.push({ label: "查看本单位统计表", href: unitHref(u), why: waiting, urgent: false });
  return out;
}

function reviewerSteps(r: NonNullable<StepFacts["review"]>): Candidate[] {
  const href = `/review/${r.year}`;
  return r.waiting > 0
    ? [{ label: `审核 ${r.waiting} 个单位`, href, why: `${r.waiting} 个下级单位已报送，等待审核`, urgent: true }]
    : [{ label: "查看下级报送情况", href, why: "暂无待审核的下级单位", urgent: false }];
}

const ADMIN_STEPS: Partial<Record<Role, Candidate[]>> = {
  sysadmin: [
    { label: "管理填报周期", href: "/admin/cycles", why: "设置年度周期、报送与发布期限", urgent: true },
    { label: "单位管理", href: "/admin/orgs", why: "", urgent: false },
    { label: "用户管理", href: "/admin/users", why: "", urgent: false },
  ],
  secadmin: [
    { label: "角色授权", href: "/security/grants", why: "为用户授予或撤销角色", urgent: true },
    { label: "安全策略", href: "/security/policy", why: "", urgent: false },
  ],
  auditor: [{ label: "查看审计日志", href: "/audit", why: "查阅、导出审计记录", urgent: true }],
};

/**
 * What the user does next, from their roles and where their unit stands: the first step that
 * waits for them (签发 before 审核 before 填报 before the report), else the first way to their
 * work. The rest become the home page's secondary links (no duplicates).
 */
export function nextSteps(f: StepFacts): NextSteps {
  const order: Role[] = ["signer", "reviewer", "filler", "sysadmin", "secadmin", "auditor"];
  const candidates: Candidate[] = [];
  for (const role of order) {
    if (!f.roles.includes(role)) continue;
    if (role === "filler" && f.unit) candidates.push(...fillerSteps(f.unit));
    else if (role === "signer" && f.unit) candidates.push(...signerSteps(f.unit));
    else if (role === "reviewer" && f.review) candidates.push(...reviewerSteps(f.review));
    else candidates.push(...(ADMIN_STEPS[role] ?? []));
  }
  const primary = candidates.find((c) => c.urgent) ?? candidates[0] ?? null;
  const seen = new Set(primary ? [primary.href + primary.label] : []);
  const others: Step[] = [];
  for (const c of candidates) {
    const key = c.href + c.label;
    if (seen.has(key) || (primary && c.href === primary.href)) continue;
    seen.add(key);
    others.push({ label: c.label, href: c.href, why: c.why });
  }
  return { primary: primary && { label: primary.label, href: primary.href, why: primary.why }, others };
}
