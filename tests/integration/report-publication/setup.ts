/**
 * A small world for the publication commands: tree R → D1, D2, L1 → L1C1 with real 2018 figures
 * (two demo units' rows) approved for D1, D2 and L1C1; a filler and a signer at D1, a signer at
 * D2 and the region. The app's shared connection (getDb) is pointed at this in-memory database.
 */
import { addGrant } from "@/db/mutations/grants";
import { createCycle } from "@/db/mutations/cycles";
import { setCyclePrereview } from "@/db/mutations/report-prereviews";
import { replaceSubmissions } from "@/db/mutations/submissions";
import { createUser } from "@/db/mutations/users";
import { listGrantsForUser } from "@/db/queries/grants";
import { getTemplate } from "@/lib/templates";
import type { CellValues } from "@/lib/values";
import type { Role } from "@/lib/authz";
import { parseCell, readCsv } from "../../unit/helpers/imar";
import { dbWithTree } from "../db/helpers";

export function demoRow(code: string): CellValues {
  const template = getTemplate("gov-disclosure-2018");
  const [header, ...rows] = readCsv("submissions-2018.csv");
  const row = rows.find((r) => r[0] === code)!;
  const values: CellValues = {};
  header!.slice(1).forEach((cell, j) => {
    const v = parseCell(template, cell, row[j + 1]!);
    if (v !== null) values[cell] = v;
  });
  return values;
}

export function world(options: { prereview?: boolean } = {}) {
  const t = dbWithTree();
  (globalThis as { __nianbaoDb?: unknown }).__nianbaoDb = t;
  const cycle = createCycle(t.db, { year: 2018, templateId: "gov-disclosure-2018" });
  // These suites are about 签发, 保密审查 and publishing; the office's 预审 has its own (prereview.test.ts).
  if (!options.prereview) setCyclePrereview(t.db, cycle.id, false);
  const figures = { D1: demoRow("150000-01"), D2: demoRow("150000-02"), L1C1: demoRow("150000-03") };
  const approve = (code: keyof typeof figures, values: CellValues) => replaceSubmissions(t.db, cycle.id, [{ orgId: t.id(code), status: "approved", values }], null, Date.now());
  for (const [code, values] of Object.entries(figures)) approve(code as keyof typeof figures, values);

  let n = 0;
  const user = (code: string, roles: Role[], name: string) => {
    const u = createUser(t.db, { username: `u${n++}`, displayName: name, passwordHash: "x", orgId: t.id(code) });
    for (const role of roles) addGrant(t.db, { userId: u.id, role, orgId: t.id(code), grantedBy: null, at: 0 });
    const grants = listGrantsForUser(t.db, u.id).map((g) => ({ role: g.role as Role, orgId: g.orgId }));
    return {
      id: u.id,
      username: u.username,
      displayName: name,
      orgId: u.orgId,
      orgName: code,
      sid: `sid-${u.id}`,
      mustChangePassword: false,
      totpEnabled: false,
      grants,
      actor: { userId: u.id, orgId: u.orgId, grants },
    };
  };
  return {
    ...t,
    cycle,
    figures,
    approve,
    user,
    filler: user("D1", ["filler"], "王填报"),
    signer: user("D1", ["signer"], "李负责"),
    otherSigner: user("D2", ["signer"], "赵负责"),
    regionSigner: user("R", ["signer"], "钱主任"),
  };
}
