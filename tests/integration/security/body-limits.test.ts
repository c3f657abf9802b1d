/**
 * Bodies are bounded before they are read: the session first (an anonymous request is answered
 * 401 without reading a byte), then the declared length, then a streaming read that stops at the
 * limit (a chunked body declares none), multipart parsed as it streams.
 */
import { describe, expect, it, vi } from "vitest";
import { BODY_LIMITS } from "@/server/next/body";
import { MAX_SCAN_BYTES } from "@/lib/review";
import { harness } from "../review/harness";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => (await import("../review/harness")).sessionModule());
vi.mock("@/server/next/request-info", async () => (await import("../review/harness")).requestInfoModule());

const save = (await import("@/app/api/stats/[year]/[orgCode]/route")).PUT;
const upload = (await import("@/app/api/stats/[year]/[orgCode]/attachments/route")).POST;

const YEAR = 2034;
const h = harness({ year: YEAR });
const filler = h.user("body-f", "王填报", "D1", "filler");
const params = h.params({ year: String(YEAR), orgCode: "D1" });
const CHUNK = 64 * 1024;

/** A body of `total` bytes made on demand, counting what the server pulled. */
function endless(total: number, head = new Uint8Array()) {
  const seen = { pulled: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = sent === 0 && head.length ? head : new Uint8Array(Math.min(CHUNK, total - sent)).fill(0x20);
      sent += chunk.length;
      seen.pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, seen };
}

function request(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return new Request(url, { method: headers["x-method"] ?? "PUT", headers, body, duplex: "half" } as RequestInit);
}

const MB = 1024 * 1024;

describe("a JSON command route", () => {
  it("answers an anonymous 100 MB body 401 without reading it", async () => {
    h.as(null);
    const { stream, seen } = endless(100 * MB);
    const res = await save(request(`http://x/api/stats/${YEAR}/D1`, stream, { "content-type": "application/json", "content-length": String(100 * MB) }), params);
    expect(res.status).toBe(401);
    expect(seen.pulled).toBeLessThanOrEqual(CHUNK);
  });

  it("refuses a declared length over the limit before reading", async () => {
    h.as(filler);
    const { stream, seen } = endless(100 * MB);
    const res = await save(request(`http://x/api/stats/${YEAR}/D1`, stream, { "content-type": "application/json", "content-length": String(100 * MB) }), params);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/请求内容过大（上限 256 KB）/);
    expect(seen.pulled).toBeLessThanOrEqual(CHUNK);
  });

  it("stops a chunked 200 MB body at the limit", async () => {
    h.as(filler);
    const { stream, seen } = endless(200 * MB, new TextEncoder().encode('{"values":{"A1":"'));
    const res = await save(request(`http://x/api/stats/${YEAR}/D1`, stream, { "content-type": "application/json" }), params);
    expect(res.status).toBe(413);
    expect(seen.pulled).toBeLessThanOrEqual(BODY_LIMITS.json + 2 * CHUNK);
  });

  it("still takes a normal save", async () => {
    h.as(filler);
    const body = new TextEncoder().encode(JSON.stringify({ values: { A1: "5" }, version: 0 }));
    const res = await save(request(`http://x/api/stats/${YEAR}/D1`, new Blob([body]).stream(), { "content-type": "application/json" }), params);
    expect(res.status).toBe(200);
  });
});

describe("the scan upload (multipart)", () => {
  const boundary = "----nianbao";
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`);
  const multipart = { "content-type": `multipart/form-data; boundary=${boundary}`, "x-method": "POST" };

  it("answers an anonymous upload 401 without reading it", async () => {
    h.as(null);
    const { stream, seen } = endless(200 * MB, head);
    const res = await upload(request(`http://x/api/stats/${YEAR}/D1/attachments`, stream, multipart), params);
    expect(res.status).toBe(401);
    expect(seen.pulled).toBeLessThanOrEqual(CHUNK);
  });

  it("stops a chunked 200 MB upload soon after the file limit, with the scan's message", async () => {
    h.as(filler);
    const { stream, seen } = endless(200 * MB, head);
    const res = await upload(request(`http://x/api/stats/${YEAR}/D1/attachments`, stream, multipart), params);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/不能超过 10 MB/);
    expect(seen.pulled).toBeLessThan(MAX_SCAN_BYTES + 4 * MB);
  });

  it("refuses a second file part", async () => {
    h.as(filler);
    const part = (name: string) => `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\nx\r\n`;
    const body = new TextEncoder().encode(part("a.png") + part("b.png") + `--${boundary}--\r\n`);
    const res = await upload(request(`http://x/api/stats/${YEAR}/D1/attachments`, new Blob([body]).stream(), multipart), params);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe("一次只能上传一个文件");
  });
});
