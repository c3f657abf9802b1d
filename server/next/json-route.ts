import "server-only";
import type { Command } from "../kernel/command";
import { BODY_LIMITS, BodyError, readJson } from "./body";
import { lookupSession } from "./current-user";
import { executeAs, SESSION_ENDED } from "./execute";

type RouteContext = { params: Promise<Record<string, string>> };

/**
 * A JSON route handler for a command: the body (JSON) merged with the route's params is the
 * command's input. In this order: the session (401 before a byte of the body is read), the
 * declared length and a bounded read of the body (413), JSON only (415: a cross-site HTML form
 * cannot post here with the user's cookie), then the command. Answers the command's status with
 * `{ error, fieldErrors }` or the result as JSON.
 */
export function jsonRoute<I, O>(command: Command<I, O>, opts: { maxBytes?: number } = {}) {
  const maxBytes = opts.maxBytes ?? BODY_LIMITS.json;
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const { user } = await lookupSession();
    if (!user) return Response.json({ error: SESSION_ENDED }, { status: 401 });
    let body: unknown = {};
    if (request.method !== "GET" && request.method !== "DELETE") {
      try {
        body = await readJson(request, maxBytes);
      } catch (err) {
        if (err instanceof BodyError) return Response.json({ error: err.message }, { status: err.status });
        throw err;
      }
    }
    const params = await context.params;
    const input = body && typeof body === "object" && !Array.isArray(body) ? { ...body, ...params } : body;
    const result = await executeAs(user, command, input);
    if (result.ok) return Response.json(serialise(result.data) ?? { ok: true });
    return Response.json({ error: result.error, fieldErrors: result.fieldErrors }, { status: result.status });
  };
}

/** bigints travel as decimal strings. */
function serialise(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data ?? null, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
}
