import type { AdminAction, BusinessAction } from "./actions";
import type { Relation } from "./relation";
import type { AdminRole, BusinessRole } from "./roles";

const OWN: readonly Relation[] = ["own"];
const CHILD: readonly Relation[] = ["child"];
const OWN_AND_BELOW: readonly Relation[] = ["own", "child", "descendant"];

/**
 * What each business role may do, and on which units relative to the unit it is granted on.
 * An action missing from a role's row is never allowed to it. No row borrows from another:
 * no role implies another.
 */
export const BUSINESS_PERMISSIONS: Readonly<Record<BusinessRole, Partial<Record<BusinessAction, readonly Relation[]>>>> = {
  // Prepares its own unit's statistics and report (at a compiling unit: the compiled narrative).
  filler: {
    "stats.read": OWN,
    "stats.edit": OWN,
    "stats.submit": OWN,
    "stats.correct.request": OWN,
    "report.read": OWN,
    "report.edit": OWN,
    // Sends the finished text to the office above for 预审 (decision 022).
    "report.prereview.send": OWN,
  },
  // 签发: signs its own unit's statistics before they go up and its report before publication.
  signer: {
    "stats.read": OWN,
    "stats.signoff": OWN,
    "stats.submit": OWN,
    "stats.correct.request": OWN,
    "report.read": OWN,
    "report.signoff": OWN,
    // 保密审查 is recorded by the 负责人 here; a designated role would get this action instead.
    "report.secrecy": OWN,
    "report.publish": OWN,
    "report.prereview.send": OWN,
  },
  // Reads everything below; decides only on what the direct children submitted.
  reviewer: {
    "stats.read": OWN_AND_BELOW,
    "report.read": OWN_AND_BELOW,
    "stats.review": CHILD,
    // Uploads a direct child's filled spreadsheet as its draft (drafts only, audited as the reviewer).
    "stats.import": CHILD,
    "stats.correct.reopen": CHILD,
    // 预审 of a direct child's report text, the same relation as the review of its statistics.
    "report.prereview.decide": CHILD,
  },
};

/** What each administrator role may do (always on the whole system, never on a unit's data). */
export const ADMIN_PERMISSIONS: Readonly<Record<AdminRole, readonly AdminAction[]>> = {
  sysadmin: ["org.manage", "cycle.manage", "user.manage"],
  secadmin: ["grant.manage", "policy.manage"],
  auditor: ["audit.read", "audit.export"],
};
