/** What a workflow server action answers (errors in Chinese; 422 carries what blocks 待签发). */
export type WorkflowActionResult = { ok: true } | { ok: false; status: number; error: string; fieldErrors?: Record<string, string[]> };

type Unit = { year: number; orgCode: string; version: number };

/** The server actions the panel may call (each runs the command, which checks permission and state again). */
export type WorkflowActions = {
  markReady: (input: Unit) => Promise<WorkflowActionResult>;
  signOff: (input: Unit) => Promise<WorkflowActionResult>;
  returnSubmission: (input: Unit & { comments: { cell?: string; text: string }[] }) => Promise<WorkflowActionResult>;
  approve: (input: Unit) => Promise<WorkflowActionResult>;
  requestCorrection: (input: Unit & { reason: string }) => Promise<WorkflowActionResult>;
  reopen: (input: Unit & { to?: "returned" | "draft" }) => Promise<WorkflowActionResult>;
};

/** Which buttons the current user gets (decided on the server with `can` and the status). */
export type AllowedSteps = { ready: boolean; signOff: boolean; review: boolean; correct: boolean; reopen: boolean };

export type PanelComment = { id: number; cell: string | null; cellName: string | null; text: string; at: string; resolved: boolean };

/** Everything the panel shows, already formatted on the server (plain data only). */
export type WorkflowView = {
  year: number;
  orgCode: string;
  unitName: string;
  /** Status code, or null: 未填报. */
  status: string | null;
  statusLabel: string;
  version: number;
  userName: string;
  lastChange: string | null;
  signoff: { signerName: string; at: string; late: boolean; lateBy: string | null } | null;
  approvedAt: string | null;
  deadline: string | null;
  /** Not yet sent and already past the deadline. */
  overdueBy: string | null;
  comments: PanelComment[];
  openCorrection: { reason: string; at: string } | null;
  allowed: AllowedSteps;
  /** Cells a reviewer may comment on (code and name), only when the review buttons show. */
  cells: { code: string; name: string }[];
};
