"use client";

import { Button } from "antd";

/** The browser's print dialog (choose A4; the page sets its own margins). */
export function PrintButton() {
  return (
    <Button type="primary" onClick={() => window.print()}>
      打印
    </Button>
  );
}
