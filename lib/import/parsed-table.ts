/**
 * One unit's table as read from a file (an xlsx sheet, a saved HTML page, a pasted table), before
 * any rule is checked. Every reader answers this shape; the preview, the rules and the
 * all-or-nothing save (server/stats) take it from there, whatever the file was.
 */
export type ParsedUnitTable = {
  /** Where it came from, for messages: "呼和浩特市.xlsx 工作表「填报表」". */
  source: string;
  /** The year the file says it is for; null when it does not say (a pasted table, an HTML page). */
  year: number | null;
  /** The template the layout was recognised as (from the file's headers, never from the year). */
  templateId: string;
  /** The unit code the file names; null when it does not say (given by the user, e.g. --org). */
  orgCode: string | null;
  /** Cell code → the value as read, a plain decimal text ("117", "2.35"); absent = blank. */
  values: Record<string, string>;
  /** Cell code → where the value is in the file, e.g. "填报表!D14" or "第 3 行第 2 列". */
  addresses: Record<string, string>;
  /** Problems met while reading, at a cell where there is one. Any of them refuses the import. */
  problems: ParsedProblem[];
};

export type ParsedProblem = { cell?: string; address?: string; message: string };

/** A file that cannot be read at all (not xlsx, too large, a zip bomb…): its message says why, in Chinese. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "ImportFileError";
  }
}
