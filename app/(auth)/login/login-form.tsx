"use client";

import { useActionState, useState } from "react";
import { Alert, Button, Input } from "antd";
import { login, type LoginState } from "./actions";
import styles from "./login.module.css";

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className={styles.fieldError}>
      {message}
    </p>
  ) : null;
}

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  // Controlled fields: a failed attempt keeps the username; the password stays only while the
  // second step (动态口令) is asked for, and is cleared after a refusal.
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [totp, setTotp] = useState("");
  const [state, formAction, pending] = useActionState<LoginState, FormData>(
    async (prev, formData) => {
      const next = await login(prev, formData);
      if (!next.totp) setPassword("");
      setTotp("");
      return next;
    },
    { username: "" },
  );
  const errors = state.fieldErrors ?? {};
  const secondStep = state.totp;

  return (
    <form action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? <Alert type="error" showIcon title={state.error} className={styles.alert} /> : null}
      {!state.error && notice ? <Alert type="info" showIcon title={notice} className={styles.alert} /> : null}

      <div className={styles.field} hidden={Boolean(secondStep)}>
        <label htmlFor="username">用户名</label>
        <Input
          id="username"
          name="username"
          autoComplete="username"
          size="large"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          status={errors.username ? "error" : undefined}
          aria-invalid={errors.username ? true : undefined}
          aria-describedby={errors.username ? "username-error" : undefined}
          autoFocus
        />
        <FieldError id="username-error" message={errors.username?.[0]} />
      </div>

      <div className={styles.field} hidden={Boolean(secondStep)}>
        <label htmlFor="password">密码</label>
        <Input.Password
          id="password"
          name="password"
          autoComplete="current-password"
          size="large"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          status={errors.password ? "error" : undefined}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
        />
        <FieldError id="password-error" message={errors.password?.[0]} />
      </div>

      {secondStep?.enroll ? (
        <section className={styles.enroll} aria-labelledby="enroll-title">
          <h2 id="enroll-title">绑定动态口令</h2>
          <p>管理员账户必须使用动态口令。请用手机上的验证器（如微信小程序“腾讯身份验证器”或其他 TOTP 应用）扫描二维码，然后输入显示的6位数字。</p>
          <img src={secondStep.qrDataUrl} alt="动态口令二维码" width={180} height={180} />
          <p>
            无法扫码时手动输入密钥：<code data-testid="totp-secret">{secondStep.secret}</code>
          </p>
        </section>
      ) : null}

      {secondStep ? (
        <div className={styles.field}>
          <label htmlFor="totp">动态口令</label>
          <Input
            id="totp"
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            size="large"
            value={totp}
            onChange={(e) => setTotp(e.target.value)}
            status={errors.totp ? "error" : undefined}
            aria-describedby={errors.totp ? "totp-error" : undefined}
            autoFocus
          />
          <FieldError id="totp-error" message={errors.totp?.[0]} />
        </div>
      ) : null}

      <Button type="primary" htmlType="submit" size="large" block loading={pending}>
        {secondStep ? "验证并登录" : "登录"}
      </Button>
    </form>
  );
}
