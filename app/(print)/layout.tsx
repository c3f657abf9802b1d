import type { ReactNode } from "react";

/** Print views: the page alone, without the app's menu and header (the page checks its own permission). */
export default function PrintLayout({ children }: { children: ReactNode }) {
  return <main>{children}</main>;
}
