import { PublishPanel } from "@/components/report-publish/publish-panel";
import type { PublishView } from "@/components/report-publish/types";
import { confirmSecrecyAction, correctReportAction, publishReportAction, recordOfficialAction, signOffReportAction } from "./publish-actions";

/** The report page's 签发与发布 panel: the view the page's loader read, with the page's actions. */
export function PublishSection({ view }: { view: PublishView }) {
  return (
    <PublishPanel
      view={view}
      actions={{ signoff: signOffReportAction, secrecy: confirmSecrecyAction, publish: publishReportAction, correct: correctReportAction, official: recordOfficialAction }}
    />
  );
}
