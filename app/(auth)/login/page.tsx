import Link from "next/link";
import { redirect } from "next/navigation";
import { getUser } from "@/server/next/guards";
import { safeRedirectPath } from "@/lib/validation/login";
import { readPublicPage } from "@/server/next/read";
import { publicListEnabled } from "@/server/reports/publication/public-setting";
import { LoginForm } from "./login-form";
import styles from "./login.module.css";

export const metadata = { title: "登录 - 年报编制系统" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; expired?: string; changed?: string }>;
}) {
  const { callbackUrl, expired, changed } = await searchParams;
  const notice = expired ? "会话已超时，请重新登录" : changed ? "密码已修改，请用新密码登录" : undefined;
  const target = safeRedirectPath(callbackUrl);
  if (await getUser()) redirect(target);
  const showPublic = await readPublicPage((ctx) => publicListEnabled(ctx.db));

  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="login-title">
        <h1 id="login-title" className={styles.title}>
          年报编制系统
        </h1>
        <p className={styles.subtitle}>政府信息公开工作年度报告</p>
        <LoginForm callbackUrl={target} notice={notice} />
        {showPublic ? (
          <p style={{ marginTop: 16, textAlign: "center" }}>
            <Link href="/public/reports">查看已发布的年度报告（无需登录）</Link>
          </p>
        ) : null}
      </section>
    </main>
  );
}
