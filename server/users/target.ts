import type { Target } from "@/lib/authz";
import type { Db } from "@/db/client";
import type { User } from "@/db/schema";
import { getUserById } from "@/db/queries/users";
import { notFound } from "@/server/kernel/errors";

/**
 * The permission target for an action on account `id`: the account itself (so nobody manages
 * their own account and only accounts in the administrator's tree), or the whole system when
 * there is no such account (`run` then answers 404).
 */
export function userTarget(db: Db, id: number): Target {
  const user = getUserById(db, id);
  return user ? { kind: "user", userId: user.id, orgId: user.orgId } : { kind: "global" };
}

/** The account with this id, or a 404 in Chinese. */
export function requireUserRow(db: Db, id: number): User {
  const user = getUserById(db, id);
  if (!user) throw notFound("用户");
  return user;
}
