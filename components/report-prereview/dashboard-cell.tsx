import Link from "next/link";
import { Tag, Tooltip } from "antd";
import type { DashboardRow } from "@/lib/contracts/review";

const COLOR: Record<DashboardRow["prereview"]["code"], string | undefined> = { none: undefined, unsent: undefined, pending: "gold", returned: "red", cleared: "green" };

/** The dashboard's 报告预审 cell: the state, and for a report waiting on the office the link to decide on its page. */
export function PrereviewCell({ name, prereview: p }: { name: string; prereview: DashboardRow["prereview"] }) {
  if (p.code === "none")
    return (
      <span data-testid="prereview-cell" style={{ color: "#8c8c8c" }}>
        {p.label}
      </span>
    );
  const tag = <Tag color={COLOR[p.code]}>{p.voided ? `${p.label}（通过后已修改）` : p.label}</Tag>;
  return (
    <span data-testid="prereview-cell" style={{ whiteSpace: "nowrap" }}>
      {p.at ? <Tooltip title={p.at}>{tag}</Tooltip> : tag}
      {p.code === "pending" ? (
        <Link href={p.href} aria-label={`预审${name}的报告`}>
          去预审
        </Link>
      ) : (
        <Link href={p.href} aria-label={`查看${name}的报告`} style={{ fontSize: 12 }}>
          报告
        </Link>
      )}
    </span>
  );
}
