import "server-only";
import type { Command } from "../kernel/command";
import { execute } from "./execute";

type RouteContext = { params: Promise<Record<string, string>> };

/**
 * A JSON route handler for a command: the body (JSON) merged with the route's params is the
 * command's input. Only `application/json` is accepted, so a cross-site HTML form cannot post
 * here with the user's cookie. Answers the command's status with `{ error, fieldErrors }` or the
 * result as JSON.
 */
export function jsonRoute<I, O>(command: Command<I, O>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    let body: unknown = {};
    if (request.method !== "GET" && request.method !== "DELETE") {
      if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
        return Response.json({ error: "请求须为 JSON（Content-Type: application/json）" }, { status: 415 });
      }
      try {
        body = await request.json();
      } catch {
        return Response.json({ error: "请求内容不是有效的 JSON" }, { status: 400 });
      }
    }
    const params = await context.params;
    const input = body && typeof body === "object" && !Array.isArray(body) ? { ...body, ...params } : body;
    const result = await execute(command, input);
    if (result.ok) return Response.json(serialise(result.data) ?? { ok: true });
    return Response.json({ error: result.error, fieldErrors: result.fieldErrors }, { status: result.status });
  };
}

/** bigints travel as decimal strings. */
function serialise(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data ?? null, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
}
