import { CommandError } from "./errors";
import type { Actor, Grant } from "@/lib/authz";

/** A signed-in user, as the session lookup finds them. */
export type CurrentUser = {
  system?: false;
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  sid: string;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  grants: Grant[];
  actor: Actor;
};

/**
 * The server's console (the CLI): whoever runs it can read the database file anyway, so it
 * passes permission checks, but its input is parsed and its rules run like anyone's. It has no
 * account: audit rows name it `cli`, with the operating-system user in the detail.
 */
export type SystemCaller = {
  system: true;
  id: null;
  username: "cli";
  displayName: string;
  orgId: null;
  sid: null;
  osUser: string;
  mustChangePassword: false;
  /** Stands in for a 安全管理员 at the root where a rule asks who grants (lib/authz grant policy). */
  actor: Actor;
};

export type Caller = CurrentUser | SystemCaller;

export function systemCaller(osUser: string, rootOrgId: number | null): SystemCaller {
  const grants: Grant[] = rootOrgId === null ? [] : [{ role: "secadmin", orgId: rootOrgId }];
  return {
    system: true,
    id: null,
    username: "cli",
    displayName: "管理命令",
    orgId: null,
    sid: null,
    osUser,
    mustChangePassword: false,
    actor: { userId: 0, orgId: rootOrgId ?? 0, grants, disabled: false },
  };
}

/** What an audit row records of who acted. */
export function auditWho(caller: Caller): { userId: number | null; username: string; detail?: { osUser: string } } {
  return caller.system ? { userId: null, username: caller.username, detail: { osUser: caller.osUser } } : { userId: caller.id, username: caller.username };
}

/** The signed-in user behind a command that acts on one's own account; the console has none. */
export function accountHolder(caller: Caller): CurrentUser {
  if (caller.system) throw new CommandError(403, "此操作只能由登录的用户本人进行");
  return caller;
}
