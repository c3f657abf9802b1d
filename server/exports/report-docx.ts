import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from "docx";
import { runsText, type Block, type Chart, type PrintedCell, type PrintedTable, type ReportDocument } from "@/lib/report";
import { packTitle } from "../pdf/report/title-lines";
import { columnWidths } from "../pdf/report/table-tree";
import { CHART_WIDTH } from "../pdf/report/chart-scene";
import { chartImage, type ChartImage } from "./chart-png";

/**
 * East Asian faces by role, as offices have them (GB/T 9704: title 小标宋, body 仿宋_GB2312,
 * 一、 黑体, （一） 楷体_GB2312). Word and WPS substitute a face the machine lacks; `fallback` is
 * the face named for Latin text and digits and the one a reader without the office's fonts sees
 * for them (the PDF embeds its faces; a Word file cannot carry licensed ones).
 */
export const DOCX_FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading: "黑体",
  subheading: "楷体_GB2312",
  fallback: "Times New Roman",
} as const;

/** Twips (1/20 pt) of a length in millimetres. */
export const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** GB/T 9704-2012 on A4: 天头 37 mm, 订口 28 mm, right 26 mm, bottom 35 mm (as the PDF). */
export const PAGE_MM = { width: 210, height: 297, top: 37, left: 28, right: 26, bottom: 35 } as const;
const TEXT_WIDTH_TWIPS = mmToTwips(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);
/** 22 lines on the 225 mm text block (the PDF's LINE_PITCH), exact. */
const LINE_TWIPS = Math.round(mmToTwips(PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom) / 22);
/** Half-points: 2号 22 pt title, 3号 16 pt body, 4号 14 pt page number, 五号 10.5 pt tables. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21, caption: 36 } as const;

const font = (eastAsia: string): IRunOptions["font"] => ({ eastAsia, ascii: DOCX_FONTS.fallback, hAnsi: DOCX_FONTS.fallback, hint: "eastAsia" });
const bodyLine = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT } as const;
const twoChars = { firstLineChars: 200, firstLine: 640 } as const;

const HEADINGS = [
  { level: HeadingLevel.HEADING_1, face: DOCX_FONTS.heading, bold: false },
  { level: HeadingLevel.HEADING_2, face: DOCX_FONTS.subheading, bold: false },
  { level: HeadingLevel.HEADING_3, face: DOCX_FONTS.body, bold: true },
  { level: HeadingLevel.HEADING_4, face: DOCX_FONTS.body, bold: false },
] as const;

const headingStyles = HEADINGS.map((h, i) => ({
  id: `Heading${i + 1}`,
  name: `heading ${i + 1}`,
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { font: font(h.face), size: SIZE.body, bold: h.bold, color: "000000" },
  paragraph: { indent: twoChars, spacing: { ...bodyLine, before: 0, after: 0 }, keepNext: true, outlineLevel: i },
}));

function titleParagraphs(doc: ReportDocument): Paragraph[] {
  // The PDF's line packing: break only between the title's pieces, 22 pt on the 156 mm line.
  const lines = packTitle(doc.titleLines, (PAGE_MM.width - PAGE_MM.left - PAGE_MM.right) / (22 * 0.3528));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(SIZE.title * 10 * 1.5), lineRule: LineRuleType.EXACT, after: LINE_TWIPS },
      children: lines.map((text, i) => new TextRun({ text, font: font(DOCX_FONTS.title), size: SIZE.title, break: i > 0 ? 1 : 0 })),
    }),
  ];
}

const THIN = { style: BorderStyle.SINGLE, size: 6, color: "000000" } as const;
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN } as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(c: PrintedCell, width: number, opts: { header?: boolean; bold?: boolean } = {}): TableCell {
  return new TableCell({
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        alignment: ALIGN[c.align],
        indent: c.indent ? { left: c.indent * SIZE.table * 10 } : undefined,
        spacing: { line: 276, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text: c.text, size: SIZE.table, font: font(opts.header ? DOCX_FONTS.heading : DOCX_FONTS.body), bold: opts.bold })],
      }),
    ],
  });
}

/** A 附表 as a real Word table: the title row across all columns, merged header cells (repeated on every page), values as printed. */
function wordTable(table: PrintedTable): Table {
  const widths = columnWidths(table, TEXT_WIDTH_TWIPS, SIZE.table * 10).map(Math.round);
  const at = (col: number, span: number) => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const rows: TableRow[] = [];
  const place = (cells: PrintedCell[], taken: Set<number>) => {
    // A cell takes the first column not covered by a cell merged down from above.
    let col = 0;
    return cells.map((c) => {
      while (taken.has(col)) col++;
      const here = col;
      col += c.colSpan;
      return { c, col: here };
    });
  };
  const covered = new Map<number, Set<number>>();
  const cover = (row: number, col: number, c: PrintedCell) => {
    for (let r = row + 1; r < row + c.rowSpan; r++) for (let k = col; k < col + c.colSpan; k++) (covered.get(r) ?? covered.set(r, new Set()).get(r)!).add(k);
  };
  if (table.title) {
    rows.push(new TableRow({ tableHeader: true, children: [cell({ text: table.title, colSpan: widths.length, rowSpan: 1, align: "center" }, TEXT_WIDTH_TWIPS, { header: true })] }));
  }
  const all = [...table.header.map((cells) => ({ cells, header: true, heading: false })), ...table.body.map((r) => ({ cells: r.cells, header: false, heading: r.heading }))];
  all.forEach((r, i) => {
    const placed = place(r.cells, covered.get(i) ?? new Set());
    placed.forEach(({ c, col }) => cover(i, col, c));
    rows.push(
      new TableRow({
        tableHeader: r.header,
        cantSplit: true,
        children: placed.map(({ c, col }, k) => cell(c, at(col, c.colSpan), { header: r.header, bold: r.heading && k === 0 })),
      }),
    );
  });
  return new Table({ rows, width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: BORDERS });
}

/** Points to the pixels docx sizes an image in (96 per inch). */
const ptToPx = (pt: number) => Math.round((pt * 96) / 72);

/**
 * A chart under its title as a picture: the PNG of the one chart scene the PDF also draws
 * (server/exports/chart-png.ts), at the PDF's size, with its figures as the picture's alt text.
 */
function chartParts(chart: Chart, image: ChartImage): Paragraph[] {
  const figures = chart.kind === "pie" ? chart.slices.map((s) => `${s.label}${s.valueText}${chart.unit}（${s.percent}%）`) : chart.bars.map((b) => `${b.label}${b.valueText}${chart.unit}`);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: LINE_TWIPS / 2, after: 120 }, children: [new TextRun({ text: chart.title, font: font(DOCX_FONTS.heading), size: SIZE.body })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // Single (auto) spacing: the document's exact 22-line pitch would crop the picture to one line.
      spacing: { after: 240, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: "png",
          data: image.png,
          transformation: { width: ptToPx(image.width), height: ptToPx(image.height) },
          altText: { name: chart.id, title: chart.title, description: figures.join("；") },
        }),
      ],
    }),
  ];
}

function blockParts(b: Block, pageBreakBefore: boolean, images: Map<Chart, ChartImage>): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading": {
      const h = HEADINGS[b.level - 1]!;
      return [new Paragraph({ heading: h.level, children: [new TextRun({ text: b.text })] })];
    }
    case "paragraph":
      // One run per paragraph, as the PDF (a bound figure prints as its text).
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: twoChars,
          spacing: bodyLine,
          children: [new TextRun({ text: runsText(b.runs), font: font(DOCX_FONTS.body), size: SIZE.body, color: b.role === "prompt" ? "808080" : undefined })],
        }),
      ];
    case "table":
      return [wordTable(b.table), new Paragraph({ children: [] })];
    case "chart":
      return chartParts(b.chart, images.get(b.chart)!);
    case "appendix":
      return [
        new Paragraph({
          spacing: bodyLine,
          children: [...(pageBreakBefore ? [new PageBreak()] : []), new TextRun({ text: b.label, font: font(DOCX_FONTS.heading), size: SIZE.body })],
        }),
        ...(b.caption
          ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: b.caption, font: font(DOCX_FONTS.title), size: SIZE.caption })] })]
          : []),
      ];
  }
}

/**
 * The report as a Word document (.docx) that opens in Word and WPS, laid out as the PDF: GB/T
 * 9704 page (A4, margins 37/28/26/35 mm, 22 lines of 16 pt), the title in 小标宋, the body in
 * 仿宋_GB2312, headings 一、 as Heading 1 (黑体) and （一） as Heading 2 (楷体), the 附表 as Word
 * tables with merged header cells and values as printed (no thousands separators), each appendix
 * on a new page, and the page number "— N —" centred in the footer.
 */
export async function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const charts = doc.blocks.flatMap((b) => (b.kind === "chart" ? [b.chart] : []));
  const images = new Map(await Promise.all(charts.map(async (c) => [c, await chartImage(c, CHART_WIDTH)] as const)));
  const children = [...titleParagraphs(doc), ...doc.blocks.flatMap((b, i) => blockParts(b, i > 0, images))];
  const document = new Document({
    title: doc.title,
    creator: doc.meta.unitName,
    description: "年报编制系统生成",
    styles: {
      default: {
        document: { run: { font: font(DOCX_FONTS.body), size: SIZE.body }, paragraph: { spacing: bodyLine } },
      },
      paragraphStyles: headingStyles,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) },
            margin: {
              top: mmToTwips(PAGE_MM.top),
              left: mmToTwips(PAGE_MM.left),
              right: mmToTwips(PAGE_MM.right),
              bottom: mmToTwips(PAGE_MM.bottom),
              // The page number's line ends about 7 mm + one line below the text block.
              footer: mmToTwips(PAGE_MM.bottom - 7 - 5),
              header: mmToTwips(15),
            },
          },
          grid: { linePitch: LINE_TWIPS },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font(DOCX_FONTS.body), size: SIZE.pageNumber })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
