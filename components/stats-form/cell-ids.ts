/** DOM ids of a cell's parts, shared by the table and the problems panel for aria-describedby. */
export const inputId = (code: string) => `cell-${code}`;
/** The cell's help (填报说明, the reviewer's comments, what someone else saved): shown on focus and hover, read as its description. */
export const helpId = (code: string) => `help-${code}`;
export const errorId = (code: string) => `error-${code}`;
export const prefillNoteId = (rowCode: string) => `prefill-${rowCode.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
export const issueId = (key: string) => `issue-${key.replace(/[^A-Za-z0-9_.-]/g, "_")}`;

/** The accessible name of a cell: its full name and code, e.g. 收到申请数（C1）. */
export const cellLabel = (name: string, code: string) => `${name}（${code}）`;
