/**
 * The e2e database's security policy: the defaults, with a per-address login limit the whole
 * browser suite stays under (every spec logs in from 127.0.0.1 within minutes; an office behind
 * one 政务外网 NAT address raises it the same way on the 安全策略 page).
 * Usage: NIANBAO_DB=FILE tsx tests/scripts/e2e-policy.ts
 */
import { DEFAULT_SECURITY_POLICY } from "@/lib/security";
import { openDb } from "@/db/client";
import { putSetting } from "@/db/mutations/settings";
import { POLICY_KEY } from "@/server/security/policy";

const file = process.env.NIANBAO_DB;
if (!file) throw new Error("NIANBAO_DB is not set");
const { db, close } = openDb(file);
putSetting(db, POLICY_KEY, { ...DEFAULT_SECURITY_POLICY, ipRateLimit: { max: 2000, windowMinutes: 15 } }, null, Date.now());
close();
console.log(`e2e security policy written to ${file} (login limit 2000 per address per 15 minutes)`);
