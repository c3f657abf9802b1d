import Link from "next/link";
import type { HomeTodo } from "@/lib/contracts/home-todo";

/** This season's to-do on the home page: the unit's statistics (status, deadline) and the review link. */
export function HomeTodoCard({ todo }: { todo: HomeTodo }) {
  const cycle = todo.label ?? `${todo.year}年度`;
  return (
    <section aria-label="待办" style={{ background: "#fff", padding: "12px 16px", borderRadius: 8, marginBottom: 16 }}>
      <strong>待办（{cycle}）</strong>
      <ul style={{ margin: "8px 0 0", paddingLeft: 20 }}>
        {todo.unit ? (
          <li>
            <Link href={todo.unit.href}>
              {todo.unit.name}{todo.year}年度统计表
            </Link>
            ：{todo.unit.status}
            {todo.unit.deadline ? `，报送截止 ${todo.unit.deadline}` : ""}
            {todo.unit.late ? "（已逾期）" : ""}
          </li>
        ) : null}
        {todo.reviewHref ? (
          <li>
            <Link href={todo.reviewHref}>审核下级单位（{todo.year}年度）</Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
