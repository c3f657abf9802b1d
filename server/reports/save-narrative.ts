import { saveReportDraftSchema } from "@/lib/validation/report-draft";
import { continuesEditingSession } from "@/lib/audit/editing-session";
import type { NarrativeProblem } from "@/lib/report";
import { lastAuditForTarget } from "@/db/queries/audit";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { saveReportDraft } from "@/db/mutations/report-drafts";
import { defineCommand } from "../kernel/command";
import { resolveReport } from "./resolve-report";
import { reportAuditTarget } from "./publication/unit";
import { loadReportDocument } from "./report-document";
import { prerenderPreview, previewRenderKey } from "./preview-prerender";

export type SaveNarrativeResult = { version: number; changed: boolean; problems: NarrativeProblem[] };

/** What the audit entry of a narrative editing session holds (see lib/audit/editing-session.ts). */
type NarrativeSaveDetail = { sid: string | null; fromVersion: number; version: number; paragraphs: number; tokens: number };

/**
 * Saves a unit's report narrative (its own report, or at a compiling unit the compiled one):
 * refused with nothing written when someone saved since the editor loaded it (409). A narrative
 * with broken tokens IS saved (a draft may be unfinished); the answer lists its problems, and
 * publishing refuses errors. Consecutive saves of one editing session are one audit entry.
 */
export const saveReportNarrative = defineCommand({
  name: "report.draft.save",
  schema: saveReportDraftSchema,
  permission: (input, { db }) => ({ action: "report.edit", target: { kind: "org", orgId: getOrganisationByCode(db, input.orgCode)?.id ?? -1 }, year: input.year }),
  run(input, { user, db, now, audit }): SaveNarrativeResult {
    const { cycle, node, coverage } = resolveReport(db, input.year, input.orgCode, input.coverage);
    const saved = saveReportDraft(db, cycle.id, node.orgId, coverage, input.doc, input.version, user.id, now);
    const { targetId } = reportAuditTarget(input.year, node.code, coverage);
    if (saved.changed && !continuesEditingSession(lastAuditForTarget(db, "report", targetId), user.id, user.sid, "report.draft.save")) {
      const paragraphs = Object.values(input.doc.prose).flat();
      const detail: NarrativeSaveDetail = {
        sid: user.sid,
        fromVersion: input.version,
        version: saved.version,
        paragraphs: paragraphs.length,
        tokens: paragraphs.flat().filter((p) => "token" in p).length,
      };
      audit({ action: "report.draft.save", targetType: "report", targetId, detail });
    }
    const built = loadReportDocument(db, input.year, node.code, { coverage });
    if (!built.ok) return { ...saved, problems: [] };
    // The editor's preview asks for this document next: its render starts now.
    if (saved.changed && user.id !== null) prerenderPreview(previewRenderKey(input.year, node.code, built.coverage, user.id), built.doc);
    return { ...saved, problems: built.problems };
  },
});
