import { describe, expect, test } from "vitest";
import { type AuditCheckpoint, auditChainId, buildChain, formatCheckpoint, parseCheckpoints } from "@/lib/audit";

const CP: AuditCheckpoint = { chain: "1-0123456789abcdef", id: 42, at: 1795598361414, hash: "ab".repeat(32), key: "c8798f0fe0599ecf" };

describe("checkpoint lines", () => {
  test("are one JSON object per line and parse back", () => {
    const line = formatCheckpoint(CP);
    expect(line).toBe(`{"chain":"1-0123456789abcdef","id":42,"at":1795598361414,"hash":"${"ab".repeat(32)}","key":"c8798f0fe0599ecf"}\n`);
    expect(parseCheckpoints(line + formatCheckpoint({ ...CP, id: 43 }))).toEqual({ checkpoints: [CP, { ...CP, id: 43 }], malformed: 0 });
  });

  test.each([
    { label: "a line cut short by a crash", text: formatCheckpoint(CP) + formatCheckpoint(CP).slice(0, 30) },
    { label: "a line that is not JSON", text: formatCheckpoint(CP) + "garbage\n" },
    { label: "a line without a hash", text: formatCheckpoint(CP) + '{"chain":"x","id":1,"at":1,"key":"k"}\n' },
    { label: "a fractional id", text: formatCheckpoint(CP) + JSON.stringify({ ...CP, id: 1.5 }) + "\n" },
  ])("skip and count $label", ({ text }) => {
    expect(parseCheckpoints(text)).toEqual({ checkpoints: [CP], malformed: 1 });
  });

  test("blank lines and an empty file are nothing", () => {
    expect(parseCheckpoints("")).toEqual({ checkpoints: [], malformed: 0 });
    expect(parseCheckpoints("\n\n")).toEqual({ checkpoints: [], malformed: 0 });
  });
});

describe("auditChainId", () => {
  const [first] = buildChain(Buffer.alloc(32, 1), [
    { id: 1, at: 1000, userId: null, username: "cli", ip: null, action: "orgs.import", targetType: null, targetId: null, detailJson: null, hashAlg: "sha256" },
  ]);

  test("names a chain by its first row's id and a digest of its content", () => {
    expect(auditChainId(first!)).toMatch(/^1-[0-9a-f]{16}$/);
    expect(auditChainId({ ...first! })).toBe(auditChainId(first!));
  });

  test.each([
    { label: "a database loaded again (same id, another time)", change: { at: 1001 } },
    { label: "another first action", change: { action: "cycle.create" } },
  ])("differs for $label", ({ change }) => {
    expect(auditChainId({ ...first!, ...change })).not.toBe(auditChainId(first!));
  });
});
