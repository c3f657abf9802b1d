import Link from "next/link";
import { Button, Tag } from "antd";
import type { HomeTodo } from "@/lib/contracts/home-todo";
import styles from "./home.module.css";

/**
 * 我的待办: the season's cycle with its state, one primary button to what the user does next,
 * the deadlines that concern them with days left, their units, reminders and other links.
 */
export function HomeTodoCard({ todo }: { todo: HomeTodo }) {
  return (
    <section aria-label="我的待办" className={styles.card}>
      <div className={styles.head}>
        <h2 className={styles.cycle}>{todo.title}</h2>
        {todo.state ? <Tag color={todo.state === "进行中" ? "green" : undefined}>{todo.state}</Tag> : null}
      </div>
      {todo.primary ? (
        <div className={styles.next}>
          <Button type="primary" size="large" href={todo.primary.href} className={styles.primary}>
            {todo.primary.label}
          </Button>
          {todo.primary.why ? <span className={styles.why}>{todo.primary.why}</span> : null}
        </div>
      ) : null}
      {todo.units.length ? (
        <div className={styles.block}>
          <h3 className={styles.label}>我的单位</h3>
          <ul className={styles.list} aria-label="我的单位">
            {todo.units.map((u) => (
              <li key={u.href}>
                <Link href={u.href}>{u.name}</Link>
                <Tag style={{ marginLeft: 8 }}>{u.status}</Tag>
                {u.detail ? <span className={styles.muted}>{u.detail}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {todo.children ? (
        <div className={styles.block}>
          <h3 className={styles.label}>下级单位</h3>
          <div aria-label="下级单位状态">
            {todo.children.map((c) => (
              <Tag key={c.status} color={c.status === "已报送" ? "blue" : c.status === "已通过" ? "green" : c.status === "已退回" ? "red" : undefined}>
                {c.status} {c.count}
              </Tag>
            ))}
          </div>
        </div>
      ) : null}
      {todo.deadlines.length ? (
        <div className={styles.block}>
          <h3 className={styles.label}>期限</h3>
          <ul className={styles.list} aria-label="期限">
            {todo.deadlines.map((d) => (
              <li key={`${d.who}${d.purpose}`}>
                {d.who}
                {d.purpose}截止 {d.date}
                {d.note ? <span className={styles.muted}>（{d.note}）</span> : null}
                <Tag style={{ marginLeft: 8 }} color={d.done ? "green" : d.urgent ? "red" : "blue"}>
                  {d.left}
                </Tag>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {todo.reminders.length ? (
        <div className={styles.block}>
          <h3 className={styles.label}>提醒</h3>
          <ul className={styles.list} aria-label="提醒">
            {todo.reminders.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {todo.others.length ? (
        <nav aria-label="其他操作" className={styles.others}>
          {todo.others.map((o) => (
            <Link key={o.href + o.label} href={o.href}>
              {o.label}
            </Link>
          ))}
        </nav>
      ) : null}
    </section>
  );
}
