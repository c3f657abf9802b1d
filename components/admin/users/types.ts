/** An account as the user page shows it (no secrets). */
export type UserRow = {
  id: number;
  username: string;
  displayName: string;
  orgCode: string;
  orgName: string;
  /** Role names (Chinese), with the unit when it is not the user's own. */
  roles: string[];
  disabled: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lockedUntil: number | null;
  lastLoginAt: number | null;
};
