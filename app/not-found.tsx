import Link from "next/link";
import { Result } from "antd";

export const metadata = { title: "页面不存在 - 年报编制系统" };

export default function NotFound() {
  return (
    <main style={{ padding: "64px 16px" }}>
      <Result
        status="404"
        title="404"
        subTitle="您访问的页面不存在，或已被移除。"
        extra={<Link href="/">返回首页</Link>}
      />
    </main>
  );
}
