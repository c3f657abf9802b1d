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

export type { AllowedSteps, PanelComment, WorkflowView } from "@/lib/contracts/workflow-view";
