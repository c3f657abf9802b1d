/** The reviewer's side of the workflow: 报送单 content, warning counts, 结转 continuity, scans, the draft 通报. */
export { buildSlip, slipFigures, slipFileName, SLIP_FIGURE_LIMIT, type SlipFigure, type SlipInput, type SlipModel } from "./slip";
export { carryRules, continuity, countWarnings, CONTINUITY_LABELS, type Continuity, type WarningCount } from "./checks";
export { cleanScanName, MAX_SCAN_BYTES, SCAN_TOO_LARGE, SCAN_WRONG_TYPE, sniffScanType, type ScanType } from "./upload";
export { buildNotice, NOTICE_COLUMNS, noticeFileName, noticeTitle, publicationLate, publicationText, timingText, type Notice, type NoticeRow, type NoticeUnit } from "./notice";
export { bulkApproveSchema, type BulkApproveInput } from "./bulk";
