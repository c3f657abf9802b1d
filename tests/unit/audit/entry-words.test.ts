import { describe, expect, it } from "vitest";
import { describeAuditEntry, type AuditEntryInput, type AuditNames } from "@/lib/audit/entry-words";

const people = [
  { id: 14, username: "zhangsan", displayName: "张三" },
  { id: 28, username: "lisi", displayName: "李四" },
];
const orgs: Record<string, string> = { "150000": "内蒙古自治区", "150100": "呼和浩特市", "150000-27": "自治区统计局" };
const names: AuditNames = {
  userById: (id) => people.find((p) => p.id === id),
  userByName: (u) => people.find((p) => p.username === u),
  org: (code) => orgs[code],
  cycle: (year) => (year === 2019 ? "2019年度（演示周期）" : `${year}年度`),
};

const entry = (e: Partial<AuditEntryInput> & { action: string; detail?: unknown }): AuditEntryInput => ({
  userId: 14,
  username: "zhangsan",
  targetType: null,
  targetId: null,
  detailJson: e.detail === undefined ? null : JSON.stringify(e.detail),
  ...e,
});

const words = (e: Parameters<typeof entry>[0]) => describeAuditEntry(entry(e), names);

describe("an audit entry in words", () => {
  it("says a submission's change of state with the states' labels, the unit and the cycle by name", () => {
    const w = words({ action: "stats.approve", targetType: "submission", targetId: "2019/150100", detail: { before: "submitted", after: "approved", version: 3, late: false } });
    expect(w.user).toBe("张三（zhangsan）");
    expect(w.action).toBe("审核通过");
    expect(w.target).toBe("填报 2019年度（演示周期） 呼和浩特市");
    expect(w.lines).toEqual([
      { label: "状态", value: "已报送 → 已通过" },
      { label: "版本号", value: "3" },
      { label: "逾期", value: "否" },
    ]);
    expect(w.summary).toBe("状态：已报送 → 已通过；版本号：3；逾期：否");
  });

  it("names a user target by name instead of its number, and one it cannot find by its number in words", () => {
    expect(words({ action: "totp.enable", targetType: "user", targetId: "28" }).target).toBe("用户 李四（lisi）");
    expect(words({ action: "totp.enable", targetType: "user", targetId: "99" }).target).toBe("用户 编号 99");
    expect(words({ action: "login.success", targetType: "session", targetId: "Hdh5ti8UVHfM" }).target).toBe("会话");
    expect(describeAuditEntry({ ...entry({ action: "logout" }), username: null, userId: 77 }, names).user).toBe("用户编号 77");
  });

  it("words a grant: the role, the unit and the user by name", () => {
    const w = words({
      action: "grant.add",
      targetType: "user",
      targetId: "28",
      detail: { osUser: "root", before: null, after: { grantId: 5, username: "lisi", role: "signer", org: "150000-27" }, sessionsEnded: 0 },
    });
    expect(w.lines).toEqual([
      { label: "授权编号", value: "5" },
      { label: "用户名", value: "李四（lisi）" },
      { label: "角色", value: "负责人" },
      { label: "单位", value: "自治区统计局" },
      { label: "命令行操作系统用户", value: "root" },
      { label: "结束的会话数", value: "0" },
    ]);
  });

  it("shows only what changed between two objects, keeping the identifying key", () => {
    const w = words({
      action: "user.reset_password",
      targetType: "user",
      targetId: "28",
      detail: { before: { username: "lisi", mustChangePassword: false, lockedUntil: null, failedLogins: 3 }, after: { username: "lisi", mustChangePassword: true, lockedUntil: null, failedLogins: 0 }, sessionsEnded: 2 },
    });
    expect(w.lines).toEqual([
      { label: "用户名", value: "李四（lisi）" },
      { label: "首次登录须修改密码", value: "否 → 是" },
      { label: "连续登录失败次数", value: "3 → 0" },
      { label: "结束的会话数", value: "2" },
    ]);
  });

  it("words nested changes, units, kinds and coverage", () => {
    const moved = words({ action: "org.move", targetType: "organisation", targetId: "150000-27", detail: { before: { parent: "150000" }, after: { parent: "150100" } } });
    expect(moved.target).toBe("单位 自治区统计局");
    expect(moved.lines).toEqual([{ label: "上级单位", value: "内蒙古自治区 → 呼和浩特市" }]);
    const scope = words({ action: "cycle.roster_scope", targetType: "roster", targetId: "2025/150100", detail: { before: { coverage: "own", inSums: true }, after: { coverage: "area", inSums: true } } });
    expect(scope.target).toBe("报告范围 2025年度 呼和浩特市");
    expect(scope.lines).toEqual([{ label: "报告范围", value: "本级（本级政府及其部门） → 全域（含全部下级单位）" }]);
    const created = words({ action: "org.create", targetType: "organisation", targetId: "150100", detail: { before: null, after: { code: "150100", name: "呼和浩特市", kind: "league_city", parent: "150000", active: true, predecessor: null } } });
    expect(created.lines).toEqual([
      { label: "单位代码", value: "150100" },
      { label: "单位名称", value: "呼和浩特市" },
      { label: "单位类型", value: "盟市" },
      { label: "上级单位", value: "内蒙古自治区" },
      { label: "启用", value: "是" },
      { label: "并入的单位", value: "无" },
    ]);
  });

  it("words a return's comments, a login failure's reason, a report's signer and a cycle's deadlines", () => {
    const returned = words({ action: "stats.return", detail: { before: "submitted", after: "returned", version: 1, comments: [{ cellCode: null, text: "请核对合计。" }, { cellCode: "R1.np", text: "与台账不一致。" }] } });
    expect(returned.lines).toContainEqual({ label: "退回意见", value: "（整体）请核对合计。；（R1.np）与台账不一致。" });
    expect(words({ action: "login.failure", detail: { reason: "wrong_password", failedCount: 2 } }).summary).toBe("原因：密码错误；连续登录失败次数：2");
    const signed = words({ action: "report.signoff", targetType: "report", targetId: "2018/150000-27/own", detail: { draftVersion: 0, name: "王五" } });
    expect(signed.target).toBe("报告 2018年度 自治区统计局（本级报告）");
    expect(signed.lines).toEqual([
      { label: "草稿版本号", value: "0" },
      { label: "签发人", value: "王五" },
    ]);
    const cycle = words({ action: "cycle.create", targetType: "cycle", targetId: "2026", detail: { before: null, after: { year: 2026, templateId: "gov-disclosure-2021", template: "统计表（2021年修订版）", deadlines: { "department.submit": "2027-02-20" } } } });
    expect(cycle.target).toBe("填报周期 2026年度");
    expect(cycle.lines).toEqual([
      { label: "年度", value: "2026" },
      { label: "统计表模板", value: "统计表（2021年修订版）" },
      { label: "期限", value: "区直部门报送期限 2027-02-20" },
    ]);
  });

  it("leaves no English key or state code in the words of the entries the system writes", () => {
    const samples = [
      words({ action: "stats.explain", detail: { before: "draft", after: "draft", version: 1, keys: ["carry[np]"] } }),
      words({ action: "stats.save", detail: { sid: "xkhJ0k0jwxed", fromVersion: 0, version: 1, cells: 203 } }),
      words({ action: "demo.date", targetType: "setting", targetId: "demo.date", detail: { before: "2027-02-09", after: "2027-02-10" } }),
      words({ action: "policy.update", targetType: "setting", targetId: "security_policy", detail: { before: { minLength: 10, ipRateLimit: { max: 100, windowMinutes: 15 } }, after: { minLength: 12, ipRateLimit: { max: 200, windowMinutes: 15 } } } }),
      words({ action: "audit.export", detail: { filter: { from: "2026-01-01", action: "user.create" }, rows: 3 } }),
      words({ action: "report.fields.save", detail: { fields: ["compiler", "downloadUrl"] } }),
      words({ action: "session.expire", targetType: "session", targetId: "abc", detail: { reason: "idle-expired" } }),
    ];
    expect(samples.map((s) => s.summary)).toEqual([
      "状态：草稿（未变）；版本号：1；说明的提示数：1 条",
      "原版本号：0；版本号：1；单元格数：203",
      "演示日期：2027-02-09 → 2027-02-10",
      "密码最小长度：10 → 12；单个地址的请求上限：100 → 200",
      "筛选条件：开始日期 2026-01-01，操作 新建用户；条数：3",
      "保存的字段：编制单位、下载网址",
      "原因：空闲超时",
    ]);
    for (const s of samples) expect(`${s.target}${s.summary}`).not.toMatch(/[A-Za-z]{2,}/);
  });
});
