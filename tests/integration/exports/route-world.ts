import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { openDb, type OpenedDb } from "@/db/client";
import { addGrant } from "@/db/mutations/grants";
import { createUser } from "@/db/mutations/users";
import { getOrganisationByCode } from "@/db/queries/orgs";
import type { Role } from "@/lib/authz";
import type { CurrentUser } from "@/server/kernel/caller";
import { FIXTURES, runCli, type CliRun } from "../cli/run-cli";

/**
 * A temporary database that the CLI fills as an office does and the route handlers then read
 * (the test mocks the session and the address): `cli` runs a command that must succeed, with
 * relative paths from the world's directory; `open` makes the database the app's; `userAt` is a
 * user with one role at one unit.
 */
export function routeWorld(name: string) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `nianbao-${name}-`));
  const file = path.join(tmp, `${name}.db`);
  let opened: OpenedDb | null = null;
  const db = () => {
    if (!opened) throw new Error("routeWorld: open() first");
    return opened.db;
  };
  return {
    tmp,
    file,
    db,
    cli(args: string[]): CliRun {
      const r = runCli(file, args, tmp);
      expect(r.code, `cli ${args.join(" ")}: ${r.stderr}`).toBe(0);
      return r;
    },
    /** The seed region's units and its 2018 figures, approved. */
    seed2018(): void {
      this.cli(["orgs:import", path.join(FIXTURES, "orgs.csv")]);
      this.cli(["cycle:create", "--year", "2018", "--template", "gov-disclosure-2018"]);
      this.cli(["submissions:import", "--year", "2018", "--status", "approved", path.join(FIXTURES, "submissions-2018.csv")]);
    },
    open(): void {
      opened = openDb(file);
      (globalThis as { __nianbaoDb?: unknown }).__nianbaoDb = opened;
    },
    userAt(code: string, role: Role): CurrentUser {
      const orgId = getOrganisationByCode(db(), code)!.id;
      const u = createUser(db(), { username: `${role}-${code}`, displayName: "测试", passwordHash: "x", orgId });
      addGrant(db(), { userId: u.id, role, orgId, grantedBy: null, at: 0 });
      const grants = [{ role, orgId }];
      return { id: u.id, username: u.username, displayName: "测试", orgId, orgName: "", sid: `sid-${u.id}`, mustChangePassword: false, totpEnabled: false, grants, actor: { userId: u.id, orgId, grants, disabled: false } };
    },
    close(): void {
      opened?.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
