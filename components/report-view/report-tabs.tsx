import Link from "next/link";

type Tab = { coverage: string; label: string; href: string; current: boolean };

const base = { padding: "6px 20px", border: "1px solid #d9d9d9", textDecoration: "none" } as const;

/**
 * A government with two reports this cycle (全域 and 本级): links between their pages, each
 * report written, signed and published on its own.
 */
export function ReportTabs({ tabs }: { tabs: Tab[] }) {
  return (
    <nav aria-label="本单位的年度报告" style={{ display: "flex", justifyContent: "center", marginBottom: 16 }}>
      {tabs.map((t, i) => (
        <Link
          key={t.coverage}
          href={t.href}
          aria-current={t.current ? "page" : undefined}
          style={{
            ...base,
            marginLeft: i ? -1 : 0,
            borderRadius: i === 0 ? "6px 0 0 6px" : i === tabs.length - 1 ? "0 6px 6px 0" : 0,
            background: t.current ? "#1677ff" : "#fff",
            borderColor: t.current ? "#1677ff" : "#d9d9d9",
            color: t.current ? "#fff" : "rgba(0,0,0,0.88)",
            fontWeight: t.current ? 600 : 400,
          }}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
