/**
 * Playwright's `test` with one addition every journey shares: each browser context records the
 * page's `securitypolicyviolation` events, and a test fails when any was recorded (the CSP must
 * allow everything the app really does and nothing more). Import `test` and `expect` from here.
 */
import { test as base, expect, type BrowserContext } from "@playwright/test";

export * from "@playwright/test";

const violations: string[] = [];
const instrumented = new WeakSet<BrowserContext>();

async function recordViolations(context: BrowserContext): Promise<void> {
  if (instrumented.has(context)) return;
  instrumented.add(context);
  await context.exposeBinding("__nianbaoCspViolation", (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __nianbaoCspViolation: (t: string) => void }).__nianbaoCspViolation;
      void report(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

/** The violations recorded so far in this test, removed from the record (for a test that provokes one on purpose). */
export function takeViolations(): string[] {
  return violations.splice(0);
}

export const test = base.extend<{ cspGuard: void }, { cspContexts: void }>({
  // Contexts a test opens itself (browser.newContext()) are recorded too.
  cspContexts: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        await recordViolations(context);
        return context;
      };
      await use();
    },
    { scope: "worker", auto: true },
  ],
  context: async ({ context }, use) => {
    await recordViolations(context);
    await use(context);
  },
  cspGuard: [
    async ({}, use) => {
      violations.length = 0;
      await use();
      expect(violations, "Content-Security-Policy violations in this journey").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
