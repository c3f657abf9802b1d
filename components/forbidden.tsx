import Link from "next/link";
import { Result } from "antd";

/** Shown when a logged-in user opens something their role or unit may not see. */
export function Forbidden({ reason }: { reason?: string }) {
  return (
    <Result
      status="403"
      title="403"
      subTitle={reason ?? "您没有权限访问此页面。"}
      extra={<Link href="/">返回首页</Link>}
    />
  );
}
