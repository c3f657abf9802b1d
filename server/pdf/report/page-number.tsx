import { Canvas, Font } from "@react-pdf/renderer";
import { FAMILY, type FontFile, type FontPlan } from "./fonts";
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
export function pageNumberPainter(plan: Pick<FontPlan, "body" | "serifFallback">) {
  let page = 0;
  let font: FontFile | null = null;
  return (painter: Painter, width: number) => {
    page += 1;
    font ??= numberFace(plan);
    painter
      .font(font.src, font.postscriptName)
      .fontSize(PAGE_NUMBER_SIZE)
      .text(`— ${page} —`, 0, 0, { width, align: "center", lineBreak: false });
    return null;
  };
}

const NUMBER_CHARS = [..."— 0123456789"].map((c) => c.codePointAt(0)!);

/**
 * The body face when it has every character of a page number (a `<Text>` would fall back per
 * character; pdfkit's text() cannot), else the full-coverage serif. Painting comes after layout,
 * so react-pdf has loaded the body face by then.
 */
export function pageNumberFace(plan: Pick<FontPlan, "body" | "serifFallback">, body: GlyphCheck | null | undefined): FontFile {
  return !body || NUMBER_CHARS.every((c) => body.hasGlyphForCodePoint(c)) ? plan.body : plan.serifFallback;
}

type GlyphCheck = { hasGlyphForCodePoint(c: number): boolean };

// react-pdf types its loaded font narrowly; it is a fontkit font, which answers hasGlyphForCodePoint.
const numberFace = (plan: Pick<FontPlan, "body" | "serifFallback">) =>
  pageNumberFace(plan, Font.getFont({ fontFamily: FAMILY.body, fontWeight: 400 })?.data as GlyphCheck | null | undefined);

export function PageNumber({ paint }: { paint: ReturnType<typeof pageNumberPainter> }) {
  return (
    <Canvas
      fixed
      style={{ position: "absolute", top: PAGE_NUMBER_TOP, left: PAGE.marginLeft, right: PAGE.marginRight, height: PAGE_NUMBER_SIZE }}
      paint={paint as (painter: unknown, width: number) => null}
    />
  );
}
