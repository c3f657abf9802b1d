import { describe, expect, test } from "vitest";
import { nextStep, retryDelay } from "@/components/autosave/outcome";

describe("what autosave does after the server answers", () => {
  test.each([
    { answer: { ok: true as const, version: 4 }, step: { kind: "saved" } },
    { answer: { ok: false as const, status: 401, error: "请重新登录" }, step: { kind: "unauthorized" } },
    { answer: { ok: false as const, status: 409, error: "已被他人修改" }, step: { kind: "conflict" } },
    { answer: { ok: false as const, status: 422, error: "已报送，不能修改" }, step: { kind: "blocked", message: "已报送，不能修改" } },
    { answer: { ok: false as const, status: 403, error: "无权限" }, step: { kind: "blocked", message: "无权限" } },
    { answer: { ok: false as const, status: 500, error: "服务器错误" }, step: { kind: "retry", waitMs: 2000 } },
    { answer: { ok: false as const, status: 0, error: "网络连接失败" }, step: { kind: "retry", waitMs: 2000 } },
  ])("$answer.status → $step.kind", ({ answer, step }) => {
    expect(nextStep(answer, 0)).toEqual(step);
  });

  test("retries wait twice as long each time, at most 30 s", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(nextStep({ ok: false, status: 503, error: "" }, 2)).toEqual({ kind: "retry", waitMs: 8000 });
  });
});
