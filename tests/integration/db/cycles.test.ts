import { describe, expect, it } from "vitest";
import { CycleExistsError } from "@/db/errors";
import { createCycle, setCycleStatus } from "@/db/mutations/cycles";
import { upsertOrganisations } from "@/db/mutations/orgs";
import { getCycleByYear, getRoster, listCycles } from "@/db/queries/cycles";
import { count, dbWithTree, TREE } from "./helpers";

describe("createCycle", () => {
  it("stores the defaults k = 3/1 and minimum 100, and the given deadlines", () => {
    const { db, close } = dbWithTree();
    const cycle = createCycle(db, { year: 2018, templateId: "list-2018", deadlines: { department: "2019-01-31" } });
    expect(cycle).toMatchObject({
      year: 2018,
      templateId: "list-2018",
      warningFactorNum: 3,
      warningFactorDen: 1,
      warningMinimum: 100,
      status: "open",
      deadlines: { department: "2019-01-31" },
    });
    expect(getCycleByYear(db, 2018)).toEqual(cycle);
    expect(getCycleByYear(db, 2017)).toBeNull();
    close();
  });

  it("snapshots the active organisations into the roster", () => {
    const { db, id, close } = dbWithTree();
    upsertOrganisations(db, [{ code: "D2", name: "区教育厅", parentCode: "R", kind: "department", active: false }]);
    const cycle = createCycle(db, { year: 2018, templateId: "t", warningFactorNum: 5, warningFactorDen: 2, warningMinimum: 50 });
    expect(cycle).toMatchObject({ warningFactorNum: 5, warningFactorDen: 2, warningMinimum: 50 });
    expect(getRoster(db, cycle.id)).toEqual([
      { orgId: id("D1"), code: "D1", name: "区发改委", kind: "department", parentOrgId: id("R"), coverage: "area", inSums: true },
      { orgId: id("L1"), code: "L1", name: "呼和浩特市", kind: "league_city", parentOrgId: id("R"), coverage: "area", inSums: true },
      { orgId: id("L1C1"), code: "L1C1", name: "新城区", kind: "county", parentOrgId: id("L1"), coverage: "area", inSums: true },
      { orgId: id("R"), code: "R", name: "自治区", kind: "region", parentOrgId: null, coverage: "area", inSums: true },
    ]);
    close();
  });

  it("keeps an earlier roster as it was after a rename and a move", () => {
    const { db, id, close } = dbWithTree();
    const y2018 = createCycle(db, { year: 2018, templateId: "t" });
    const before = getRoster(db, y2018.id);
    upsertOrganisations(db, [{ code: "L1C1", name: "新城区（更名）", parentCode: "D1", kind: "county" }]);
    expect(getRoster(db, y2018.id)).toEqual(before);
    expect(before.find((r) => r.code === "L1C1")).toMatchObject({ name: "新城区", parentOrgId: id("L1") });

    const y2019 = createCycle(db, { year: 2019, templateId: "t" });
    expect(getRoster(db, y2019.id).find((r) => r.code === "L1C1")).toMatchObject({ name: "新城区（更名）", parentOrgId: id("D1") });
    expect(listCycles(db).map((c) => c.year)).toEqual([2019, 2018]);
    close();
  });

  it("throws CycleExistsError for a year that exists and writes nothing", () => {
    const opened = dbWithTree();
    createCycle(opened.db, { year: 2018, templateId: "t" });
    const roster = count(opened, "roster_entries");
    expect(roster).toBe(TREE.length);
    expect(() => createCycle(opened.db, { year: 2018, templateId: "other" })).toThrow(CycleExistsError);
    expect(count(opened, "cycles")).toBe(1);
    expect(count(opened, "roster_entries")).toBe(roster);
    opened.close();
  });

  it("closes a cycle", () => {
    const { db, close } = dbWithTree();
    const cycle = createCycle(db, { year: 2018, templateId: "t" });
    expect(setCycleStatus(db, cycle.id, "closed")).toBe(true);
    expect(getCycleByYear(db, 2018)!.status).toBe("closed");
    expect(setCycleStatus(db, 999, "closed")).toBe(false);
    close();
  });
});
