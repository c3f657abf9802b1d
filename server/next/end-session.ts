import "server-only";
import { getDb } from "@/db/client";
import { now } from "../kernel/clock";
import { endSession } from "../login/logout";
import { getUser } from "./guards";
import { requestInfo } from "./request-info";

/**
 * Logout's server side: ends this request's session, audited with its address. Special, like
 * login: it runs for whoever holds the session, with no command to guard (decision 014).
 */
export async function endCurrentSession(): Promise<void> {
  const user = await getUser();
  if (user) endSession(getDb(), user, { at: now(), ip: (await requestInfo()).ip });
}
