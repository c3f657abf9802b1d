import { buildTree, lineValues, predecessorLine, type CellValues } from "@/lib";
import { getTemplate } from "@/lib/templates";
import type { Db } from "../client";
import { getCycleByYear, getRoster } from "./cycles";
import { getOrganisationByCode, getOrganisationById } from "./orgs";
import { getSubmission } from "./submissions";

/** Last year's approved values of a unit's line and the units (as last year's roster names them) summed. */
export type PreviousLine = { values: CellValues; units: { code: string; name: string }[] };

/**
 * A reader of last year's approved values, by unit code, for many units of one year (one roster
 * read); null when there is no cycle last year or its template is neither this one nor a declared
 * predecessor. A unit's line is the unit (by code: a unit keeps its code across years) and the
 * units it took over (organisations.predecessor_id, followed back), those on last year's roster;
 * its values are their sum when all of them were approved, else null (lib `lineValues`).
 */
export function previousLineReader(db: Db, year: number, templateId: string): ((orgCode: string) => PreviousLine | null) | null {
  const prev = getCycleByYear(db, year - 1);
  if (!prev) return null;
  if (prev.templateId !== templateId && !getTemplate(templateId).predecessors.includes(prev.templateId)) return null;
  const roster = buildTree(getRoster(db, prev.id));
  return (orgCode) => {
    const org = getOrganisationByCode(db, orgCode);
    const line = org ? predecessorLine(org.id, (id) => getOrganisationById(db, id)?.predecessorId) : [];
    const self = roster.byCode.get(orgCode);
    const members = [...new Set([...(self ? [self.orgId] : []), ...line])].flatMap((id) => roster.nodes.get(id) ?? []);
    const values = lineValues(
      members.map((n) => {
        const s = getSubmission(db, prev.id, n.orgId);
        return { status: s?.status ?? null, values: s?.values ?? {} };
      }),
    );
    return values ? { values, units: members.map((n) => ({ code: n.code, name: n.name })) } : null;
  };
}

/**
 * Last year's approved values of the unit with this code and of the units it took over (summed),
 * for the year-on-year warnings and the carry-over; null when there is no such cycle, unit or
 * approved submission, or last year's template is neither this one nor a declared predecessor.
 */
export function previousApprovedValues(db: Db, year: number, templateId: string, orgCode: string): CellValues | null {
  return previousLineReader(db, year, templateId)?.(orgCode)?.values ?? null;
}
