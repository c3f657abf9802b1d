"use client";

import { Alert, Spin } from "antd";
import { useEffect, useRef, useState } from "react";
import type { PDFDocumentProxy, PDFPageProxy, PDFWorker } from "pdfjs-dist";
import { drawOrder, inViewCount, type PageBox } from "./page-order";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/**
 * One pdf.js and one worker per page load: a worker's start-up (its 1 MB script) is paid once.
 * pdf.js's legacy build: the modern one needs this year's browser cores (Map.getOrInsertComputed,
 * Math.sumPrecise), which the 360 and 信创 browsers of government offices are not; the legacy one
 * brings what it needs (Chrome 118 and later). Older still: the browser's own PDF viewer (below).
 */
let loading: Promise<{ pdfjs: PdfJs; worker: PDFWorker }> | null = null;
function loadPdfJs() {
  loading ??= import("pdfjs-dist/legacy/build/pdf.mjs").then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = `/api/pdf-viewer/worker?v=${pdfjs.version}`;
    return { pdfjs, worker: new pdfjs.PDFWorker() };
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Sharp on high-density screens, bounded so a wide window does not draw huge canvases. */
const MAX_SCALE = 2.5;
const PAGE_GAP = 12;

type Status = { kind: "loading" } | { kind: "shown"; at: string } | { kind: "error"; message: string };

/** Thrown where pdf.js itself failed (not the PDF route): the preview falls back to the browser's viewer. */
class ViewerFailed extends Error {}
const viewerStep = <T,>(step: () => Promise<T>) => step().catch((err: unknown) => Promise.reject(new ViewerFailed("pdf.js", { cause: err })));
const now = () => new Date().toLocaleTimeString("zh-CN", { hour12: false });

/**
 * The report's PDF drawn in the page (pdf.js on canvases, decision 024) rather than in the
 * browser's PDF viewer, which starts afresh, blank, on every reload. A new version replaces the
 * pages one by one where they are, those in view first, and the previous pages stay until then.
 * `data-shown` on the region is the URL of the PDF whose pages in view are drawn (or, where
 * pdf.js cannot run, that the browser's own viewer has loaded in a frame).
 */
export function PdfPreview({ src, title, height }: { src: string; title: string; height: string }) {
  const region = useRef<HTMLDivElement>(null);
  const pagesBox = useRef<HTMLDivElement>(null);
  const current = useRef<PDFDocumentProxy | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const [shown, setShown] = useState<string | null>(null);
  /** The browser's own PDF viewer in a frame, once pdf.js failed here (an old browser core): slower, blank while it reloads, but shown. */
  const [framed, setFramed] = useState<{ url: string; src: string } | null>(null);
  const [useFrame, setUseFrame] = useState(false);
  const frameUrl = useRef<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    let doc: PDFDocumentProxy | null = null;
    const gone = () => abort.signal.aborted;
    setStatus({ kind: "loading" });

    (async () => {
      const res = await fetch(src, { signal: abort.signal, cache: "no-store" });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: string } | null;
        if (!gone()) setStatus({ kind: "error", message: body?.error ?? `预览生成失败（${res.status}），请稍后重试` });
        return;
      }
      if (useFrame) {
        const url = URL.createObjectURL(await res.blob());
        if (gone()) return URL.revokeObjectURL(url);
        if (frameUrl.current) URL.revokeObjectURL(frameUrl.current);
        frameUrl.current = url;
        setFramed({ url, src });
        return;
      }
      const data = new Uint8Array(await res.arrayBuffer());
      const { pdfjs, worker } = await viewerStep(loadPdfJs);
      if (gone()) return;
      doc = await viewerStep(() => pdfjs.getDocument({ data, worker, isEvalSupported: false }).promise);
      if (gone()) return;
      const loaded = doc;
      const first = await viewerStep(() => loaded.getPage(1));
      if (gone() || !pagesBox.current || !region.current) return;
      const box = pagesBox.current;
      const scroller = region.current;
      await viewerStep(() =>
        drawPages(box, scroller, { count: loaded.numPages, first, get: (n) => loaded.getPage(n) }, gone, () => {
          setShown(src);
          setStatus({ kind: "shown", at: now() });
        }),
      );
      if (gone()) return;
      const previous = current.current;
      current.current = doc;
      doc = null;
      void previous?.destroy();
    })().catch((err: unknown) => {
      if (gone()) return;
      console.error("[report preview]", err);
      if (err instanceof ViewerFailed) setUseFrame(true);
      else setStatus({ kind: "error", message: "预览显示失败，请使用“下载 PDF”查看" });
    });

    return () => {
      abort.abort();
      void doc?.destroy();
    };
  }, [src, useFrame]);

  useEffect(
    () => () => {
      if (frameUrl.current) URL.revokeObjectURL(frameUrl.current);
      void current.current?.destroy();
      current.current = null;
    },
    [],
  );

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 8, minWidth: 0 }}>
      <div aria-live="polite" style={{ display: "flex", alignItems: "center", gap: 8, minHeight: 22, color: "#595959", fontSize: 13 }}>
        {status.kind === "loading" ? (
          <>
            <Spin size="small" /> 正在生成预览…
          </>
        ) : status.kind === "shown" ? (
          `预览已更新（${status.at}）`
        ) : null}
      </div>
      {status.kind === "error" ? <Alert type="error" showIcon title={status.message} /> : null}
      <div
        ref={region}
        role="region"
        aria-label={title}
        aria-busy={status.kind === "loading"}
        data-shown={shown ?? ""}
        tabIndex={0}
        style={{ height, overflow: "auto", background: "#e8e8e8", border: "1px solid #d9d9d9", padding: PAGE_GAP, boxSizing: "border-box" }}
      >
        {framed ? (
          <iframe
            key={framed.url}
            src={framed.url}
            title={`${title}（PDF）`}
            style={{ display: "block", width: "100%", height: "100%", border: 0, background: "#fff" }}
            onLoad={() => {
              setShown(framed.src);
              setStatus({ kind: "shown", at: now() });
            }}
          />
        ) : null}
        <div ref={pagesBox} style={{ display: useFrame ? "none" : "flex", flexDirection: "column", gap: PAGE_GAP }} />
      </div>
    </div>
  );
}

type Pages = { count: number; first: PDFPageProxy; get: (pageNumber: number) => Promise<PDFPageProxy> };

/**
 * Draws the pages into the box: one canvas per page, kept in place; a page is drawn off screen
 * and then swapped in. Calls `onInView` once the pages in view are drawn. A new page's place is
 * sized like the first page until it is drawn (the report's pages are all A4).
 */
async function drawPages(box: HTMLDivElement, scroller: HTMLDivElement, pages: Pages, gone: () => boolean, onInView: () => void) {
  const n = pages.count;
  const base = pages.first.getViewport({ scale: 1 });
  while (box.children.length > n) box.lastElementChild!.remove();
  while (box.children.length < n) {
    const placeholder = document.createElement("canvas");
    placeholder.width = Math.round(base.width);
    placeholder.height = Math.round(base.height);
    box.append(placeholder);
  }
  const slots = [...box.children] as HTMLCanvasElement[];
  for (const c of slots) c.style.cssText = "display:block;width:100%;height:auto;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.2)";

  const boxes: PageBox[] = slots.map((c) => ({ top: c.offsetTop - box.offsetTop, height: c.offsetHeight }));
  const view = { top: scroller.scrollTop - PAGE_GAP, height: scroller.clientHeight };
  const order = drawOrder(boxes, view);
  let first = inViewCount(boxes, view);
  const cssWidth = box.clientWidth;
  const dpr = window.devicePixelRatio || 1;

  for (const i of order) {
    if (gone()) return;
    const page = i === 0 ? pages.first : await pages.get(i + 1);
    if (gone()) return;
    const size = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(MAX_SCALE, (cssWidth * dpr) / size.width) });
    const canvas = document.createElement("canvas");
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    await page.render({ canvas, viewport }).promise;
    if (gone()) return;
    canvas.style.cssText = slots[i]!.style.cssText;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", `第 ${i + 1} 页，共 ${n} 页`);
    const old = box.children[i];
    if (old) old.replaceWith(canvas);
    else box.append(canvas);
    if (--first === 0) onInView();
  }
}
