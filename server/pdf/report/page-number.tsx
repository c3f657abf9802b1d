import { Canvas } from "@react-pdf/renderer";
import type { FontFile } from "./fonts";
import { PAGE, PAGE_NUMBER_SIZE, PAGE_NUMBER_TOP } from "./layout";

/** The part of react-pdf's canvas painter (pdfkit underneath) the page number uses. */
type Painter = {
  font(src: string, family?: string): Painter;
  fontSize(size: number): Painter;
  text(text: string, x: number, y: number, options: { width: number; align: "center"; lineBreak: false }): Painter;
};

/**
 * "— N —" centred under the text block of every page (GB/T 9704), in the body face.
 *
 * Not a `<Text render={({ pageNumber }) => …}>`: react-pdf lays out everything still to come
 * again at each page break for a page holding a render prop, and every page once more at the
 * end, which was a third of a report's render time (the live preview waits for it). A fixed
 * canvas is laid out once and painted after pagination, page by page in document order, so
 * counting the paints numbers the pages. Make one painter per document and give it to the
 * <PageNumber> of each of its <Page>s: the count runs on across them.
 * The output is the same (pages compared pixel for pixel; pdftotext reads "— N —").
 */
export function pageNumberPainter(font: FontFile) {
  let page = 0;
  return (painter: Painter, width: number) => {
    page += 1;
    painter
      .font(font.src, font.postscriptName)
      .fontSize(PAGE_NUMBER_SIZE)
      .text(`— ${page} —`, 0, 0, { width, align: "center", lineBreak: false });
    return null;
  };
}

export function PageNumber({ paint }: { paint: ReturnType<typeof pageNumberPainter> }) {
  return (
    <Canvas
      fixed
      style={{ position: "absolute", top: PAGE_NUMBER_TOP, left: PAGE.marginLeft, right: PAGE.marginRight, height: PAGE_NUMBER_SIZE }}
      paint={paint as (painter: unknown, width: number) => null}
    />
  );
}
