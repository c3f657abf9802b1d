import { nodeWording, type NodeWording, type WordingOverrides } from "@/lib/report/wording";
import type { OrgTree, RosterNode } from "@/lib/org-tree";
import type { Db } from "@/db/client";
import { getOrganisationById } from "@/db/queries/orgs";

/** The office's stored words for a unit (organisations.wording), or none. */
export function wordingOverrides(db: Db, orgId: number): WordingOverrides | null {
  return getOrganisationById(db, orgId)?.wording ?? null;
}

/** A unit's words in a cycle: defaults from its roster name, kind and children, the office's overrides over them. */
export function unitWording(db: Db, tree: OrgTree, node: RosterNode): NodeWording {
  return nodeWording(node, tree.children.get(node.orgId) ?? [], wordingOverrides(db, node.orgId));
}
