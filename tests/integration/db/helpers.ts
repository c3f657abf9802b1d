import { openDb, type OpenedDb } from "@/db/client";
import { upsertOrganisations, type OrganisationInput } from "@/db/mutations/orgs";
import { getOrganisationByCode } from "@/db/queries/orgs";

/** A small tree: region R with two departments and a league with one county. */
export const TREE: OrganisationInput[] = [
  { code: "R", name: "自治区", parentCode: null, kind: "region" },
  { code: "D1", name: "区发改委", parentCode: "R", kind: "department" },
  { code: "D2", name: "区教育厅", parentCode: "R", kind: "department" },
  { code: "L1", name: "呼和浩特市", parentCode: "R", kind: "league_city" },
  { code: "L1C1", name: "新城区", parentCode: "L1", kind: "county" },
];

export function freshDb(): OpenedDb {
  return openDb(":memory:");
}

/** Opens an in-memory database holding TREE; returns it with an id lookup by code. */
export function dbWithTree(): OpenedDb & { id: (code: string) => number } {
  const opened = freshDb();
  upsertOrganisations(opened.db, TREE);
  return {
    ...opened,
    id: (code) => {
      const org = getOrganisationByCode(opened.db, code);
      if (!org) throw new Error(`no org ${code}`);
      return org.id;
    },
  };
}

export function count(opened: OpenedDb, table: string): number {
  return opened.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
}
