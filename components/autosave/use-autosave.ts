"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { LocalDraftStore } from "./local-draft";
import { nextStep, type SaveAnswer } from "./outcome";

export type SavePhase =
  /** The server holds what is typed. */
  | "saved"
  /** Typed, not yet sent (waiting for typing to stop). */
  | "dirty"
  | "saving"
  /** The server holds everything it can take; part of what is typed cannot be sent yet (it stays in this browser). */
  | "held"
  | "retrying"
  | "unauthorized"
  | "conflict"
  | "blocked";

export type SaveState<C = never> = {
  phase: SavePhase;
  /** When the server last confirmed a save (this browser's clock). */
  savedAt: number | null;
  /** The server's message when saving stopped (conflict, refusal). */
  message?: string;
  /** After a 409: what the editor needs to show the person (the stats form: what differs). */
  conflict?: C;
};

/** After a 409: the newer version already holds what we send (carry on from it), or what differs. */
export type ConflictCheck<V, C> = { same: true; version: number; saved: V } | { same: false; conflict: C } | null;

export type AutosaveOptions<V, C> = {
  store: LocalDraftStore<V>;
  /** The server's version and value when the editor loaded. */
  version: number;
  saved: V;
  enabled: boolean;
  /** Quiet time after the last change before saving, so half-typed values do not go up. */
  delayMs: number;
  /** What goes to the server for `value`, given what it holds; null when it holds that already. */
  toSend: (value: V, saved: V) => V | null;
  /** Whether all of `value` can go up (false: part of it stays in this browser, phase "held"). */
  complete?: (value: V) => boolean;
  send: (payload: V, version: number, how: { keepalive: boolean }) => Promise<SaveAnswer>;
  /** After a 409, with what we typed and what we tried to send. Without it the editor shows the message. */
  onConflict?: (typed: V, payload: V) => Promise<ConflictCheck<V, C>>;
  /** The value right now when the page is left (a render may not have happened yet). */
  readNow?: () => V;
  onSaved?: (answer: Extract<SaveAnswer, { ok: true }>) => void;
};

const NETWORK_DOWN: SaveAnswer = { ok: false, status: 0, error: "网络连接失败" };

/**
 * One autosave for every editor: every change goes to this browser's store at once, and to the
 * server once typing has stopped for `delayMs` — only when the server does not hold it already —
 * and when the page is hidden or left. Failures retry with backoff; a 401 keeps the value locally;
 * a 409 stops and reports; a refusal stops with the server's reason.
 */
export function useAutosave<V, C = never>(opts: AutosaveOptions<V, C>) {
  const { store, enabled, delayMs, toSend, send, onConflict, readNow, onSaved } = opts;
  const complete = opts.complete ?? (() => true);
  const [state, setState] = useState<SaveState<C>>({ phase: "saved", savedAt: null });
  const version = useRef(opts.version);
  /** What the server holds, as far as this page knows. */
  const saved = useRef<V>(opts.saved);
  const latest = useRef<V>(opts.saved);
  const inFlight = useRef(false);
  const stopped = useRef(!enabled);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);
  // The callbacks change identity with every render of the editor; the timers read the latest.
  const fns = useRef({ store, toSend, complete, send, onConflict, readNow, onSaved });
  fns.current = { store, toSend, complete, send, onConflict, readNow, onSaved };

  const schedule = useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, []);
  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  const keepLocally = useCallback((value: V) => fns.current.store.write({ value, baseVersion: version.current, editedAt: Date.now() }), []);

  /** After the server took `payload` at `v`: the phase, and what stays in this browser. */
  const confirmed = useCallback(
    (payload: V, v: number, sent: V) => {
      version.current = v;
      saved.current = payload;
      const upToDate = latest.current === sent;
      const full = fns.current.complete(latest.current);
      if (upToDate && full) fns.current.store.clear();
      else keepLocally(latest.current);
      return upToDate ? (full ? "saved" : "held") : "dirty";
    },
    [keepLocally],
  );

  const saveNow = useCallback(async (): Promise<void> => {
    if (stopped.current) return;
    if (inFlight.current) return schedule(delayMs, () => void saveNow());
    const value = latest.current;
    const payload = fns.current.toSend(value, saved.current);
    if (payload === null) {
      cancel();
      const full = fns.current.complete(value);
      if (full) fns.current.store.clear();
      setState((s) => ({ ...s, phase: full ? "saved" : "held" }));
      return;
    }
    inFlight.current = true;
    setState((s) => ({ ...s, phase: "saving" }));
    const answer = await fns.current.send(payload, version.current, { keepalive: false }).catch(() => NETWORK_DOWN);
    inFlight.current = false;
    const step = nextStep(answer, attempt.current);
    switch (step.kind) {
      case "saved": {
        if (!answer.ok) return;
        attempt.current = 0;
        const phase = confirmed(payload, answer.version, value);
        setState({ phase, savedAt: Date.now() });
        fns.current.onSaved?.(answer);
        if (phase === "dirty") schedule(delayMs, () => void saveNow());
        return;
      }
      case "unauthorized":
        stopped.current = true;
        setState((s) => ({ ...s, phase: "unauthorized" }));
        return;
      case "conflict": {
        stopped.current = true;
        const message = answer.ok ? undefined : answer.error;
        if (!fns.current.onConflict) return setState((s) => ({ ...s, phase: "conflict", message }));
        const check = await fns.current.onConflict(latest.current, payload).catch(() => null);
        if (check?.same) {
          // The newer version already holds exactly this (e.g. our own save sent as the page was
          // left, which arrived after the reload read the old one): nothing to resolve.
          stopped.current = false;
          setState({ phase: confirmed(check.saved, check.version, latest.current), savedAt: Date.now() });
        } else if (check) setState((s) => ({ ...s, phase: "conflict", message, conflict: check.conflict }));
        else setState((s) => ({ ...s, phase: "blocked", message }));
        return;
      }
      case "blocked":
        stopped.current = true;
        setState((s) => ({ ...s, phase: "blocked", message: step.message }));
        return;
      case "retry":
        attempt.current += 1;
        setState((s) => ({ ...s, phase: "retrying" }));
        schedule(step.waitMs, () => void saveNow());
    }
  }, [delayMs, schedule, cancel, confirmed]);

  /** A change: into this browser now, to the server once typing stops (if it differs from what the server holds). */
  const changed = useCallback(
    (value: V) => {
      latest.current = value;
      const pending = fns.current.toSend(value, saved.current);
      const full = fns.current.complete(value);
      if (pending !== null || !full) keepLocally(value);
      if (stopped.current) return;
      if (pending === null) {
        // Back to what the server holds, or only a cell that cannot be sent changed: no request.
        if (inFlight.current) return;
        cancel();
        setState((s) => (s.phase === "retrying" ? s : { ...s, phase: full ? "saved" : "held" }));
        return;
      }
      setState((s) => (s.phase === "retrying" ? s : { ...s, phase: "dirty" }));
      schedule(delayMs, () => void saveNow());
    },
    [delayMs, schedule, cancel, saveNow, keepLocally],
  );

  // Leaving or hiding the page: send what is unsaved with a request that outlives the page.
  useEffect(() => {
    const flush = () => {
      const value = fns.current.readNow?.() ?? latest.current;
      latest.current = value;
      const payload = fns.current.toSend(value, saved.current);
      if (payload === null && fns.current.complete(value)) return;
      keepLocally(value);
      if (payload === null || stopped.current || inFlight.current) return;
      cancel();
      inFlight.current = true;
      fns.current
        .send(payload, version.current, { keepalive: true })
        .catch(() => NETWORK_DOWN)
        .then((answer) => {
          inFlight.current = false;
          if (!answer.ok) return schedule(0, () => void saveNow());
          const phase = confirmed(payload, answer.version, value);
          setState({ phase, savedAt: Date.now() });
          fns.current.onSaved?.(answer);
          if (phase === "dirty") schedule(delayMs, () => void saveNow());
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
  }, [delayMs, schedule, cancel, saveNow, confirmed, keepLocally]);

  useEffect(() => cancel, [cancel]);

  /** After a conflict: save what is typed (or `value`) over version `v`, whose value is `theirs`. */
  const overwrite = useCallback(
    (v: number, more: { value?: V; theirs?: V } = {}) => {
      version.current = v;
      if (more.value !== undefined) latest.current = more.value;
      if (more.theirs !== undefined) saved.current = more.theirs;
      stopped.current = false;
      setState((s) => ({ phase: "dirty", savedAt: s.savedAt }));
      void saveNow();
    },
    [saveNow],
  );

  /** After a conflict: take what the server holds at version `v` (the editor shows it). */
  const accept = useCallback((v: number, value: V) => {
    version.current = v;
    saved.current = value;
    latest.current = value;
    stopped.current = false;
    fns.current.store.clear();
    setState((s) => ({ phase: "saved", savedAt: s.savedAt }));
  }, []);

  /** After restoring a draft made on an older version: the version to save against now. */
  const rebase = useCallback((v: number) => {
    version.current = v;
  }, []);

  /** The version the server last confirmed. */
  const currentVersion = useCallback(() => version.current, []);

  return { state, changed, saveNow, overwrite, accept, rebase, currentVersion };
}
