import path from "node:path";
import { buildSlip, slipFileName, type SlipModel } from "@/lib/review";
import type { ReportDocument } from "@/lib/report/document";
import type { Db } from "@/db/client";
import { listSignoffs } from "@/db/queries/signoffs";
import { valuesAtVersion } from "@/db/queries/review";
import { PdfRenderPool } from "@/server/pdf/report/render-in-worker";
import type { SlipJob } from "@/server/pdf/slip/slip-worker";
import { loadUnit } from "../workflow/unit";

export type LoadedSlip = { slip: SlipModel; signedAt: number; version: number; fileName: string; asciiName: string };

/**
 * The 报送单 of a version, rebuilt from its 签发 record (the latest statistics signoff of that
 * lock version; default: the latest signoff of any version), the unit's name in the cycle's roster
 * and the values of that version. Nothing is stored: the same record always gives the same content.
 * It names the kept version the 签发 made (第 n 版, decision 020); a 签发 from before kept versions
 * keeps the number its slip always printed (the lock version), so a sealed scan still matches.
 */
export function loadSlip(db: Db, year: number, orgCode: string, version: number | null): { ok: true; loaded: LoadedSlip } | { ok: false; status: 404 | 409; error: string } {
  const unit = loadUnit(db, year, orgCode);
  if (!unit.state) return { ok: false, status: 409, error: "该单位尚未填报，没有报送单" };
  const signoffs = listSignoffs(db, unit.state.submissionId).filter((s) => s.kind === "stats" && (version === null || s.version === version));
  const signoff = signoffs.at(-1);
  if (!signoff) return { ok: false, status: 409, error: version === null ? "该单位的统计数据尚未签发，没有报送单" : `版本号 ${version} 的统计数据未经签发，没有报送单` };
  const values = valuesAtVersion(db, unit.cycle.id, unit.node.orgId, signoff.version);
  if (!values) return { ok: false, status: 404, error: `版本号 ${signoff.version} 的统计数据不存在` };
  const number = signoff.keptVersion ?? signoff.version;
  const slip = buildSlip({
    year,
    unitName: unit.node.name,
    unitCode: unit.node.code,
    template: unit.template,
    version: number,
    values,
    signerName: signoff.signerName,
    signedAt: signoff.at,
    deadline: signoff.deadline,
  });
  return {
    ok: true,
    loaded: {
      slip,
      signedAt: signoff.at,
      version: signoff.version,
      fileName: slipFileName(year, unit.node.name, number),
      asciiName: `slip-${year}-${unit.node.code}-v${number}.pdf`,
    },
  };
}

const g = globalThis as typeof globalThis & { __nianbaoSlipPool?: PdfRenderPool };

/**
 * Renders a 报送单 off the request thread, in a worker of its own driven by the report's
 * `PdfRenderPool` (same protocol; the job travels where the pool expects a report document).
 */
export function renderSlip(loaded: LoadedSlip, signal?: AbortSignal): Promise<Buffer> {
  g.__nianbaoSlipPool ??= new PdfRenderPool({
    workerFile: process.env.NIANBAO_SLIP_WORKER ?? path.join(/* turbopackIgnore: true */ process.cwd(), "server/pdf/slip/slip-worker-entry.mjs"),
  });
  const job: SlipJob = { slip: loaded.slip, signedAt: loaded.signedAt };
  return g.__nianbaoSlipPool.render(job as unknown as ReportDocument, { signal });
}
