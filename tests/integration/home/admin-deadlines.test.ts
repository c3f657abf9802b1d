import { afterEach, describe, expect, it } from "vitest";
import { readContext } from "@/server/kernel/read";
import { loadHomeTodo } from "@/server/home/todo";
import { harness } from "../review/harness";

// 2032's cycle read on 2033-01-20 (Shanghai): the season's cycle.
const NOW = Date.UTC(2033, 0, 20, 4);
const DEADLINES = { "department.submit": "2033-01-25", "league_city.submit": "2033-01-15", "county.submit": "2033-01-10", "department.publish": "2033-03-31" };

describe("an administrator's home names the cycle's days", () => {
  let t: ReturnType<typeof harness> | null = null;
  afterEach(() => t?.close());

  it("per kind of unit, with days left, late ones urgent; no unit of their own needed", () => {
    t = harness({ year: 2032, deadlines: DEADLINES });
    const admin = t.user("sys", "系统管理员", "R", "sysadmin");
    const todo = loadHomeTodo(readContext({ user: admin, db: t.db, now: NOW, ip: null }))!;
    expect(todo.deadlines.map((d) => [d.who, d.purpose, d.date, d.done])).toEqual([
      ["区直部门", "报送", "2033-01-25", false],
      ["区直部门", "发布", "2033-03-31", false],
      ["盟市", "报送", "2033-01-15", false],
      ["旗县", "报送", "2033-01-10", false],
    ]);
    expect(todo.deadlines.find((d) => d.who === "区直部门" && d.purpose === "报送")!.urgent).toBe(true);
    expect(todo.deadlines.find((d) => d.who === "区直部门" && d.purpose === "发布")!.urgent).toBe(false);
    expect(todo.reminders).toEqual([]);
  });

  it("a cycle without days tells the 系统管理员 where to set them; the auditor gets no such advice", () => {
    t = harness({ year: 2032 });
    const admin = t.user("sys", "系统管理员", "R", "sysadmin");
    const auditor = t.user("aud", "审计员", "R", "auditor");
    expect(loadHomeTodo(readContext({ user: admin, db: t.db, now: NOW, ip: null }))!.reminders).toEqual(["本周期尚未设置报送与发布期限：可在“填报周期”中设置"]);
    const forAuditor = loadHomeTodo(readContext({ user: auditor, db: t.db, now: NOW, ip: null }))!;
    expect(forAuditor.deadlines).toEqual([]);
    expect(forAuditor.reminders).toEqual([]);
  });
});
