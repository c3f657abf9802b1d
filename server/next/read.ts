import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { LOGIN_PATH } from "@/auth.config";
import { getDb } from "@/db/client";
import { businessNow, now } from "../kernel/clock";
import { CommandError } from "../kernel/errors";
import { readContext, type PublicReadContext, type ReadContext } from "../kernel/read";
import { lookupSession } from "./current-user";
import { PASSWORD_CHANGE_PATH } from "./guards";
import { requestInfo } from "./request-info";
import { MUST_CHANGE_PASSWORD, SESSION_ENDED } from "./execute";

export type { PublicReadContext, ReadContext } from "../kernel/read";

const noStore = { "Cache-Control": "no-store" };

/** The database with the request's business time and real time (decision 016). */
function clocks() {
  const db = getDb();
  const realNow = now();
  return { db, now: businessNow(db, realNow), realNow };
}

/** A JSON refusal of a GET route, never cached. */
export const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: noStore });

type RouteParams = Record<string, string | string[] | undefined>;

/**
 * Every GET route handler that needs a login: the session (401; 403 while the initial password
 * must be changed), then the handler with its guards. A guard throws a CommandError; it becomes
 * the JSON refusal with its status and Chinese message. Route params arrive decoded once, by Next:
 * nothing here decodes them again (a `%` in a code is data, not an escape).
 */
export function readRoute<P extends RouteParams>(
  handler: (ctx: ReadContext, params: P, request: Request) => Response | Promise<Response>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    try {
      const { user } = await lookupSession();
      if (!user) return refuse(401, SESSION_ENDED);
      if (user.mustChangePassword) return refuse(403, MUST_CHANGE_PASSWORD);
      const ctx = readContext({ user, ...clocks(), ip: (await requestInfo()).ip });
      return await handler(ctx, await context.params, request);
    } catch (err) {
      if (err instanceof CommandError) return refuse(err.status, err.message);
      throw err;
    }
  };
}

/**
 * Every page and layout behind the login: the session (to the login page, with `?expired=1` when
 * it went idle; to the password change first, except on that page), then the loader with its
 * guards; a guard's 403 renders app/forbidden.tsx, a 404 app/not-found.tsx. Route params arrive
 * decoded by Next: the page passes them on as they are.
 */
export async function readPage<T>(loader: (ctx: ReadContext) => T | Promise<T>, opts: { allowPasswordChange?: boolean } = {}): Promise<T> {
  const found = await lookupSession();
  if (!found.user) redirect(found.expired ? `${LOGIN_PATH}?expired=1` : LOGIN_PATH);
  if (found.user.mustChangePassword && !opts.allowPasswordChange) redirect(PASSWORD_CHANGE_PATH);
  const ctx = readContext({ user: found.user, ...clocks(), ip: (await requestInfo()).ip });
  try {
    return await loader(ctx);
  } catch (err) {
    if (err instanceof CommandError && err.status === 403) forbidden();
    if (err instanceof CommandError && err.status === 404) notFound();
    throw err;
  }
}

/** The only page anyone may open without a login (the published reports): the loader gets the database and the clock. */
export async function readPublicPage<T>(loader: (ctx: PublicReadContext) => T | Promise<T>): Promise<T> {
  try {
    const { db, now: at } = clocks();
    return await loader({ db, now: at });
  } catch (err) {
    if (err instanceof CommandError && err.status === 404) notFound();
    throw err;
  }
}

/**
 * A GET route open to anyone (the published reports): no session, the database and the clock
 * only; a CommandError becomes its JSON refusal. Route params arrive decoded once, by Next.
 */
export function publicRoute<P extends RouteParams>(
  handler: (ctx: PublicReadContext, params: P, request: Request) => Response | Promise<Response>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    try {
      const { db, now: at } = clocks();
      return await handler({ db, now: at }, await context.params, request);
    } catch (err) {
      if (err instanceof CommandError) return refuse(err.status, err.message);
      throw err;
    }
  };
}
