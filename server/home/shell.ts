import type { Action } from "@/lib/authz";
import type { ReadContext } from "../kernel/read";

/**
 * The signed-in shell: who is signed in, and the menu entries they may use (an entry without an
 * action shows to everyone; the pages check again).
 */
export function loadShell<T extends { action: Action | null }>(ctx: ReadContext, items: readonly T[]) {
  return {
    displayName: ctx.user.displayName,
    orgName: ctx.user.orgName,
    nav: items.filter((item) => item.action === null || ctx.can(item.action, { kind: "global" })),
  };
}
