"use client";

import type { ReactNode } from "react";
import { App } from "antd";

/** Gives a management page antd's message and confirm dialogs (App.useApp) without extra markup. */
export function AdminApp({ children }: { children: ReactNode }) {
  return <App component={false}>{children}</App>;
}
