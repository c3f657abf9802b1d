"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";

/** How long a refreshed page may take to arrive before the browser loads it afresh. */
export const REFRESH_STALL_MS = 4_000;

/**
 * After a step went through: `router.refresh()` re-reads the page's server data, and when the
 * fresh data (`fresh`, a prop the server page passes down, a new object on every render) has
 * not arrived within REFRESH_STALL_MS the page is loaded again. Next 16's router can leave a
 * refresh's transition suspended for good under load (vercel/next.js#98303, #96233): the step
 * is done and said so, but the page keeps showing the state before it and invites the step
 * again, which then fails as 数据已被他人修改.
 */
export function usePageRefresh(fresh: unknown): () => void {
  const router = useRouter();
  const timer = useRef<number | null>(null);
  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => stop, [stop]);
  useEffect(stop, [fresh, stop]);
  return useCallback(() => {
    stop();
    router.refresh();
    timer.current = window.setTimeout(() => window.location.reload(), REFRESH_STALL_MS);
  }, [router, stop]);
}
