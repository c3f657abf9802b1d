import { readPage } from "@/server/next/read";
import { loadPasswordPage } from "@/server/account/account-page";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import styles from "../../login/login.module.css";
import { changePasswordAction } from "./actions";

export const metadata = { title: "修改密码 - 年报编制系统" };

export default async function ChangePasswordPage() {
  const user = await readPage(loadPasswordPage, { allowPasswordChange: true });
  const { minLength } = user;
  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="password-title">
        <h1 id="password-title" className={styles.title}>
          修改密码
        </h1>
        <p className={styles.subtitle}>
          {user.mustChangePassword ? "首次登录或密码被重置后，须先设置新密码。" : `${user.displayName}，请设置新密码。`}
        </p>
        <p className={styles.subtitle}>新密码至少 {minLength} 位，包含大写字母、小写字母、数字、符号中的三类，不能包含用户名，不能与原密码相同。</p>
        <ChangePasswordForm action={changePasswordAction} />
      </section>
    </main>
  );
}
