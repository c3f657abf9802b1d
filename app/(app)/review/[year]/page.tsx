import { forbidden, notFound } from "next/navigation";
import { Alert } from "antd";
import { buildTree } from "@/lib";
import { deadlineFor, lateness, statusLabel } from "@/lib/workflow";
import { formatShanghai } from "@/lib/time";
import { can, requireUser } from "@/app/_server/guards";
import { now } from "@/app/_server/clock";
import { getDb } from "@/db/client";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { listSubmissions } from "@/db/queries/submissions";
import { listSignoffs } from "@/db/queries/signoffs";
import { ReviewTable, type ReviewRow } from "@/components/workflow/review-table";

export const metadata = { title: "审核 - 年报编制系统" };

/** The reviewer's list: the direct children of the user's unit in the cycle, with where each stands. */
export default async function ReviewPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearText } = await params;
  const user = await requireUser();
  const db = getDb();
  const year = Number(yearText);
  const cycle = Number.isInteger(year) ? getCycleByYear(db, year) : null;
  if (!cycle) notFound();
  const tree = buildTree(getRoster(db, cycle.id));
  const children = (tree.children.get(user.orgId) ?? []).filter((c) => can(user, "stats.review", { kind: "org", orgId: c.orgId }));
  if (children.length === 0) forbidden();
  const byOrg = new Map(listSubmissions(db, cycle.id).map((s) => [s.orgId, s]));
  const at = now();
  const rows: ReviewRow[] = children.map((child) => {
    const s = byOrg.get(child.orgId);
    const signoff = s ? listSignoffs(db, s.id).filter((x) => x.kind === "stats").at(-1) : undefined;
    const sent = s?.status === "submitted" || s?.status === "approved";
    const deadline = deadlineFor(cycle.deadlines, child.kind, "submit");
    const late = sent && signoff ? lateness(signoff.at, signoff.deadline) : sent ? { late: false as const } : lateness(at, deadline);
    return {
      orgCode: child.code,
      name: child.name,
      status: s?.status ?? "none",
      statusLabel: statusLabel(s?.status),
      signerName: sent && signoff ? signoff.signerName : null,
      signedAt: sent && signoff ? formatShanghai(signoff.at) : null,
      signedAtMs: sent && signoff ? signoff.at : null,
      lastChange: s ? formatShanghai(s.updatedAt) : null,
      lastChangeMs: s?.updatedAt ?? null,
      late: late.late ? late.lateBy : null,
    };
  });
  const total = rows.length;
  const submitted = rows.filter((r) => r.status === "submitted" || r.status === "approved").length;
  const approved = rows.filter((r) => r.status === "approved").length;

  return (
    <>
      <h1 style={{ fontSize: 22, margin: "0 0 16px" }}>
        {cycleTitle(db, year)}统计数据审核（{user.orgName}的下级单位）
      </h1>
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title={
          <span data-testid="review-completeness">
            已报送 {submitted} / {total}，已通过 {approved} / {total}
          </span>
        }
      />
      <section style={{ background: "#fff" }}>
        <ReviewTable year={year} rows={rows} />
      </section>
    </>
  );
}
