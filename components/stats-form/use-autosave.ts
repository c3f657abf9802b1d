"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { differingCells, sameValues } from "@/lib/form";
import { parseCellInput, type Template } from "@/lib";
import { clearDraft, writeDraft } from "./local-draft";
import type { CurrentStats, LoadCurrentAction, SaveAction } from "./types";

export const AUTOSAVE_DELAY_MS = 1500;
const MAX_BACKOFF_MS = 30_000;

export type SavePhase = "saved" | "dirty" | "saving" | "retrying" | "unauthorized" | "conflict" | "blocked";

export type SaveState = {
  phase: SavePhase;
  /** When the server last confirmed a save (this browser's clock). */
  savedAt: number | null;
  /** The server's message when saving is blocked (e.g. already submitted). */
  message?: string;
  /** After a 409: what is saved now and which cells differ from the form. */
  conflict?: { theirs: CurrentStats; cells: string[] };
};

type Options = {
  template: Template;
  year: number;
  orgCode: string;
  initial: CurrentStats;
  /** Cell code → text, as the form holds it now. */
  texts: Record<string, string>;
  enabled: boolean;
  /** The form's texts right now (read synchronously: a render may not have happened yet when the page is left). */
  readNow: () => Record<string, string>;
  save: SaveAction;
  loadCurrent: LoadCurrentAction;
};

/** The texts the server can take now: non-blank editable cells that parse (the rest stay in the local draft). */
function savableValues(template: Template, texts: Record<string, string>): { values: Record<string, string>; complete: boolean } {
  const values: Record<string, string> = {};
  let complete = true;
  for (const [code, text] of Object.entries(texts)) {
    const cell = template.cell(code);
    if (!cell || cell.computed || text.trim() === "") continue;
    if (parseCellInput(text, cell).ok) values[code] = text;
    else complete = false;
  }
  return { values, complete };
}

/**
 * Saves the form on the server ~1.5 s after typing stops and when the page is hidden or left,
 * keeping every change in localStorage until the server has it. Failures retry with backoff;
 * a 401 keeps the values locally; a 409 stops and reports what someone else saved.
 */
export function useAutosave({ template, year, orgCode, initial, texts, enabled, readNow, save, loadCurrent }: Options) {
  const [state, setState] = useState<SaveState>({ phase: "saved", savedAt: null });
  const version = useRef(initial.version);
  /** The texts the server holds (as far as this page knows). */
  const baseline = useRef<Record<string, string>>(initial.values);
  const latest = useRef(texts);
  const inFlight = useRef(false);
  const stopped = useRef(!enabled);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);
  latest.current = texts;

  const schedule = useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  const saveNow = useCallback(async (): Promise<void> => {
    if (stopped.current) return;
    if (inFlight.current) return schedule(AUTOSAVE_DELAY_MS, () => void saveNow());
    const snapshot = latest.current;
    const { values, complete } = savableValues(template, snapshot);
    inFlight.current = true;
    setState((s) => ({ ...s, phase: "saving" }));
    let result: Awaited<ReturnType<SaveAction>>;
    try {
      result = await save({ year, orgCode, values, version: version.current });
    } catch {
      result = { ok: false, status: 0, error: "网络连接失败" };
    }
    inFlight.current = false;
    if (result.ok) {
      attempt.current = 0;
      version.current = result.data.version;
      baseline.current = values;
      const upToDate = latest.current === snapshot && complete;
      if (upToDate) clearDraft(year, orgCode);
      else writeDraft(year, orgCode, { texts: latest.current, baseVersion: version.current, editedAt: Date.now() });
      setState({ phase: upToDate ? "saved" : "dirty", savedAt: Date.now() });
      if (latest.current !== snapshot) schedule(AUTOSAVE_DELAY_MS, () => void saveNow());
      return;
    }
    if (result.status === 401) {
      stopped.current = true;
      setState((s) => ({ ...s, phase: "unauthorized" }));
      return;
    }
    if (result.status === 409) {
      stopped.current = true;
      const current = await loadCurrent({ year, orgCode }).catch(() => null);
      if (current?.ok && current.data.editable && current.data.version !== version.current) {
        const cells = differingCells(template, latest.current, current.data.values);
        // The newer version already holds exactly these values (e.g. our own save sent as the
        // page was left, which arrived after the reload read the old one): nothing to resolve.
        if (cells.length === 0) {
          version.current = current.data.version;
          baseline.current = current.data.values;
          stopped.current = false;
          clearDraft(year, orgCode);
          setState({ phase: "saved", savedAt: Date.now() });
          return;
        }
        setState((s) => ({ ...s, phase: "conflict", conflict: { theirs: current.data, cells } }));
      } else {
        setState((s) => ({ ...s, phase: "blocked", message: result.error }));
      }
      return;
    }
    if (result.status === 403 || result.status === 404 || result.status === 422) {
      stopped.current = true;
      setState((s) => ({ ...s, phase: "blocked", message: result.error }));
      return;
    }
    // Server or network trouble: try again, waiting longer each time.
    const wait = Math.min(MAX_BACKOFF_MS, 2000 * 2 ** attempt.current);
    attempt.current += 1;
    setState((s) => ({ ...s, phase: "retrying" }));
    schedule(wait, () => void saveNow());
  }, [template, year, orgCode, save, loadCurrent, schedule]);

  // Every change: into localStorage at once, to the server once typing stops.
  useEffect(() => {
    if (sameValues(template, texts, baseline.current)) return;
    writeDraft(year, orgCode, { texts, baseVersion: version.current, editedAt: Date.now() });
    if (stopped.current) return;
    setState((s) => (s.phase === "retrying" ? s : { ...s, phase: "dirty" }));
    schedule(AUTOSAVE_DELAY_MS, () => void saveNow());
  }, [texts, template, year, orgCode, schedule, saveNow]);

  // Leaving or hiding the page: send what is unsaved with a request that outlives the page.
  useEffect(() => {
    const flush = () => {
      const snapshot = readNow();
      if (sameValues(template, snapshot, baseline.current)) return;
      latest.current = snapshot;
      writeDraft(year, orgCode, { texts: snapshot, baseVersion: version.current, editedAt: Date.now() });
      if (stopped.current || inFlight.current) return;
      if (timer.current) clearTimeout(timer.current);
      const { values, complete } = savableValues(template, snapshot);
      inFlight.current = true;
      fetch(`/api/stats/${year}/${encodeURIComponent(orgCode)}`, {
        method: "PUT",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ values, version: version.current }),
      })
        .then(async (r) => {
          inFlight.current = false;
          if (!r.ok) return schedule(0, () => void saveNow());
          const data = (await r.json()) as { version: number };
          version.current = data.version;
          baseline.current = values;
          if (latest.current === snapshot && complete) clearDraft(year, orgCode);
          setState({ phase: latest.current === snapshot ? "saved" : "dirty", savedAt: Date.now() });
        })
        .catch(() => {
          inFlight.current = false;
        });
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
    };
  }, [template, year, orgCode, readNow, schedule, saveNow]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  /** After a conflict: keep the form's values and save them over the newer version. */
  const overwrite = useCallback(() => {
    if (!state.conflict) return;
    version.current = state.conflict.theirs.version;
    stopped.current = false;
    setState((s) => ({ phase: "dirty", savedAt: s.savedAt }));
    void saveNow();
  }, [state.conflict, saveNow]);

  /** After a conflict: take what is saved now (the caller resets the form to `theirs.values`). */
  const acceptTheirs = useCallback((): CurrentStats | null => {
    const theirs = state.conflict?.theirs;
    if (!theirs) return null;
    version.current = theirs.version;
    baseline.current = theirs.values;
    latest.current = theirs.values;
    stopped.current = false;
    clearDraft(year, orgCode);
    setState((s) => ({ phase: "saved", savedAt: s.savedAt }));
    return theirs;
  }, [state.conflict, year, orgCode]);

  /** After restoring a local draft made on an older version: that is the version to save against. */
  const restoreVersion = useCallback((v: number) => {
    version.current = v;
  }, []);

  /** The version the server last confirmed (what explanations are saved against). */
  const currentVersion = useCallback(() => version.current, []);

  return { state, saveNow, overwrite, acceptTheirs, restoreVersion, currentVersion };
}
