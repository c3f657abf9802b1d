"use server";

import { grantRole } from "@/server/grants/grant";
import { revokeRole } from "@/server/grants/revoke";
import { pageAction } from "@/server/next/page-action";

const PATH = "/security/grants";

/** The page's 授予 a role (grant.add). */
export async function grantRoleAction(input: unknown) {
  return pageAction(grantRole, input, PATH);
}

/** The page's 撤销 a grant (grant.remove). */
export async function revokeRoleAction(input: unknown) {
  return pageAction(revokeRole, input, PATH);
}
