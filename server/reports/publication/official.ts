import { reportOfficialSchema } from "@/lib/validation/report-publication";
import { setOfficialPosting } from "@/db/mutations/report-publications";
import { defineCommand } from "../../kernel/command";
import { notFound } from "../../kernel/errors";
import { loadReportUnit, reportAuditTarget, reportTarget } from "./unit";

/**
 * Records where and when a published version was posted on the 政府信息公开 platform
 * (report.publish: posting completes the publication). May be corrected later; audited with
 * the value before.
 */
export const recordOfficialPosting = defineCommand({
  name: "report.official",
  schema: reportOfficialSchema,
  permission: (input, { db }) => ({ action: "report.publish", target: reportTarget(db, input.orgCode), year: input.year }),
  run(input, { db, audit }) {
    const unit = loadReportUnit(db, input.year, input.orgCode, input.coverage);
    const pub = unit.publications.find((p) => p.version === input.version);
    if (!pub) throw notFound(`第 ${input.version} 版发布记录`);
    setOfficialPosting(db, pub.id, input.officialUrl, input.officialDate);
    audit({ action: "report.official",
      ...reportAuditTarget(input.year, unit.node.code, unit.coverage),
      detail: { version: pub.version, before: { url: pub.officialUrl, date: pub.officialDate }, after: { url: input.officialUrl, date: input.officialDate } },
    });
    return { version: pub.version, officialUrl: input.officialUrl, officialDate: input.officialDate };
  },
});
