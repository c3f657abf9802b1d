import type { Role } from "@/lib/authz";
import { forbiddenAdvice } from "@/lib/home";
import type { ReadContext } from "../kernel/read";

/** The 403 page's words for the signed-in user, by their roles (lib/home/forbidden-advice). */
export function loadForbiddenAdvice(ctx: ReadContext): string {
  return forbiddenAdvice([...new Set(ctx.user.grants.map((g) => g.role))] as Role[]);
}
