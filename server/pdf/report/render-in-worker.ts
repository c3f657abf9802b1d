/**
 * Renders report PDFs off the calling thread (a request handler must not block for the
 * ~0.3–1 s a render takes). A newer render for the same key cancels the older one: queued,
 * it is dropped; running, its caller is answered at once and the worker finishes it unheard
 * (a warm worker renders the next one in about a second; a new one first spends seconds
 * loading the CJK fonts, which made the live preview slowest while someone typed). Only a
 * render past its time budget terminates its worker. Callers may also pass an AbortSignal.
 * Imports nothing from lib/ at run time: a document model is plain data.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ReportDocument } from "../../../lib/report/document";
import type { RenderReply, RenderRequest } from "./render-worker";

export class RenderCancelledError extends Error {
  override name = "AbortError";
}

/** A render over its budget (seconds or pages): the report is too long to print. */
export class RenderBudgetError extends Error {
  override name = "RenderBudgetError";
}

/**
 * By name, not by class: Next's server build may bundle this module twice (the pool's chunk and
 * a route's), and an error made by one copy is no instance of the other's class.
 */
export function isRenderCancelled(err: unknown): err is RenderCancelledError {
  return err instanceof Error && err.name === "AbortError";
}

export function isRenderOverBudget(err: unknown): err is RenderBudgetError {
  return err instanceof Error && err.name === "RenderBudgetError";
}

/** Defaults of the render budget: a real report renders in about a second and has tens of pages. */
export const RENDER_BUDGET = { seconds: 60, pages: 300 };

/** react-pdf writes one "/Type /Page" object per page (and "/Type /Pages" once). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

type Job = {
  id: number;
  timer?: ReturnType<typeof setTimeout>;
  key?: string;
  doc: ReportDocument;
  resolve: (pdf: Buffer) => void;
  reject: (err: Error) => void;
  slot?: Slot;
  cleanup: () => void;
};

/** `detached`: a render still running in the worker whose caller was answered (cancelled); its reply is dropped. */
type Slot = { worker: Worker; job: Job | null; detached: number | null };

export type PdfRenderPoolOptions = {
  /** Worker threads (default 1: renders are CPU-bound and the machine has 2 cores). */
  size?: number;
  /** The worker entry; default render-worker-entry.mjs next to this file. */
  workerFile?: string;
  /** A running render is stopped after this long (default RENDER_BUDGET.seconds). */
  timeoutMs?: number;
  /** A PDF of more pages is refused (default RENDER_BUDGET.pages). */
  maxPages?: number;
};

function defaultWorkerFile(): string {
  try {
    return fileURLToPath(new URL("./render-worker-entry.mjs", import.meta.url));
  } catch {
    return path.join(process.cwd(), "server/pdf/report/render-worker-entry.mjs");
  }
}


export class PdfRenderPool {
  private readonly size: number;
  private readonly workerFile: string;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly timeoutMs: number;
  private readonly maxPages: number;

  constructor(options: PdfRenderPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? 1);
    this.workerFile = options.workerFile ?? defaultWorkerFile();
    this.timeoutMs = options.timeoutMs ?? RENDER_BUDGET.seconds * 1000;
    this.maxPages = options.maxPages ?? RENDER_BUDGET.pages;
  }

  /** Renders a document; rejects with RenderCancelledError when superseded (same key) or aborted. */
  render(doc: ReportDocument, options: { key?: string; signal?: AbortSignal } = {}): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error("PDF 渲染池已关闭"));
    if (options.signal?.aborted) return Promise.reject(new RenderCancelledError("已取消"));
    if (options.key !== undefined) this.cancelKey(options.key);
    return new Promise<Buffer>((resolve, reject) => {
      const job: Job = { id: this.nextId++, key: options.key, doc, resolve, reject, cleanup: () => {} };
      if (options.signal) {
        const signal = options.signal;
        const onAbort = () => this.cancel(job, "已取消");
        signal.addEventListener("abort", onAbort, { once: true });
        job.cleanup = () => signal.removeEventListener("abort", onAbort);
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /**
   * Starts the workers and has each render a document `rounds` times, so the first report a user
   * previews does not wait for the worker to start and the fonts to load, nor for the layout code
   * to be optimised (server start calls it).
   */
  async warm(doc: ReportDocument, rounds = 1): Promise<void> {
    for (let i = 0; i < rounds; i++) await Promise.all(Array.from({ length: this.size }, () => this.render(doc).then(() => undefined)));
  }

  /** Terminates every worker; pending renders are cancelled. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new RenderCancelledError("渲染池已关闭"));
    await Promise.all(
      this.slots.splice(0).map((s) => {
        if (s.job) this.settle(s.job, new RenderCancelledError("渲染池已关闭"));
        return s.worker.terminate();
      }),
    );
  }

  private cancelKey(key: string): void {
    for (const job of [...this.queue, ...this.slots.flatMap((s) => (s.job ? [s.job] : []))]) {
      if (job.key === key) this.cancel(job, "已被更新的预览取代");
    }
  }

  private cancel(job: Job, reason: string | Error): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = job.slot;
    if (slot && slot.job === job) {
      slot.job = null;
      if (reason instanceof RenderBudgetError) {
        // A runaway render cannot be interrupted inside the worker: replace the worker.
        this.slots.splice(this.slots.indexOf(slot), 1);
        void slot.worker.terminate();
      } else {
        // Superseded or aborted: the worker finishes unheard and stays warm for the next one.
        slot.detached = job.id;
      }
    }
    this.settle(job, typeof reason === "string" ? new RenderCancelledError(reason) : reason);
    this.pump();
  }

  private settle(job: Job, result: Buffer | Error): void {
    job.cleanup();
    if (job.timer) clearTimeout(job.timer);
    if (result instanceof Error) job.reject(result);
    else job.resolve(result);
  }

  private spawn(): Slot {
    // The entry registers tsx itself: loader flags of the parent do not reach a worker on Node 20.
    const worker = new Worker(this.workerFile, { execArgv: [] });
    const slot: Slot = { worker, job: null, detached: null };
    worker.on("message", (reply: RenderReply) => {
      if (slot.detached === reply.id) {
        slot.detached = null;
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = null;
      const pdf = reply.ok ? Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength) : null;
      const pages = pdf ? pdfPageCount(pdf) : 0;
      this.settle(job, !reply.ok ? new Error(reply.error) : pages > this.maxPages ? new RenderBudgetError(`报告过长：生成的 PDF 有 ${pages} 页，超过 ${this.maxPages} 页的上限，请精简正文`) : pdf!);
      this.pump();
    });
    worker.on("error", (err) => {
      const job = slot.job;
      slot.job = null;
      slot.detached = null;
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      if (job) this.settle(job, err);
      this.pump();
    });
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private pump(): void {
    while (!this.closed && this.queue.length) {
      const slot = this.slots.find((s) => !s.job && s.detached === null) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.queue.shift()!;
      job.slot = slot;
      slot.job = job;
      const seconds = Math.max(1, Math.round(this.timeoutMs / 1000));
      job.timer = setTimeout(() => this.cancel(job, new RenderBudgetError(`报告过长：生成 PDF 超过 ${seconds} 秒，已停止，请精简正文`)), this.timeoutMs);
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, doc: job.doc } satisfies RenderRequest);
    }
    for (const s of this.slots) if (!s.job && s.detached === null) s.worker.unref();
  }
}
