/**
 * npm run bench:pages — every page of the demo, one user at a time, against `next start` on
 * loopback: the first load after start and the warm p50/p95 (response complete, as the browser
 * waits for the HTML). Prints each figure with its ratio to the target (warm p95 ≤ 500 ms, first
 * load ≤ 2 s), and the login as a user submits it in Chromium (≤ 1 s: the server action with
 * Argon2, until its response — the redirect to the home page — has arrived). Needs a build
 * (`npm run build`) and Debian's Chromium; loads the demo into a temporary database.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { chromium } from "@playwright/test";
import { openDb } from "@/db/client";
import { createSession } from "@/db/mutations/sessions";

const PORT = Number(process.env.BENCH_PORT ?? 3720);
const WARM = Number(process.env.BENCH_WARM ?? 20);
const ROOT = path.resolve(__dirname, "../..");
const COOKIE = "authjs.session-token";
const TARGET = { warmP95: 500, first: 2000, login: 1000, preview: 1500 };

/** Who opens which pages (business roles; the administrators bind TOTP at login, their pages are timed through a session too). */
const JOURNEYS: { user: string; pages: string[] }[] = [
  { user: "region-filler", pages: ["/", "/reports/2025/150000", "/reports/2026/150000", "/stats/2026/150000"] },
  { user: "hhht-fgw-filler", pages: ["/", "/stats/2026/150100-02", "/stats/2026/150100-02/edit", "/reports/2025/150100-02"] },
  { user: "hhht-signer", pages: ["/", "/stats/2026/150100", "/reports/2025/150100"] },
  { user: "demo", pages: ["/", "/review/2026", "/review/2025", "/stats/2026/150100"] },
  { user: "hhht-reviewer", pages: ["/review/2026"] },
  { user: "sysadmin", pages: ["/admin/cycles", "/admin/orgs", "/admin/users"] },
  { user: "secadmin", pages: ["/security/grants", "/security/policy"] },
  { user: "auditor", pages: ["/audit"] },
];

async function sessions(file: string, secret: string): Promise<Map<string, string>> {
  const { db, close } = openDb(file);
  const out = new Map<string, string>();
  for (const { user } of JOURNEYS) {
    const u = db.$client.prepare("select id, username, display_name as displayName, org_id as orgId from users where username = ?").get(user) as
      | { id: number; username: string; displayName: string; orgId: number }
      | undefined;
    if (!u) throw new Error(`demo user ${user} missing`);
    const sid = randomBytes(24).toString("base64url");
    createSession(db, { id: sid, userId: u.id, at: Date.now(), ip: "127.0.0.1", userAgent: "bench" });
    const token = await encode({ secret, salt: COOKIE, token: { sub: String(u.id), uid: String(u.id), username: u.username, displayName: u.displayName, orgId: u.orgId, sid } });
    out.set(user, `${COOKIE}=${token}`);
  }
  close();
  return out;
}

function startServer(file: string, secret: string): Promise<() => void> {
  const child = spawn(process.execPath, [path.join(ROOT, "server/next/serve.mjs"), "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, NIANBAO_DB: file, AUTH_SECRET: secret, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("Ready")) resolve(() => child.kill("SIGTERM"));
    });
    child.once("exit", (code) => reject(new Error(`next start exited with ${code}`)));
  });
}

/** One request, timed until the whole body has arrived. */
async function timed(url: string, init: RequestInit = {}): Promise<{ ms: number; status: number; res: Response; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url, { redirect: "manual", ...init });
  const body = await res.text();
  return { ms: performance.now() - t0, status: res.status, res, body };
}

const LOGINS = Number(process.env.BENCH_LOGINS ?? 10);
/** The demo's business user (no second factor): its password is the demo's published one. */
const DEMO_LOGIN = { username: "demo", password: "Nianbao#2018!" };

/**
 * Logs in as a user does, in a fresh browser context each time, and times the login action's POST
 * from request start to the end of its response (Chromium's resource timing), i.e. the server's
 * work: the password check (Argon2id), the session, the redirect's payload.
 */
async function loginTimes(base: string, n: number): Promise<{ first: number; warm: number[] }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
  const times: number[] = [];
  try {
    for (let i = 0; i <= n; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await page.goto(`${base}/login`);
      // Hydrated, so the form posts as the app's server action (not the no-script form post).
      await page.waitForLoadState("networkidle");
      await page.getByLabel("用户名").fill(DEMO_LOGIN.username);
      await page.getByLabel("密码").fill(DEMO_LOGIN.password);
      const posted = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
      await page.getByRole("button", { name: "登录", exact: true }).click();
      const res = await posted;
      if (res.status() >= 400) throw new Error(`login answered ${res.status()}`);
      await page.waitForURL((u) => !u.pathname.startsWith("/login"));
      const t = res.request().timing();
      times.push(t.responseEnd - t.requestStart);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { first: times[0]!, warm: times.slice(1).sort((a, b) => a - b) };
}

const PREVIEWS = Number(process.env.BENCH_PREVIEWS ?? 5);
const PREVIEW_PAGE = "/reports/2025/150000";

/** Signs in through the login form in a fresh context; answers the page. */
async function signIn(browser: import("@playwright/test").Browser, base: string, username: string): Promise<import("@playwright/test").Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${base}/login`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_LOGIN.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  return page;
}

/**
 * The writer's live preview: types a character at the end of the first paragraph of the region's
 * report and times from the last keystroke until the preview's new PDF has arrived (the
 * autosave's pause, the save, the render) and until its pages in view are drawn in the page
 * (pdf.js; the region's data-shown names the PDF shown).
 */
async function previewTimes(base: string, n: number): Promise<{ received: number[]; shown: number[] }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
  const received: number[] = [];
  const shown: number[] = [];
  try {
    const page = await signIn(browser, base, "region-filler");
    await page.goto(`${base}${PREVIEW_PAGE}`);
    await page.waitForLoadState("networkidle");
    const preview = page.getByRole("region", { name: "报告预览" });
    await preview.and(page.locator("[data-shown*='/pdf']")).waitFor({ timeout: 30_000 });
    const box = page.getByRole("textbox", { name: /正文$/ }).first();
    for (let i = 0; i < n; i++) {
      await box.click();
      await page.keyboard.press("End");
      const before = await preview.getAttribute("data-shown");
      const pdf = page.waitForResponse((r) => /\/pdf\?(.*&)?v=\d+/.test(r.url()) && r.status() === 200, { timeout: 30_000 });
      await page.keyboard.type("。", { delay: 50 });
      const t0 = Date.now();
      const res = await pdf;
      await res.finished();
      received.push(Date.now() - t0);
      await page.waitForFunction(
        ([el, prev]) => (el as HTMLElement).dataset.shown !== prev,
        [await preview.elementHandle(), before] as const,
        { timeout: 30_000 },
      );
      shown.push(Date.now() - t0);
      await page.waitForTimeout(1500);
    }
  } finally {
    await browser.close();
  }
  return { received: received.sort((a, b) => a - b), shown: shown.sort((a, b) => a - b) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ratio = (ms: number, target: number) => `${(ms / target).toFixed(2)}×`;
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("no build: run `npm run build` first");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-pages-bench-"));
  const file = path.join(dir, "bench.db");
  const secret = randomBytes(32).toString("base64url");
  const loaded = spawnSync("npx", ["tsx", "cli/main.ts", "demo:load"], { cwd: ROOT, env: { ...process.env, NIANBAO_DB: file }, stdio: ["ignore", "ignore", "inherit"] });
  if (loaded.status !== 0) throw new Error("demo:load failed");
  const cookies = await sessions(file, secret);
  const stop = await startServer(file, secret);
  const base = `http://127.0.0.1:${PORT}`;
  let failed = 0;
  try {
    console.log(`bench:pages — the demo, one user at a time; first load after start, then ${WARM} warm loads each`);
    console.log(`targets: warm p95 ≤ ${TARGET.warmP95} ms, first load ≤ ${TARGET.first} ms, login ≤ ${TARGET.login} ms (ratio = figure / target)\n`);
    const rows: string[][] = [];
    const page = async (label: string, url: string, cookie?: string) => {
      const headers = cookie ? { cookie } : undefined;
      const first = await timed(url, { headers });
      const warm: number[] = [];
      for (let i = 0; i < WARM; i++) warm.push((await timed(url, { headers })).ms);
      warm.sort((a, b) => a - b);
      const p95 = percentile(warm, 95);
      const ok = first.status === 200 && p95 <= TARGET.warmP95 && first.ms <= TARGET.first;
      if (!ok) failed++;
      rows.push([label, String(first.status), `${Math.round(first.ms)} ms (${ratio(first.ms, TARGET.first)})`, `${Math.round(percentile(warm, 50))} ms`, `${Math.round(p95)} ms (${ratio(p95, TARGET.warmP95)})`, ok ? "" : "✗"]);
    };
    await page("/login (anonymous)", `${base}/login`);
    for (const j of JOURNEYS) for (const p of j.pages) await page(`${p} (${j.user})`, `${base}${p}`, cookies.get(j.user));
    const widths = [44, 6, 22, 10, 22, 2];
    console.log(["page (user)", "status", "first load", "warm p50", "warm p95", ""].map((h, i) => pad(h, widths[i]!)).join(" "));
    for (const r of rows) console.log(r.map((c, i) => pad(c, widths[i]!)).join(" "));
    const login = await loginTimes(base, LOGINS);
    const loginP95 = percentile(login.warm, 95);
    const loginOk = login.first <= TARGET.login && loginP95 <= TARGET.login;
    if (!loginOk) failed++;
    console.log(
      `\nlogin (${DEMO_LOGIN.username}, Chromium, the server action until its response): first ${Math.round(login.first)} ms (${ratio(login.first, TARGET.login)}), ` +
        `warm p50 ${Math.round(percentile(login.warm, 50))} ms, p95 ${Math.round(loginP95)} ms (${ratio(loginP95, TARGET.login)}) over ${login.warm.length} logins ${loginOk ? "" : "✗"}`,
    );
    const preview = await previewTimes(base, PREVIEWS);
    const previewP95 = percentile(preview.shown, 95);
    const previewOk = previewP95 <= TARGET.preview;
    if (!previewOk) failed++;
    console.log(
      `live preview (${PREVIEW_PAGE}, region-filler): last keystroke → new pages in view drawn, p50 ${Math.round(percentile(preview.shown, 50))} ms, ` +
        `p95 ${Math.round(previewP95)} ms (${ratio(previewP95, TARGET.preview)}) over ${preview.shown.length} edits ${previewOk ? "" : "✗"}\n` +
        `  of which until the new PDF had arrived: p50 ${Math.round(percentile(preview.received, 50))} ms, p95 ${Math.round(percentile(preview.received, 95))} ms`,
    );

    console.log(failed ? `\n${failed} figure(s) over target.` : "\nevery figure within target.");
  } finally {
    stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
