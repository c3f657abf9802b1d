import { indexOrgs, type ExistingOrg, type OrgIndex, type OrgRecord } from "@/lib/org-tree";
import type { Db } from "@/db/client";
import { listOrganisations } from "@/db/queries/orgs";
import { notFound } from "@/server/kernel/errors";

/** Today's organisation tree, indexed for lib/org-tree's edit rules. */
export function loadOrgIndex(db: Db): OrgIndex {
  return indexOrgs(listOrganisations(db));
}

/** The unit with this code, or a 404 in Chinese. */
export function requireOrg(index: OrgIndex, code: string): OrgRecord {
  const org = index.byCode.get(code);
  if (!org) throw notFound(`单位 ${code} `);
  return org;
}

/** What the audit log records of a unit. */
export function orgSnapshot(index: OrgIndex, org: OrgRecord) {
  const parent = org.parentId === null ? null : (index.byId.get(org.parentId) ?? null);
  const predecessor = org.predecessorId === null ? null : (index.byId.get(org.predecessorId) ?? null);
  return {
    code: org.code,
    name: org.name,
    kind: org.kind,
    parent: parent?.code ?? null,
    active: org.active,
    predecessor: predecessor?.code ?? null,
  };
}

/** Today's units as the import plan compares them (by code, with the parent's code). */
export function existingForImport(index: OrgIndex): ExistingOrg[] {
  return [...index.byId.values()].map((o) => ({
    code: o.code,
    name: o.name,
    kind: o.kind,
    parentCode: o.parentId === null ? null : (index.byId.get(o.parentId)?.code ?? null),
    active: o.active,
    ruleMaking: o.ruleMaking ?? false,
  }));
}
