import "server-only";
import { revalidatePath } from "next/cache";
import type { Command, CommandResult } from "@/server/kernel/command";
import { execute } from "./execute";

/**
 * A server action's body: the same command the JSON route runs, then the page is re-rendered
 * with fresh data when it succeeded.
 */
export async function pageAction<I, O>(command: Command<I, O>, input: unknown, path: string): Promise<CommandResult<O>> {
  const result = await execute(command, input);
  if (result.ok) revalidatePath(path);
  return result;
}
