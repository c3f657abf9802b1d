"use server";

import { grantRole } from "@/app/_server/commands/grant-role";
import { revokeRole } from "@/app/_server/commands/revoke-role";
import { pageAction } from "@/app/_server/commands/support/page-action";

const PATH = "/security/grants";

/** The page's 授予 a role (grant.add). */
export async function grantRoleAction(input: unknown) {
  return pageAction(grantRole, input, PATH);
}

/** The page's 撤销 a grant (grant.remove). */
export async function revokeRoleAction(input: unknown) {
  return pageAction(revokeRole, input, PATH);
}
