import type { OrgTree, RosterNode } from "@/lib";
import { prereviewState, textSha256, type PrereviewApplies, type PrereviewState } from "@/lib/report-prereview";
import type { ReportDocument } from "@/lib/report";
import type { Db } from "@/db/client";
import type { Cycle, ReportPrereview } from "@/db/schema";
import { listPrereviewEvents } from "@/db/queries/report-prereviews";
import type { ReportUnit } from "../publication/unit";

/** Whether a unit's report has a 预审 this cycle: the cycle has it on and there is an office above (the roster's parent). */
export function prereviewApplies(cycle: Pick<Cycle, "prereview">, tree: OrgTree, node: RosterNode): PrereviewApplies {
  if (!cycle.prereview) return { applies: false, why: "off" };
  const parent = node.parentOrgId === null ? undefined : tree.nodes.get(node.parentOrgId);
  if (!parent) return { applies: false, why: "root" };
  return { applies: true, office: parent.name };
}

export type Prereview = { applies: PrereviewApplies; events: ReportPrereview[]; state: PrereviewState; textSha256: string | null };

/**
 * A report's 预审 as it stands: its events and the state they give against the report's text now
 * (`doc`: the document as it would be published; null when it cannot be built, then a clearance
 * does not count).
 */
export function loadPrereview(db: Db, unit: Pick<ReportUnit, "cycle" | "tree" | "node" | "coverage" | "draft">, doc: ReportDocument | null): Prereview {
  const applies = prereviewApplies(unit.cycle, unit.tree, unit.node);
  const events = listPrereviewEvents(db, unit.cycle.id, unit.node.orgId, unit.coverage);
  const text = doc ? textSha256(doc) : null;
  // Without a document nothing can be compared: an unknown fingerprint never equals a recorded one.
  return { applies, events, state: prereviewState(applies, events, text ?? "", unit.draft.version), textSha256: text };
}
