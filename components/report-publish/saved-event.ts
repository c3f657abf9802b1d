/**
 * Something the published report is made from was saved on the report page (the narrative, a
 * preface field, the unit's words): the 签发与发布 panel reloads its view, so a voided 签发 or a new
 * draft number shows at once, not after a reload.
 */
export const REPORT_SAVED = "nianbao:report-saved";

export function announceReportSaved(): void {
  window.dispatchEvent(new Event(REPORT_SAVED));
}
