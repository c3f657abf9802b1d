import { afterAll, describe, expect, test, vi } from "vitest";
import type { ReportDocument } from "@/lib/report";
import { pdfPageCount, PdfRenderPool, RenderBudgetError, RenderCancelledError } from "@/server/pdf/report/render-in-worker";

const doc = (title: string): ReportDocument => ({
  title,
  titleLines: [title],
  meta: { templateId: "gov-disclosure-2018", year: 2018, orgCode: "X", unitName: "测试单位" },
  blocks: [
    { kind: "heading", level: 1, text: "一、概述" },
    { kind: "paragraph", role: "body", runs: [{ text: "2018年，本机关共受理政府信息公开申请96件，较上年增长12.50%。".repeat(20) }] },
  ],
});

const pool = new PdfRenderPool();
afterAll(() => pool.close());

describe("rendering in a worker thread", () => {
  test("renders a document model to PDF bytes", async () => {
    const pdf = await pool.render(doc("甲"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  test("a newer render for the same key cancels the older one; other keys are untouched", async () => {
    const old = pool.render(doc("旧"), { key: "preview:150000" });
    const other = pool.render(doc("别的"), { key: "preview:150200" });
    const newer = pool.render(doc("新"), { key: "preview:150000" });
    await expect(old).rejects.toBeInstanceOf(RenderCancelledError);
    await expect(old).rejects.toMatchObject({ name: "AbortError", message: "已被更新的预览取代" });
    expect((await newer).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((await other).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  test("an AbortSignal cancels a render, before or while it runs", async () => {
    const before = new AbortController();
    before.abort();
    await expect(pool.render(doc("甲"), { signal: before.signal })).rejects.toBeInstanceOf(RenderCancelledError);
    const during = new AbortController();
    const p = pool.render(doc("乙"), { signal: during.signal });
    // Aborted once the job has gone to the worker (a timer would race a fast render).
    during.abort();
    await expect(p).rejects.toMatchObject({ name: "AbortError", message: "已取消" });
    // The pool still works afterwards (a new worker replaces the terminated one).
    expect((await pool.render(doc("丙"))).length).toBeGreaterThan(10_000);
  });

  test("a closed pool refuses new renders", async () => {
    const p = new PdfRenderPool();
    await p.close();
    await expect(p.render(doc("甲"))).rejects.toThrow("PDF 渲染池已关闭");
  });
});

describe("the render budget", () => {
  const long = (paragraphs: number): ReportDocument => ({
    ...doc("长"),
    blocks: Array.from({ length: paragraphs }, () => ({ kind: "paragraph" as const, role: "body" as const, runs: [{ text: "本机关主动公开政府信息。".repeat(40) }] })),
  });

  test("a render running past the time budget is stopped with a Chinese message, and the pool renders on", async () => {
    const hasty = new PdfRenderPool({ timeoutMs: 50 });
    try {
      await expect(hasty.render(long(400))).rejects.toMatchObject({ name: "RenderBudgetError", message: expect.stringMatching(/报告过长：生成 PDF 超过 \d+ 秒，已停止/) });
    } finally {
      await hasty.close();
    }
    expect((await pool.render(doc("之后"))).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  test("a PDF over the page budget is refused, naming its pages", async () => {
    const short = new PdfRenderPool({ maxPages: 1 });
    try {
      const err = await short.render(long(12)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RenderBudgetError);
      expect((err as Error).message).toMatch(/生成的 PDF 有 \d+ 页，超过 1 页的上限/);
      expect(pdfPageCount(await pool.render(long(12)))).toBeGreaterThan(1);
    } finally {
      await short.close();
    }
  });
});

describe("a warm worker stays warm", () => {
  test("warming renders the document the given number of times; the warm-up document is a full-length report with every table of today's format", async () => {
    const { WARM_DOC } = await import("@/server/pdf/report/warm-doc");
    const tables = WARM_DOC.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
    // The official tables of 二 to 四, the 25-row table of applications among them.
    expect(tables.map((t) => t.body.length)).toEqual(expect.arrayContaining([25]));
    expect(tables.length).toBeGreaterThanOrEqual(6);
    const warmPool = new PdfRenderPool();
    const render = vi.spyOn(warmPool, "render");
    try {
      await warmPool.warm(WARM_DOC, 2);
      expect(render).toHaveBeenCalledTimes(2);
      // Paragraphs and tables that break across pages, as a real report's do.
      expect(pdfPageCount(await render.mock.results[1]!.value)).toBeGreaterThanOrEqual(5);
    } finally {
      await warmPool.close();
    }
  });

  test("a superseded render does not cost the next one a new worker (the fonts stay loaded)", async () => {
    const { WARM_DOC } = await import("@/server/pdf/report/warm-doc");
    const warmPool = new PdfRenderPool();
    try {
      await warmPool.warm(WARM_DOC);
      const workers = (warmPool as unknown as { slots: { worker: unknown }[] }).slots.map((s) => s.worker);
      expect(workers).toHaveLength(1);
      const first = warmPool.render(doc("第一稿"), { key: "preview:X" });
      const second = warmPool.render(doc("第二稿"), { key: "preview:X" });
      await expect(first).rejects.toMatchObject({ message: "已被更新的预览取代" });
      expect((await second).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      // The same worker rendered both: nobody paid for a cold start.
      expect((warmPool as unknown as { slots: { worker: unknown }[] }).slots.map((s) => s.worker)).toEqual(workers);
    } finally {
      await warmPool.close();
    }
  });
});

describe("errors known by name", () => {
  test("a cancellation or a budget refusal from another copy of the module is still recognised", async () => {
    const { isRenderCancelled, isRenderOverBudget } = await import("@/server/pdf/report/render-in-worker");
    // What a second bundled copy of the classes throws: same names, other classes.
    const foreignCancel = Object.assign(new Error("已取消"), { name: "AbortError" });
    const foreignBudget = Object.assign(new Error("报告过长"), { name: "RenderBudgetError" });
    expect([isRenderCancelled(foreignCancel), isRenderOverBudget(foreignBudget)]).toEqual([true, true]);
    expect([isRenderCancelled(new RenderCancelledError("x")), isRenderOverBudget(new RenderBudgetError("x"))]).toEqual([true, true]);
    expect([isRenderCancelled(new Error("boom")), isRenderOverBudget(new Error("boom")), isRenderCancelled("AbortError")]).toEqual([false, false, false]);
  });
});
