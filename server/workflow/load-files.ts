import { formatShanghai } from "@/lib/time";
import type { CurrentUser } from "@/server/kernel/caller";
import { can } from "@/server/kernel/can";
import type { Db } from "@/db/client";
import { getWorkflowState } from "@/db/queries/workflow-state";
import { listSignoffs } from "@/db/queries/signoffs";
import { listSubmissionFiles } from "@/db/queries/review";
import type { SubmissionFilesView } from "@/lib/contracts/workflow-view";

/** The 报送单 / sealed-scan part of the unit page for the current user. */
export function loadFilesView(db: Db, opts: { user: CurrentUser; cycleId: number; year: number; orgId: number; orgCode: string }): SubmissionFilesView {
  const state = getWorkflowState(db, opts.cycleId, opts.orgId);
  const signoffs = state ? listSignoffs(db, state.submissionId).filter((s) => s.kind === "stats") : [];
  const signoff = signoffs.at(-1);
  // A scan belongs to a signed lock version; people know it by the kept version its 签发 made (the slip's number).
  const keptOf = new Map(signoffs.map((s) => [s.version, s.keptVersion ?? s.version]));
  const sent = state?.status === "submitted" || state?.status === "approved";
  const base = `/api/stats/${opts.year}/${encodeURIComponent(opts.orgCode)}/attachments`;
  return {
    year: opts.year,
    orgCode: opts.orgCode,
    signedVersion: signoff?.version ?? null,
    canUpload: sent && can(db, opts.user, "stats.submit", { kind: "org", orgId: opts.orgId }, opts.year),
    version: state?.version ?? 0,
    files: state
      ? listSubmissionFiles(db, state.submissionId).map((f) => ({
          id: f.id,
          version: keptOf.get(f.version) ?? f.version,
          fileName: f.fileName,
          size: f.size,
          at: formatShanghai(f.at),
          uploaderName: f.uploaderName,
          url: `${base}/${f.id}`,
        }))
      : [],
  };
}
