/** A page's place in the scrolled preview, in CSS pixels from the top of the scrolled content. */
export type PageBox = { top: number; height: number };

/**
 * The order to draw a new version's pages in: those in view first (top to bottom), then the rest
 * from the nearest outwards, so what the writer looks at changes first.
 */
export function drawOrder(pages: PageBox[], view: { top: number; height: number }): number[] {
  const bottom = view.top + view.height;
  // A page that only touches the view's edge is not in view: it ranks after every page that is.
  const distance = (p: PageBox) => (p.top + p.height <= view.top ? 1 + view.top - (p.top + p.height) : p.top >= bottom ? 1 + p.top - bottom : 0);
  return pages
    .map((p, i) => ({ i, d: distance(p) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.i);
}

/** How many pages of drawOrder's order are in view (at least one, so a preview always shows something first). */
export function inViewCount(pages: PageBox[], view: { top: number; height: number }): number {
  const bottom = view.top + view.height;
  return Math.max(1, pages.filter((p) => p.top < bottom && p.top + p.height > view.top).length);
}
