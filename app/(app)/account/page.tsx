import Link from "next/link";
import { Descriptions } from "antd";
import { readPage } from "@/server/next/read";
import { loadAccountPage } from "@/server/account/account-page";
import { TotpSettings } from "@/components/account/totp-settings";
import { confirmTotpAction, disableTotpAction, startTotpAction } from "./actions";

export const metadata = { title: "我的账户 - 年报编制系统" };

export default async function AccountPage() {
  const user = await readPage(loadAccountPage);
  const { roles } = user;
  return (
    <section style={{ background: "#fff", padding: 24, borderRadius: 8, display: "grid", gap: 24 }}>
      <h1 style={{ fontSize: 22, margin: 0 }}>我的账户</h1>
      <Descriptions
        bordered
        column={1}
        items={[
          { key: "u", label: "用户名", children: user.username },
          { key: "n", label: "姓名", children: user.displayName },
          { key: "o", label: "所属单位", children: user.orgName },
          { key: "r", label: "角色", children: roles.length ? roles.join("、") : "尚未授予角色" },
          { key: "p", label: "密码", children: <Link href="/account/password">修改密码</Link> },
        ]}
      />
      <TotpSettings enabled={user.totpEnabled} start={startTotpAction} confirm={confirmTotpAction} disable={disableTotpAction} />
    </section>
  );
}
