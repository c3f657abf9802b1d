import type { Db } from "../client";
import { type User, users } from "../schema";

export type CreateUserInput = {
  username: string;
  displayName: string;
  /** Already hashed (lib/ hashes); never a plain password. */
  passwordHash: string;
  orgId: number;
  mustChangePassword?: boolean;
};

/** Inserts a user; a taken username fails with SQLite's UNIQUE constraint error. */
export function createUser(db: Db, input: CreateUserInput): User {
  return db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      passwordHash: input.passwordHash,
      orgId: input.orgId,
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returning()
    .get();
}
