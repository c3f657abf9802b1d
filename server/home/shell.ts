import { publicListEnabled } from "../reports/publication/public-setting";
import type { Action } from "@/lib/authz";
import { demoDate } from "../kernel/clock";
import type { ReadContext } from "../kernel/read";

/**
 * The signed-in shell: who is signed in, the menu entries they may use (an entry without an
 * action shows to everyone; the pages check again), and the 演示日期 of a demo database (null on a
 * real installation; decision 016).
 */
export function loadShell<T extends { action: Action | null; onlyWithPublicList?: true }>(ctx: ReadContext, items: readonly T[]) {
  const publicList = publicListEnabled(ctx.db);
  return {
    displayName: ctx.user.displayName,
    orgName: ctx.user.orgName,
    nav: items.filter((item) => (item.action === null || ctx.can(item.action, { kind: "global" })) && (!item.onlyWithPublicList || publicList)),
    demoDate: demoDate(ctx.db),
  };
}
