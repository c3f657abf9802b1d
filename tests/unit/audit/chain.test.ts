import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  AUDIT_HASH_ALGS,
  type AuditChainRow,
  type AuditHashAlg,
  auditRowHash,
  buildChain,
  chainTip,
  GENESIS_HASH,
  verifyChain,
} from "@/lib/audit";

const KEY = Buffer.from("0f".repeat(32), "hex");
const OTHER_KEY = Buffer.from("f0".repeat(32), "hex");

function rows(n: number, alg: AuditHashAlg | ((i: number) => AuditHashAlg)) {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    at: 1_795_000_000_000 + i * 1000,
    userId: i % 3 === 0 ? null : i,
    username: i % 3 === 0 ? "cli" : `user${i}`,
    ip: i % 2 ? "10.0.0.1" : null,
    action: ["login", "submission.save", "user.create"][i % 3]!,
    targetType: i % 2 ? "submission" : null,
    targetId: i % 2 ? String(100 + i) : null,
    detailJson: i % 4 ? JSON.stringify({ i, 说明: "填报" }) : null,
    hashAlg: typeof alg === "function" ? alg(i) : alg,
  }));
}

describe("buildChain and verifyChain", () => {
  test.each([
    { label: "HMAC-SHA256", alg: "sha256" as const },
    { label: "HMAC-SM3", alg: "sm3" as const },
  ])("$label: the first row chains to the genesis value, each next row to the previous hash", ({ alg }) => {
    const chain = buildChain(KEY, rows(5, alg));
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.prevHash).toBe(chain[i - 1]!.hash);
    for (const row of chain) expect(row.hash).toBe(auditRowHash(alg, KEY, row.prevHash!, row));
    expect(verifyChain(KEY, chain)).toEqual({ ok: true, count: 5, lastId: 5 });
  });

  test("the two algorithms give different hashes for the same rows", () => {
    expect(buildChain(KEY, rows(1, "sha256"))[0]!.hash).not.toBe(buildChain(KEY, rows(1, "sm3"))[0]!.hash);
  });

  test("a chain may switch algorithm mid-way; each row records its own", () => {
    const chain = buildChain(KEY, rows(6, (i) => (i < 2 || i === 4 ? "sha256" : "sm3")));
    expect(chain.map((r) => r.hashAlg)).toEqual(["sha256", "sha256", "sm3", "sm3", "sha256", "sm3"]);
    expect(verifyChain(KEY, chain)).toEqual({ ok: true, count: 6, lastId: 6 });
  });

  test("an empty chain verifies", () => {
    expect(verifyChain(KEY, [])).toEqual({ ok: true, count: 0, lastId: null });
  });

  test.each(AUDIT_HASH_ALGS)("%s: another key fails at the first row", (alg) => {
    const chain = buildChain(KEY, rows(3, alg));
    expect(verifyChain(OTHER_KEY, chain)).toEqual({ ok: false, fault: { kind: "hash", id: 1, at: chain[0]!.at } });
  });
});

describe("faults", () => {
  const chain = buildChain(KEY, rows(6, (i) => AUDIT_HASH_ALGS[i % 2]!));
  const without = (...ids: number[]) => chain.filter((r) => !ids.includes(r.id));

  test.each([
    { label: "a middle row deleted", rows: without(3), fault: { kind: "link", id: 4, prevId: 2 } },
    { label: "the first row deleted", rows: without(1), fault: { kind: "link", id: 2, prevId: null } },
    { label: "two rows swapped", rows: [chain[0]!, chain[2]!, chain[1]!, ...chain.slice(3)], fault: { kind: "link", id: 3, prevId: 1 } },
    { label: "a row's hash cleared", rows: chain.map((r) => (r.id === 4 ? { ...r, hash: null } : r)), fault: { kind: "missing-hash", id: 4 } },
    { label: "an unknown algorithm", rows: chain.map((r) => (r.id === 5 ? { ...r, hashAlg: "md5" } : r)), fault: { kind: "unknown-alg", id: 5, alg: "md5" } },
  ])("$label", ({ rows: input, fault }) => {
    const result = verifyChain(KEY, input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fault).toMatchObject(fault);
  });

  test("deleting rows from the end is invisible to the chain alone (the checkpoints catch it)", () => {
    expect(verifyChain(KEY, chain.slice(0, 3))).toEqual({ ok: true, count: 3, lastId: 3 });
  });
});

describe("legacy rows (written before the chain existed)", () => {
  const legacy = rows(3, "sha256").map((r): AuditChainRow => ({ ...r, prevHash: null, hashAlg: null, hash: null }));
  const tip = chainTip(KEY, legacy);
  const next = { ...rows(4, "sm3")[3]!, prevHash: tip };
  const chained: AuditChainRow = { ...next, hash: auditRowHash("sm3", KEY, tip, next) };

  test("are folded into the chain by the first chained row", () => {
    expect(verifyChain(KEY, [...legacy, chained])).toEqual({ ok: true, count: 4, lastId: 4 });
  });

  test("a change to one of them breaks the first chained row", () => {
    const edited = legacy.map((r) => (r.id === 2 ? { ...r, action: "edited" } : r));
    expect(verifyChain(KEY, [...edited, chained])).toMatchObject({ ok: false, fault: { kind: "link", id: 4, prevId: 3 } });
  });

  test("a table of legacy rows only was never chained and fails at its first row", () => {
    expect(verifyChain(KEY, legacy)).toMatchObject({ ok: false, fault: { kind: "missing-hash", id: 1 } });
  });

  test("a legacy-looking row after a chained one is a cleared hash", () => {
    const cleared = { ...legacy[0]!, id: 5, at: 1 };
    expect(verifyChain(KEY, [...legacy, chained, cleared])).toMatchObject({ ok: false, fault: { kind: "missing-hash", id: 5 } });
  });
});

/** A different value of the same field (never equal to the old one). */
function mutate(row: AuditChainRow, field: keyof AuditChainRow, variant: number): AuditChainRow {
  const v = row[field];
  const flipHex = (h: string | null) => (h === null ? "0".repeat(64) : (h[0] === "a" ? "b" : "a") + h.slice(1));
  switch (field) {
    case "id":
    case "at":
      return { ...row, [field]: (v as number) + 1 + variant };
    case "userId":
      return { ...row, userId: v === null ? variant : variant % 2 ? null : (v as number) + 1 };
    case "action":
      return { ...row, action: row.action + (variant % 2 ? " " : "x") };
    case "prevHash":
    case "hash":
      return { ...row, [field]: variant % 3 === 0 && field === "hash" ? null : flipHex(v as string) };
    case "hashAlg":
      return { ...row, hashAlg: [row.hashAlg === "sha256" ? "sm3" : "sha256", null, "SHA256"][variant % 3]! };
    default:
      return { ...row, [field]: v === null ? ["", "x", "null"][variant % 3]! : variant % 2 ? null : `${v as string}改` };
  }
}

const FIELDS: (keyof AuditChainRow)[] = [
  "id",
  "at",
  "userId",
  "username",
  "ip",
  "action",
  "targetType",
  "targetId",
  "detailJson",
  "prevHash",
  "hash",
  "hashAlg",
];

describe("property: changing any field of any row breaks verification at exactly that row", () => {
  test.each(AUDIT_HASH_ALGS.map((alg) => ({ alg })))("$alg chains (and mixed)", ({ alg }) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        fc.constantFrom(...FIELDS),
        fc.nat({ max: 5 }),
        fc.boolean(),
        (n, pick, field, variant, mixed) => {
          const chain = buildChain(KEY, rows(n, mixed ? (i) => AUDIT_HASH_ALGS[(i + pick) % 2]! : alg));
          const index = pick % n;
          const changed = mutate(chain[index]!, field, variant);
          const tampered = chain.map((r, i) => (i === index ? changed : r));
          const result = verifyChain(KEY, tampered);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.fault.id).toBe(changed.id);
          expect(!result.ok && result.fault.kind).not.toBe("link");
        },
      ),
      { numRuns: 400 },
    );
  });
});
