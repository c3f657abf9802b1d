import { PublishPanel } from "@/components/report-publish/publish-panel";
import type { PublishView } from "@/components/report-publish/types";
import type { ReportCoverage } from "@/lib/report/coverage";
import {
  clearPrereviewAction,
  confirmSecrecyAction,
  correctReportAction,
  publishReportAction,
  recordOfficialAction,
  reloadPublishViewAction,
  returnPrereviewAction,
  sendPrereviewAction,
  signOffReportAction,
} from "./publish-actions";

/** The report page's 签发与发布 panel: the view the page's loader read, with the page's actions bound to its report. */
export function PublishSection({ view, coverage }: { view: PublishView; coverage: ReportCoverage }) {
  return (
    <PublishPanel
      view={view}
      actions={{
        signoff: signOffReportAction.bind(null, coverage),
        secrecy: confirmSecrecyAction.bind(null, coverage),
        publish: publishReportAction.bind(null, coverage),
        correct: correctReportAction.bind(null, coverage),
        official: recordOfficialAction.bind(null, coverage),
        reload: reloadPublishViewAction.bind(null, coverage),
        prereview: { send: sendPrereviewAction.bind(null, coverage), clear: clearPrereviewAction.bind(null, coverage), return: returnPrereviewAction.bind(null, coverage) },
      }}
    />
  );
}
