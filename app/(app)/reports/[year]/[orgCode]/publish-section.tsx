import { getDb } from "@/db/client";
import { requireUser } from "@/server/next/guards";
import { loadPublishView } from "@/server/reports/publication/load-view";
import { PublishPanel } from "@/components/report-publish/publish-panel";
import { confirmSecrecyAction, correctReportAction, publishReportAction, recordOfficialAction, signOffReportAction } from "./publish-actions";

/** The report page's 签发与发布 panel (the page has already checked report.read on the unit). */
export async function PublishSection({ year, orgCode }: { year: number; orgCode: string }) {
  const user = await requireUser();
  const view = loadPublishView(getDb(), user, year, orgCode);
  return (
    <PublishPanel
      view={view}
      actions={{ signoff: signOffReportAction, secrecy: confirmSecrecyAction, publish: publishReportAction, correct: correctReportAction, official: recordOfficialAction }}
    />
  );
}
