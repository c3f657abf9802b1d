export { EDITABLE_STATUSES, NOT_STARTED_LABEL, statusLabel, SUBMISSION_STATUS_LABELS, type SubmissionStatusCode } from "./statuses";
export {
  transition,
  type TransitionContext,
  type TransitionResult,
  type WorkflowEvent,
  type WorkflowEventType,
} from "./transition";
export { IMPORT_EXPLANATION, isExplained, writtenExplanation } from "./explained";
export { readiness, readinessRefusal, type Explanations, type Readiness } from "./readiness";
export { deadlineEnd, deadlineFor, formatLateBy, isLate, lateness, postedAt, publishTiming, type CycleDeadlines, type DeadlinePurposeCode, type Lateness, type PublishTiming } from "./deadlines";
export { canSubmitCompiled, compiledValues, compiledResultsOfApproved, countedLeaves, countedTotals, type CompiledCheck, type StatusByOrg } from "./compiled";
export { cycleState, lastDeadline, type CycleState, type CycleStateCode, type CycleStateInput } from "./cycle-state";
export { KEPT_POINT_LABELS, keptChanges, keptChangeText, keptPointOf, nextKeptNumber, type KeptChange, type KeptPointCode, type KeptState } from "./kept-versions";
