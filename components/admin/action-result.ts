/** What a page's server action answers (the command's result, as app/_server/command returns it). */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; status: number; error: string; fieldErrors?: Record<string, string[]> };

/** A server action running one command. */
export type CommandAction<I, T = unknown> = (input: I) => Promise<ActionResult<T>>;
