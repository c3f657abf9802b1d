"use client";

import { useEffect } from "react";

/**
 * While `unsaved` holds, leaving or reloading the page asks first (the browser's own
 * 「离开此网站？」): a form saved only by its button would otherwise lose what was typed, to a
 * closed tab, a slip of F5, or the reload after a step whose refresh stalled (usePageRefresh).
 */
export function useLeaveGuard(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Browsers before the standard's preventDefault() ask only when returnValue is set.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [unsaved]);
}
