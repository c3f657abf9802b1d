import { setClockOffset, testHooksEnabled } from "@/server/kernel/clock";

/**
 * POST /api/test/clock – moves the server clock (browser tests of idle sessions). Exists only
 * when the server was started with NIANBAO_TEST_HOOKS=1; otherwise it is a 404 like any
 * unknown path.
 */
export async function POST(request: Request): Promise<Response> {
  if (!testHooksEnabled()) return new Response("Not Found", { status: 404 });
  const body = (await request.json().catch(() => null)) as { offsetMs?: unknown } | null;
  const offsetMs = body?.offsetMs;
  if (typeof offsetMs !== "number" || !Number.isSafeInteger(offsetMs)) {
    return Response.json({ error: "offsetMs 应为整数毫秒" }, { status: 422 });
  }
  setClockOffset(offsetMs);
  return Response.json({ offsetMs });
}
