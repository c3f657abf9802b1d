import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AntdRegistry } from "@ant-design/nextjs-registry";
import { ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import "@/lib/validation/zod-config";
import { ZodSetup } from "@/components/zod-setup";
import "./globals.css";

export const metadata: Metadata = {
  title: "年报编制系统",
  description: "政府信息公开工作年度报告编制系统",
};

/** System CJK fonts only: nothing is fetched from outside at build or run time. */
const theme = {
  token: {
    fontFamily:
      '-apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif',
  },
};

/**
 * Every page renders per request (reading the headers does that): the nonce of the page's CSP
 * (proxy.ts) is new each time, and Next puts it on its scripts only when it renders the page.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="zh-CN">
      <body>
        <ZodSetup />
        <AntdRegistry>
          <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }} csp={{ nonce }}>
            {children}
          </ConfigProvider>
        </AntdRegistry>
      </body>
    </html>
  );
}
