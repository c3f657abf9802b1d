/** What an autosave writes into its audit entry, so later saves of the same editing session can be recognised. */
export type SaveDetail = { sid: string | null; fromVersion: number; version: number; cells: number };

/**
 * Consecutive autosaves of one editing session are one audit entry: a save is logged only when
 * the newest entry about the submission is not already a save by the same user in the same
 * login session (anything else in between — a sign-off, another user's save — starts a new entry).
 * The versions table keeps every saved version, so nothing is lost to the log.
 */
export function continuesEditingSession(
  last: { action: string; userId: number | null; detailJson: string | null } | null,
  userId: number | null,
  sid: string | null,
  /** The save action of this kind of editing (the report narrative's is "report.draft.save"). */
  action = "stats.save",
): boolean {
  if (userId === null || sid === null) return false;
  if (!last || last.action !== action || last.userId !== userId || !last.detailJson) return false;
  try {
    return (JSON.parse(last.detailJson) as Partial<SaveDetail>).sid === sid;
  } catch {
    return false;
  }
}
