import { describe, expect, test } from "vitest";
import { type AuditVerdict, describeAuditVerdict } from "@/lib/audit";

const AT = Date.parse("2026-03-01T01:02:03Z");

/** These lines are read by tests and acceptance checks: change them only on purpose. */
describe("describeAuditVerdict", () => {
  test.each<{ verdict: AuditVerdict; line: string }>([
    { verdict: { ok: true, count: 12, lastId: 12 }, line: "OK: 12 条审计记录，链完整（最后一条 #12）" },
    { verdict: { ok: true, count: 0, lastId: null }, line: "OK: 0 条审计记录，链完整（尚无记录）" },
    { verdict: { ok: false, kind: "row", fault: { kind: "hash", id: 5, at: AT } }, line: "第一条异常记录：#5（2026-03-01 09:02:03）：哈希不符（记录被修改）" },
    {
      verdict: { ok: false, kind: "row", fault: { kind: "link", id: 6, at: AT, prevId: 4 } },
      line: "第一条异常记录：#6（2026-03-01 09:02:03）：与前一条记录 #4 不衔接（其间的记录被删除或改动）",
    },
    {
      verdict: { ok: false, kind: "row", fault: { kind: "link", id: 2, at: AT, prevId: null } },
      line: "第一条异常记录：#2（2026-03-01 09:02:03）：不是链的第一条（之前的记录被删除）",
    },
    {
      verdict: { ok: false, kind: "row", fault: { kind: "missing-hash", id: 3, at: AT } },
      line: "第一条异常记录：#3（2026-03-01 09:02:03）：缺少哈希（哈希被清除，或早于哈希链的旧记录尚未接续）",
    },
    {
      verdict: { ok: false, kind: "row", fault: { kind: "unknown-alg", id: 3, at: AT, alg: "md5" } },
      line: '第一条异常记录：#3（2026-03-01 09:02:03）：未知的哈希算法 "md5"（记录被修改）',
    },
    {
      verdict: { ok: false, kind: "checkpoint-mismatch", id: 8, at: AT },
      line: "第一条异常记录：#8（2026-03-01 09:02:03）：与检查点不符（此处起的记录被截断后重写）",
    },
    { verdict: { ok: false, kind: "truncated", lastId: 9, checkpointId: 12 }, line: "审计日志在 #9 之后被截断：检查点记录了 #12" },
    {
      verdict: { ok: false, kind: "no-checkpoint", file: "/d/audit.checkpoints" },
      line: "审计日志没有检查点：/d/audit.checkpoints 中没有本数据库的记录（检查点文件被删除或替换）",
    },
    { verdict: { ok: false, kind: "key-missing", file: "/d/audit.key" }, line: "无法校验：审计密钥文件不存在：/d/audit.key" },
    {
      verdict: { ok: false, kind: "key-invalid", file: "/d/audit.key" },
      line: "无法校验：审计密钥文件格式不对（应为 64 位十六进制数字）：/d/audit.key",
    },
    {
      verdict: { ok: false, kind: "key-mismatch", expected: "aaaa", actual: "bbbb" },
      line: "审计密钥不符：检查点由另一把密钥写入（检查点的密钥指纹 aaaa，当前密钥 bbbb）",
    },
  ])("$line", ({ verdict, line }) => {
    expect(describeAuditVerdict(verdict)).toBe(line);
  });
});
