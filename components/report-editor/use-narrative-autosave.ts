"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { NarrativeDoc, NarrativeProblem } from "@/lib/report";
import type { CommandResult } from "@/lib/contracts/command-result";
import { clearLocalNarrative, writeLocalNarrative } from "./local-draft";

export const NARRATIVE_AUTOSAVE_MS = 1000;
const MAX_BACKOFF_MS = 30_000;

export type NarrativeSaveAction = (input: { year: number; orgCode: string; version: number; doc: NarrativeDoc }) => Promise<
  CommandResult<{ version: number; changed: boolean; problems: NarrativeProblem[] }>
>;

export type NarrativeSaveState = {
  phase: "saved" | "dirty" | "saving" | "retrying" | "conflict" | "unauthorized" | "blocked";
  savedAt: number | null;
  message?: string;
};

/**
 * Saves the narrative ~1 s after typing stops (and when the page is hidden), with the version
 * the editor holds; every change goes to localStorage at once and stays there until the server
 * has it. Failures retry with backoff; a 409 stops and keeps the text; a 401 keeps it locally.
 */
export function useNarrativeAutosave(opts: { year: number; orgCode: string; version: number; enabled: boolean; save: NarrativeSaveAction; onSaved: () => void }) {
  const { year, orgCode, enabled, save, onSaved } = opts;
  const [state, setState] = useState<NarrativeSaveState>({ phase: "saved", savedAt: null });
  const version = useRef(opts.version);
  const latest = useRef<NarrativeDoc | null>(null);
  const inFlight = useRef(false);
  const stopped = useRef(!enabled);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);

  const schedule = useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);

  const saveNow = useCallback(async (): Promise<void> => {
    if (stopped.current || !latest.current) return;
    if (inFlight.current) return schedule(NARRATIVE_AUTOSAVE_MS, () => void saveNow());
    const snapshot = latest.current;
    inFlight.current = true;
    setState((s) => ({ ...s, phase: "saving" }));
    let result: Awaited<ReturnType<NarrativeSaveAction>>;
    try {
      result = await save({ year, orgCode, version: version.current, doc: snapshot });
    } catch {
      result = { ok: false, status: 0, error: "网络连接失败" };
    }
    inFlight.current = false;
    if (result.ok) {
      attempt.current = 0;
      version.current = result.data.version;
      const upToDate = latest.current === snapshot;
      if (upToDate) clearLocalNarrative(year, orgCode);
      else writeLocalNarrative(year, orgCode, { doc: latest.current!, baseVersion: version.current, editedAt: Date.now() });
      setState({ phase: upToDate ? "saved" : "dirty", savedAt: Date.now() });
      if (result.data.changed) onSaved();
      if (!upToDate) schedule(NARRATIVE_AUTOSAVE_MS, () => void saveNow());
      return;
    }
    if (result.status === 401) {
      stopped.current = true;
      setState((s) => ({ ...s, phase: "unauthorized" }));
      return;
    }
    if (result.status === 409) {
      stopped.current = true;
      setState((s) => ({ ...s, phase: "conflict", message: result.error }));
      return;
    }
    if (result.status === 403 || result.status === 404 || result.status === 422) {
      stopped.current = true;
      setState((s) => ({ ...s, phase: "blocked", message: result.error }));
      return;
    }
    const wait = Math.min(MAX_BACKOFF_MS, 2000 * 2 ** attempt.current);
    attempt.current += 1;
    setState((s) => ({ ...s, phase: "retrying" }));
    schedule(wait, () => void saveNow());
  }, [year, orgCode, save, schedule, onSaved]);

  /** A change: into localStorage now, to the server when typing stops. */
  const changed = useCallback(
    (doc: NarrativeDoc) => {
      latest.current = doc;
      writeLocalNarrative(year, orgCode, { doc, baseVersion: version.current, editedAt: Date.now() });
      if (stopped.current) return;
      setState((s) => (s.phase === "retrying" ? s : { ...s, phase: "dirty" }));
      schedule(NARRATIVE_AUTOSAVE_MS, () => void saveNow());
    },
    [year, orgCode, schedule, saveNow],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden" && latest.current && !stopped.current) void saveNow();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => document.removeEventListener("visibilitychange", onHide);
  }, [saveNow]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  /** After a conflict: save this text over the newer version. */
  const overwrite = useCallback(
    (currentVersion: number, doc: NarrativeDoc) => {
      version.current = currentVersion;
      latest.current = doc;
      stopped.current = false;
      setState((s) => ({ phase: "dirty", savedAt: s.savedAt }));
      void saveNow();
    },
    [saveNow],
  );

  /** After restoring a local copy made on an older version: the version to save against now. */
  const rebase = useCallback((v: number) => {
    version.current = v;
  }, []);

  return { state, changed, overwrite, rebase, currentVersion: () => version.current };
}
