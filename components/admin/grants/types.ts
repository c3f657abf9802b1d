export type { Grantable, GrantRow } from "@/lib/contracts/grants";
