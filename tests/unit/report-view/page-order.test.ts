import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { drawOrder, inViewCount, type PageBox } from "@/components/report-view/page-order";

const pages = (n: number, h = 100, gap = 10): PageBox[] => Array.from({ length: n }, (_, i) => ({ top: i * (h + gap), height: h }));

describe("drawOrder: the preview draws what is in view first", () => {
  it.each([
    { name: "at the top", view: { top: 0, height: 150 }, order: [0, 1, 2, 3, 4], inView: 2 },
    { name: "scrolled to page 3", view: { top: 225, height: 90 }, order: [2, 1, 3, 0, 4], inView: 1 },
    { name: "between pages 2 and 3", view: { top: 150, height: 120 }, order: [1, 2, 0, 3, 4], inView: 2 },
    { name: "at the bottom", view: { top: 440, height: 110 }, order: [4, 3, 2, 1, 0], inView: 1 },
    { name: "in the gap after page 1", view: { top: 101, height: 8 }, order: [0, 1, 2, 3, 4], inView: 1 },
    // Found by the property below: page 4 ends exactly where the view starts, and page 5 is the one in view.
    { name: "a page ending at the view's top edge", view: { top: 430, height: 11 }, order: [4, 3, 2, 1, 0], inView: 1 },
    { name: "a page starting at the view's bottom edge", view: { top: 0, height: 110 }, order: [0, 1, 2, 3, 4], inView: 1 },
  ])("$name", ({ view, order, inView }) => {
    expect(drawOrder(pages(5), view)).toEqual(order);
    expect(inViewCount(pages(5), view)).toBe(inView);
  });

  it("is a permutation of the pages whatever the scroll, and starts with a page in view when there is one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 900 }), (n, top, height) => {
        const ps = pages(n);
        const order = drawOrder(ps, { top, height });
        expect([...order].sort((a, b) => a - b)).toEqual(ps.map((_, i) => i));
        const visible = ps.findIndex((p) => p.top < top + height && p.top + p.height > top);
        if (visible >= 0) expect(order[0]).toBe(visible);
      }),
    );
  });
});
