import type { CommandResult } from "@/lib/contracts/command-result";

/** What a page's server action answers: the command's result. */
export type ActionResult<T = unknown> = CommandResult<T>;

/** A server action running one command. */
export type CommandAction<I, T = unknown> = (input: I) => Promise<ActionResult<T>>;
