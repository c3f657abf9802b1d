import fs from "node:fs";
import path from "node:path";
import { shanghaiDay } from "@/lib/time";
import type { Db } from "../../db/client";
import { listCycleSummaries } from "../../server/cycles/list";
import { parse } from "../args";
import { readCsv, RefusedError, say } from "../io";
import { createCycleWith } from "./cycle-create";
import { importOrgsFile } from "./orgs-import";
import { parseRole } from "./role-grant";
import { importSubmissionRows } from "./submissions-import";
import { createUserWithRoles } from "./user-create";
import { workflowStep } from "./workflow-step";

export const usage =
  "demo:load                        向空数据库载入演示数据：内蒙古 2017、2018 年度（已通过）、开放中的 2019 演示周期\n" +
  "                                 及全部演示账号（密码 Nianbao#2018!）；数据库中已有填报周期时拒绝";

const ROOT = path.resolve(__dirname, "../..");
/** Relative to the repo root (as the audit log names the imported files). */
const FIXTURES = "tests/fixtures/imar-2018";
const USERS_FILE = "tests/scripts/demo-users.txt";
export const DEMO_PASSWORD = "Nianbao#2018!";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Today ± n days in Shanghai (no daylight saving time there), as YYYY-MM-DD. */
const day = (n: number) => shanghaiDay(Date.now() + n * DAY_MS);

/** The demo logins: tests/scripts/demo-users.txt (username|unit code|name|roles|what to try), which demo.sh prints. */
export function demoUsers(): { username: string; org: string; name: string; roles: string[] }[] {
  return fs
    .readFileSync(path.join(ROOT, USERS_FILE), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [username = "", org = "", name = "", roles = ""] = line.split("|");
      return { username, org, name, roles: roles.split(/\s+/).filter(Boolean) };
    })
    .filter((u) => u.username);
}

/**
 * Loads the Inner Mongolia demo into an empty database, step by step with the very code paths of
 * the other console commands (orgs:import, cycle:create, submissions:import, workflow:step,
 * user:create: the server's commands, rules and audit entries): 2017 and 2018 approved, the open
 * demo cycle 2019 (README "演示周期"; deadlines relative to today so that the 旗县 deadline has just
 * passed and 固阳县 signs off late) and every demo login. Refused when a cycle exists already.
 */
export async function run(db: Db, argv: string[]): Promise<void> {
  parse(argv, {}, 0);
  const existing = listCycleSummaries(db);
  if (existing.length) {
    throw new RefusedError(`数据库中已有填报周期（${existing.map((c) => c.year).join("、")} 年度），不载入演示数据。请使用新的数据库文件（NIANBAO_DB）。`);
  }
  const fixture = (name: string) => path.join(ROOT, FIXTURES, name);
  const lines = (ls: string[] | string) => (Array.isArray(ls) ? ls : [ls]).forEach((l) => say(l));

  lines(await importOrgsFile(db, fixture("orgs.csv")));
  for (const year of [2017, 2018]) {
    lines(await createCycleWith(db, { year, templateId: "gov-disclosure-2018" }));
    const { header, rows } = readCsv(fixture(`submissions-${year}.csv`));
    lines(await importSubmissionRows(db, { year, status: "approved", file: `${FIXTURES}/submissions-${year}.csv`, header, rows }));
  }

  // The open demo cycle: 2019 on the 2018 table (labelled as a demo cycle), values taken from the
  // 2018 file. 区直部门 due in 14 days, 盟市 in 30, 旗县 yesterday: 固阳县 signs off after it (逾期).
  const year = 2019;
  const dept = day(14);
  const league = day(30);
  const county = day(-1);
  lines(
    await createCycleWith(db, {
      year,
      templateId: "gov-disclosure-2018",
      label: "2019年度（演示周期，沿用2018年表式）",
      deadlines: {
        department: { submit: dept, publish: dept },
        league_city: { submit: league, publish: league },
        county: { submit: county, publish: county },
      },
    }),
  );
  const source = readCsv(fixture("submissions-2018.csv"));
  /** The 2018 rows of these units, as a file of them would be imported. */
  const importRows = async (status: "draft" | "approved", codes: string[], explanation?: string) => {
    const rows = codes.map((code) => {
      const row = source.rows.find((r) => r[0] === code);
      if (!row) throw new RefusedError(`演示数据中没有单位 ${code} 的 2018 年度数据`);
      return row;
    });
    const file = `${FIXTURES}/submissions-2018.csv（${codes.join("、")}）`;
    lines(await importSubmissionRows(db, { year, status, explanation, file, header: source.header, rows }));
  };
  const step = async (org: string, s: "ready" | "signoff" | "return" | "approve", more: { signer?: string; comments?: string[]; cellComments?: string[] } = {}) =>
    lines(await workflowStep(db, { year, org, step: s, ...more }));

  // Drafts: 办公厅 (bgt-filler), 自然资源厅, 呼和浩特市 (hhht-filler).
  await importRows("draft", ["150000-01", "150000-02", "150100"]);
  // 人力资源和社会保障厅: 待签发. 150000-06: 已报送 with explained warnings.
  // 150000-08: 已报送, then 已退回 by the region's reviewer with a comment on the whole and on a cell.
  await importRows("draft", ["150000-04", "150000-06", "150000-08"], "渠道统计口径调整：政府网站与政务新媒体合并发布的信息只计一次，故渠道数少于主动公开条数。");
  for (const code of ["150000-04", "150000-06", "150000-08"]) await step(code, "ready");
  for (const code of ["150000-06", "150000-08"]) await step(code, "signoff", { signer: "演示负责人" });
  await step("150000-08", "return", { comments: ["请核对依申请公开的办理结果合计。"], cellComments: ["C1=收到申请数与本部门登记台账不一致，请核实后重新报送。"] });
  // 包头市: every 旗县区 approved (8 imported; 固阳县 signed off after the 旗县 deadline, 逾期,
  // then approved by 包头市's reviewer); 包头市 itself has not yet sent its compiled result up.
  // (固阳县 is a draft while the others are imported, so the import does not compile 包头市.)
  await importRows("draft", ["150222"], "本旗县政务新媒体与网站同步发布，渠道按一次计。");
  await importRows("approved", ["150202", "150203", "150204", "150205", "150206", "150207", "150221", "150223"]);
  await step("150222", "ready");
  await step("150222", "signoff", { signer: "固阳县负责人" });
  await step("150222", "approve");

  // Demo logins of every role, one password.
  for (const u of demoUsers()) {
    lines(await createUserWithRoles(db, { username: u.username, password: DEMO_PASSWORD, org: u.org, name: u.name, roles: u.roles.map(parseRole) }));
  }
}
