import { describe, expect, test, vi } from "vitest";
import { harness, requestInfoModule, sessionModule } from "../review/harness";

/*
 * 报告用语 through the server action a report page calls: who may change a unit's words (those
 * who write its report), that blank words go back to the defaults, the audit entry, and that
 * the report and the page's defaults follow.
 */
vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", () => sessionModule());
vi.mock("@/server/next/request-info", () => requestInfoModule());

const { saveReportWording } = await import("@/app/(app)/reports/[year]/[orgCode]/actions");
const { getOrganisationByCode } = await import("@/db/queries/orgs");
const { unitWording } = await import("@/server/reports/unit-wording");
const { getRoster } = await import("@/db/queries/cycles");
const { buildTree } = await import("@/lib/org-tree");

const h = harness({ year: 2021, templateId: "gov-disclosure-2021" });
const cityFiller = h.user("l1-filler", "市填报员", "L1", "filler");
const deptFiller = h.user("d1-filler", "发改委填报员", "D1", "filler");
const blank = { subject: "", ownLabel: "", governmentLabel: "", departmentsLabel: "", childrenLabel: "", longForm: "" };

const words = () => {
  const tree = buildTree(getRoster(h.db, h.cycle.id));
  return unitWording(h.db, tree, tree.byCode.get("L1")!);
};

describe("报告用语", () => {
  test("defaults from the name, kind and children: 呼和浩特市 with 新城区 reads 全市 / 市本级 / 各区", () => {
    expect(words()).toMatchObject({ subject: "全市", ownLabel: "市本级", childrenLabel: "各区", longForm: "市政府及部门" });
  });

  test("the city's filler saves words; the report uses them, blanks keep the defaults, the change is audited", async () => {
    h.as(cityFiller);
    const r = await saveReportWording({ ...blank, year: 2021, orgCode: "L1", subject: "我市", childrenLabel: "各旗县区" });
    expect(r).toMatchObject({ ok: true });
    expect(getOrganisationByCode(h.db, "L1")!.wording).toEqual({ subject: "我市", childrenLabel: "各旗县区" });
    expect(words()).toMatchObject({ subject: "我市", ownLabel: "市本级", childrenLabel: "各旗县区" });
    const audit = h.sqlite.prepare("select action, target_id, detail_json as detail from audit_log where action = 'org.wording'").all() as { target_id: string; detail: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ before: null, after: { subject: "我市" } });

    expect(await saveReportWording({ ...blank, year: 2021, orgCode: "L1" })).toMatchObject({ ok: true });
    expect(getOrganisationByCode(h.db, "L1")!.wording).toBeNull();
    expect(words().subject).toBe("全市");
  });

  test("another unit's filler may not; a word over 20 characters is refused in Chinese", async () => {
    h.as(deptFiller);
    expect(await saveReportWording({ ...blank, year: 2021, orgCode: "L1", subject: "我市" })).toMatchObject({ ok: false, status: 403 });
    h.as(cityFiller);
    const long = await saveReportWording({ ...blank, year: 2021, orgCode: "L1", subject: "一".repeat(21) });
    expect(long).toMatchObject({ ok: false, fieldErrors: { subject: ["用语不能超过 20 个字符"] } });
    expect(getOrganisationByCode(h.db, "L1")!.wording).toBeNull();
  });
});
