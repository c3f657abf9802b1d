import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReportDocument } from "@/lib/report";
import { documentHash, prerenderCache } from "@/server/reports/preview-prerender";

const doc = (title: string) => ({ title }) as unknown as ReportDocument;

function setup(ttl = 1000) {
  const render = vi.fn((d: ReportDocument) => Promise.resolve(Buffer.from(JSON.stringify(d))));
  return { render, cache: prerenderCache(render, ttl) };
}

afterEach(() => vi.useRealTimers());

describe("the preview's render started by a save", () => {
  it("is taken once, by a request for the very same document and key", async () => {
    const { render, cache } = setup();
    cache.start("2025/150000/area/7", doc("A"));
    const taken = cache.take("2025/150000/area/7", doc("A"));
    expect(taken).not.toBeNull();
    expect((await taken!).toString()).toBe('{"title":"A"}');
    expect(cache.take("2025/150000/area/7", doc("A"))).toBeNull();
    expect(render).toHaveBeenCalledTimes(1);
  });

  it.each([
    { name: "another document (someone saved since)", key: "2025/150000/area/7", title: "B" },
    { name: "another user", key: "2025/150000/area/8", title: "A" },
    { name: "the other report of the unit", key: "2025/150000/own/7", title: "A" },
  ])("is not served for $name", ({ key, title }) => {
    const { cache } = setup();
    cache.start("2025/150000/area/7", doc("A"));
    expect(cache.take(key, doc(title))).toBeNull();
  });

  it("is forgotten after its time, and a newer save replaces it", () => {
    vi.useFakeTimers();
    const { render, cache } = setup(1000);
    cache.start("k", doc("A"));
    cache.start("k", doc("B"));
    expect(cache.take("k", doc("A"))).toBeNull();
    cache.start("k", doc("C"));
    vi.advanceTimersByTime(1001);
    expect(cache.take("k", doc("C"))).toBeNull();
    expect(render).toHaveBeenCalledTimes(3);
  });

  it("hashes documents by content", () => {
    expect(documentHash(doc("A"))).toBe(documentHash(doc("A")));
    expect(documentHash(doc("A"))).not.toBe(documentHash(doc("B")));
  });
});
