import type { Role } from "@/lib/authz";

/** A grant as the grants page lists it. */
export type GrantRow = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  roleName: string;
  orgCode: string;
  orgName: string;
  grantedAt: number;
  /** Why checkRevoke would refuse it (e.g. the last 安全管理员); empty when it may be revoked. */
  revokeProblems: string[];
};

/** A user the grant form may pick, with the (role, unit) pairs checkGrant allows for them. */
export type Grantable = {
  userId: number;
  label: string;
  options: { role: Role; roleName: string; orgId: number; orgName: string }[];
};
