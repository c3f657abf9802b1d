"use client";

import { Alert, Button, Input, Space } from "antd";
import { usePageRefresh } from "@/components/use-page-refresh";
import { useState } from "react";
import type { CommandResult } from "@/lib/contracts/command-result";

type Props = {
  enabled: boolean;
  start: () => Promise<CommandResult<{ secret: string; qrDataUrl: string }>>;
  confirm: (input: { code: string }) => Promise<CommandResult<unknown>>;
  disable: (input: { currentPassword: string }) => Promise<CommandResult<unknown>>;
};

/** Binding or removing the authenticator app (动态口令) of one's own account. */
export function TotpSettings({ enabled, start, confirm, disable }: Props) {
  const refresh = usePageRefresh(enabled);
  const [pending, setPending] = useState<{ secret: string; qrDataUrl: string } | null>(null);
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(call: () => Promise<CommandResult<T>>, onOk: (data: T) => void) {
    setBusy(true);
    setError(null);
    const r = await call();
    setBusy(false);
    if (r.ok) onOk(r.data);
    else setError(r.error);
  }

  return (
    <section aria-labelledby="totp-title" style={{ display: "grid", gap: 12 }}>
      <h2 id="totp-title" style={{ fontSize: 18, margin: 0 }}>
        动态口令（双因素认证）
      </h2>
      <p style={{ margin: 0 }}>状态：{enabled ? "已启用" : "未启用"}</p>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {!enabled && !pending ? (
        <Button style={{ justifySelf: "start" }} loading={busy} onClick={() => run(start, setPending)}>
          启用动态口令
        </Button>
      ) : null}
      {pending ? (
        <div style={{ display: "grid", gap: 8, maxWidth: 420 }}>
          <p style={{ margin: 0 }}>用手机上的验证器扫描二维码，然后输入其显示的6位数字。</p>
          {/* A data: URL made on the server; nothing is fetched. */}
          <img src={pending.qrDataUrl} alt="动态口令二维码" width={180} height={180} />
          <p style={{ margin: 0 }}>
            密钥：<code data-testid="totp-secret">{pending.secret}</code>
          </p>
          <label htmlFor="totp-code">动态口令</label>
          <Space.Compact>
            <Input id="totp-code" inputMode="numeric" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />
            <Button type="primary" loading={busy} onClick={() => run(() => confirm({ code }), refresh)}>
              确认绑定
            </Button>
          </Space.Compact>
        </div>
      ) : null}
      {enabled ? (
        <div style={{ display: "grid", gap: 8, maxWidth: 420 }}>
          <label htmlFor="totp-password">关闭动态口令须输入当前密码</label>
          <Space.Compact>
            <Input.Password id="totp-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            <Button danger loading={busy} onClick={() => run(() => disable({ currentPassword: password }), refresh)}>
              关闭动态口令
            </Button>
          </Space.Compact>
        </div>
      ) : null}
    </section>
  );
}
