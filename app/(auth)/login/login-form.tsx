"use client";

import { useActionState, useState } from "react";
import { Alert, Button, Input } from "antd";
import { login, type LoginState } from "./actions";
import styles from "./login.module.css";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  // Controlled fields: after a failed attempt the username stays and the password is cleared.
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [state, formAction, pending] = useActionState<LoginState, FormData>(async (prev, formData) => {
    const next = await login(prev, formData);
    setPassword("");
    return next;
  }, { username: "" });
  const usernameError = state.fieldErrors?.username?.[0];
  const passwordError = state.fieldErrors?.password?.[0];

  return (
    <form action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error ? <Alert type="error" showIcon title={state.error} className={styles.alert} /> : null}

      <div className={styles.field}>
        <label htmlFor="username">用户名</label>
        <Input
          id="username"
          name="username"
          autoComplete="username"
          size="large"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          status={usernameError ? "error" : undefined}
          aria-invalid={usernameError ? true : undefined}
          aria-describedby={usernameError ? "username-error" : undefined}
          autoFocus
        />
        {usernameError ? (
          <p id="username-error" className={styles.fieldError}>
            {usernameError}
          </p>
        ) : null}
      </div>

      <div className={styles.field}>
        <label htmlFor="password">密码</label>
        <Input.Password
          id="password"
          name="password"
          autoComplete="current-password"
          size="large"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          status={passwordError ? "error" : undefined}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : undefined}
        />
        {passwordError ? (
          <p id="password-error" className={styles.fieldError}>
            {passwordError}
          </p>
        ) : null}
      </div>

      <Button type="primary" htmlType="submit" size="large" block loading={pending}>
        登录
      </Button>
    </form>
  );
}
