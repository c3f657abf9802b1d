import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";

// E2E_PORT / E2E_DB let two runs (e.g. two developers' builds via NEXT_DIST_DIR) share a machine.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const e2eDb = process.env.E2E_DB ?? "data/e2e.db";
const isCI = Boolean(process.env.CI) && process.env.CI !== "false";

/**
 * Browser tests against `next start` on the e2e database, which tests/scripts/test.sh loads
 * fresh with the demo data (tests/scripts/load-demo.sh data/e2e.db). Build first (`npm run build`).
 * Chromium is Debian's (/usr/bin/chromium); Playwright never downloads a browser.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  reporter: isCI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // CI's two cores run the server, the browser and the CLI: a long journey nears 30 s there.
  timeout: isCI ? 60_000 : 30_000,
  // A step's page can take a refresh and, when Next's router stalls, a reload (usePageRefresh).
  expect: { timeout: isCI ? 10_000 : 5_000 },
  use: {
    browserName: "chromium",
    viewport: { width: 1280, height: 900 },
    baseURL,
    headless: true,
    locale: "zh-CN",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // Our entry: it stamps each request with the socket address (server/next/serve.mjs).
    command: `node server/next/serve.mjs -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/login`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NIANBAO_DB: e2eDb,
      // Lets tests move the server clock (POST /api/test/clock); never set in production.
      NIANBAO_TEST_HOOKS: "1",
      AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"),
    },
  },
});
