/**
 * npm run bench:save — 50 logged-in users of 50 different units save drafts through
 * PUT /api/stats/{year}/{code} against `next start` on loopback (autocannon), then load the form
 * page. Prints p50/p95/p99 latency, requests/s and errors. Needs a build (`npm run build`).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { parse } from "csv-parse/sync";
import { getTemplate } from "@/lib/templates";
import { hashPassword } from "@/lib/security/password";
import { openDb } from "@/db/client";
import { upsertOrganisations } from "@/db/mutations/orgs";
import { createCycle } from "@/db/mutations/cycles";
import { createUser } from "@/db/mutations/users";
import { addGrant } from "@/db/mutations/grants";
import { createSession } from "@/db/mutations/sessions";

const USERS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3710);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const YEAR = 2025;
const ROOT = path.resolve(__dirname, "../..");
const COOKIE = "authjs.session-token";

type BenchUser = { orgCode: string; cookie: string; version: number };

async function prepare(file: string, secret: string): Promise<BenchUser[]> {
  const { db, close } = openDb(file);
  const rows = parse(fs.readFileSync(path.join(ROOT, "tests/fixtures/imar-2018/orgs.csv")), { columns: true }) as Record<string, string>[];
  upsertOrganisations(db, rows.map((r) => ({ code: r.code!, name: r.name!, parentCode: r.parent_code || null, kind: r.kind! })));
  createCycle(db, { year: YEAR, templateId: "gov-disclosure-2018" });
  const parents = new Set(rows.map((r) => r.parent_code));
  const leaves = rows.filter((r) => !parents.has(r.code)).slice(0, USERS);
  const passwordHash = await hashPassword("Bench#2025pass");
  const users: BenchUser[] = [];
  for (const [i, leaf] of leaves.entries()) {
    const orgId = (db.$client.prepare("select id from organisations where code = ?").pluck().get(leaf.code!) as number);
    const user = createUser(db, { username: `bench${i}`, displayName: `压测${i}`, passwordHash, orgId });
    addGrant(db, { userId: user.id, role: "filler", orgId, grantedBy: null, at: Date.now() });
    const sid = randomBytes(24).toString("base64url");
    createSession(db, { id: sid, userId: user.id, at: Date.now(), ip: "127.0.0.1", userAgent: "bench" });
    const token = await encode({
      secret,
      salt: COOKIE,
      token: { sub: String(user.id), uid: String(user.id), username: user.username, displayName: user.displayName, orgId, sid },
    });
    users.push({ orgCode: leaf.code!, cookie: `${COOKIE}=${token}`, version: 0 });
  }
  close();
  return users;
}

function startServer(file: string, secret: string): Promise<() => Promise<void>> {
  // BENCH_CPU_PROF=DIR writes the server's V8 CPU profile there (open it in Chrome DevTools).
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...prof, path.join(ROOT, "server/next/serve.mjs"), "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, NIANBAO_DB: file, AUTH_SECRET: secret, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("Ready")) resolve(stop);
    });
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    child.once("exit", (code) => reject(new Error(`next start exited with ${code}`)));
    // The server writes its CPU profile while exiting: wait for that before this process ends.
    const stop = async () => {
      child.kill("SIGTERM");
      await exited;
    };
  });
}

/** Runs autocannon, keeping every response time so p50/p95/p99 are exact (autocannon reports p97.5, not p95). */
function run(opts: autocannon.Options): Promise<{ result: autocannon.Result; times: number[] }> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve({ result, times })));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function report(label: string, { result: r, times }: { result: autocannon.Result; times: number[] }): void {
  const t = [...times].sort((a, b) => a - b);
  const ms = (x: number) => `${Math.round(x)} ms`;
  console.log(
    `  ${label}: ${r.requests.total} requests in ${r.duration} s (${Math.round(r.requests.average)} req/s); ` +
      `p50 ${ms(percentile(t, 50))}, p95 ${ms(percentile(t, 95))}, p99 ${ms(percentile(t, 99))}, max ${ms(t.at(-1) ?? NaN)}; ` +
      `non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`,
  );
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) throw new Error("no build: run `npm run build` first");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-save-bench-"));
  const file = path.join(dir, "bench.db");
  const secret = randomBytes(32).toString("base64url");
  const users = await prepare(file, secret);
  const stop = await startServer(file, secret);
  const cells = getTemplate("gov-disclosure-2018").cells.filter((c) => !c.computed);
  const free = [...users.keys()];
  const base = `http://127.0.0.1:${PORT}`;
  let statuses: Record<number, number> = {};
  try {
    console.log(`bench:save — ${USERS} users of ${USERS} units, ${cells.length} cells per save, ${DURATION} s per run`);
    const saves = await run({
      url: base,
      connections: USERS,
      duration: DURATION,
      requests: [
        {
          method: "PUT",
          setupRequest: (req, context) => {
            const i = free.shift()!;
            (context as { user?: number }).user = i;
            const u = users[i]!;
            const values = Object.fromEntries(cells.map((c) => [c.code, c.scale ? "1.25" : String(Math.floor(Math.random() * 1000))]));
            return {
              ...req,
              path: `/api/stats/${YEAR}/${u.orgCode}`,
              headers: { "content-type": "application/json", cookie: u.cookie },
              body: JSON.stringify({ values, version: u.version }),
            };
          },
          onResponse: (status, body, context) => {
            statuses[status] = (statuses[status] ?? 0) + 1;
            const i = (context as { user: number }).user;
            if (status === 200) users[i]!.version = (JSON.parse(body) as { version: number }).version;
            free.push(i);
          },
        },
      ],
    });
    report("save draft (PUT)", saves);
    console.log(`    statuses: ${JSON.stringify(statuses)}`);
    let n = 0;
    const loadForm = async (label: string, connections: number, duration: number) => {
      statuses = {};
      const loads = await run({
        url: base,
        connections,
        duration,
        requests: [
          {
            method: "GET",
            setupRequest: (req) => {
              const u = users[n++ % users.length]!;
              return { ...req, path: `/stats/${YEAR}/${u.orgCode}/edit`, headers: { cookie: u.cookie } };
            },
            onResponse: (status) => {
              statuses[status] = (statuses[status] ?? 0) + 1;
            },
          },
        ],
      });
      report(label, loads);
      console.log(`    statuses: ${JSON.stringify(statuses)}`);
    };
    await loadForm(`load the form (GET), ${USERS} at once`, USERS, DURATION);
    // The same page with nobody else on the server: the latency one person sees.
    await loadForm("load the form (GET), one user at a time", 1, Math.max(5, Math.round(DURATION / 3)));
  } finally {
    await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
