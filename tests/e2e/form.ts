import type { Page } from "@playwright/test";

/** A statistics form cell's input by its code (the accessible name ends with "（code）"). */
export const cell = (page: Page, code: string) => page.getByRole("textbox", { name: new RegExp(`（${code.replace(/\./g, "\\.")}）$`) });

/** The form's save state once the server has the values ("已保存 HH:mm:ss"). */
export const savedStatus = (page: Page) => page.locator("main").getByRole("status").filter({ hasText: /^已保存/ });

/** Pastes a TSV block the way a browser does after Ctrl+V of an Excel selection. */
export async function pasteInto(page: Page, code: string, text: string) {
  await cell(page, code).focus();
  await page.evaluate(
    ({ id, text }) => {
      const dt = new DataTransfer();
      dt.setData("text/plain", text);
      document.getElementById(id)!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { id: `cell-${code}`, text },
  );
}
