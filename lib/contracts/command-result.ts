/**
 * What a command answers its caller, as data: the result, or an HTTP status with a Chinese
 * message (and messages per field). Server actions hand it to the client as it is, so the type
 * lives here, below both the server layer and components/.
 */
export type CommandResult<O> =
  | { ok: true; data: O }
  | { ok: false; status: number; error: string; fieldErrors?: Record<string, string[]> };
