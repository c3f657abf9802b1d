export { EDITABLE_STATUSES, NOT_STARTED_LABEL, statusLabel, SUBMISSION_STATUS_LABELS, type SubmissionStatusCode } from "./statuses";
