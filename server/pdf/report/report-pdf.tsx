import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { Block, ReportDocument } from "../../../lib/report/document";
import { PdfChart } from "./charts";
import { FONT_STACK } from "./fonts";
import { BODY_SIZE, LINE_PITCH, PAGE, TEXT_WIDTH, TITLE_SIZE } from "./layout";
import { packTitle } from "./title-lines";
import { PageNumber, pageNumberPainter } from "./page-number";
import { registerReportFonts } from "./register-fonts";
import { PdfTable } from "./table";

const body = { fontFamily: FONT_STACK.body, fontSize: BODY_SIZE, lineHeight: LINE_PITCH / BODY_SIZE };
const indent = { textIndent: BODY_SIZE * 2 };

/** Heading faces by level: 一、 黑体; （一） 楷体; 1. 仿宋 bold; （1） 仿宋. Same size as the body, indented two characters. */
const HEADING = {
  1: { ...body, ...indent, fontFamily: FONT_STACK.heading },
  2: { ...body, ...indent, fontFamily: FONT_STACK.subheading },
  3: { ...body, ...indent, fontWeight: 700 as const },
  4: { ...body, ...indent },
};

function paragraphText(b: Extract<Block, { kind: "paragraph" }>): string {
  // One string per paragraph: a run boundary would be a break opportunity that skips 避头尾.
  return b.runs.map((r) => r.text).join("");
}

/** `first`: the block opens its own <Page>, so it needs no page break. */
function BlockView({ block, first = false }: { block: Block; first?: boolean }) {
  switch (block.kind) {
    case "heading":
      // A heading needs room for itself and two lines after it, or it moves to the next page.
      return (
        <Text style={HEADING[block.level]} minPresenceAhead={LINE_PITCH * 3}>
          {block.text}
        </Text>
      );
    case "paragraph":
      return <Text style={{ ...body, ...indent, textAlign: "justify", ...(block.role === "prompt" ? { color: "#808080" } : {}) }}>{paragraphText(block)}</Text>;
    case "table":
      return <PdfTable table={block.table} />;
    case "chart":
      return <PdfChart chart={block.chart} />;
    case "appendix":
      return (
        <View break={!first}>
          <Text style={{ ...body, fontFamily: FONT_STACK.heading }}>{block.label}</Text>
          {block.caption ? <Text style={{ fontFamily: FONT_STACK.title, fontSize: 18, lineHeight: 1.6, textAlign: "center", marginBottom: 12 }}>{block.caption}</Text> : null}
        </View>
      );
  }
}

const pageStyle = {
  paddingTop: PAGE.marginTop,
  paddingLeft: PAGE.marginLeft,
  paddingRight: PAGE.marginRight,
  paddingBottom: PAGE.marginBottom,
  ...body,
};

/**
 * The body, then each appendix (附表, 附图) as its own <Page>: an appendix starts a page anyway,
 * and react-pdf lays out what follows a page break again, so shorter runs render faster.
 */
function sections(blocks: Block[]): Block[][] {
  const out: Block[][] = [[]];
  for (const b of blocks) {
    if (b.kind === "appendix") out.push([]);
    out[out.length - 1]!.push(b);
  }
  return out;
}

/** The report on A4 in the GB/T 9704 layout, page numbers "— N —" centred under the text block. */
export function ReportPdf({ doc }: { doc: ReportDocument }) {
  const paintNumber = pageNumberPainter(registerReportFonts());
  return (
    <Document title={doc.title} author={doc.meta.unitName} creator="Nianbao 年报编制系统" producer="Nianbao 年报编制系统" language="zh-CN">
      {sections(doc.blocks).map((blocks, n) => (
        <Page key={n} size="A4" style={pageStyle}>
          {n === 0 ? (
            <View style={{ marginBottom: LINE_PITCH }}>
              {packTitle(doc.titleLines, TEXT_WIDTH / TITLE_SIZE).map((line, i) => (
                <Text key={i} style={{ fontFamily: FONT_STACK.title, fontSize: TITLE_SIZE, lineHeight: 1.5, textAlign: "center" }}>
                  {line}
                </Text>
              ))}
            </View>
          ) : null}
          {blocks.map((b, i) => (
            <BlockView key={i} block={b} first={n > 0 && i === 0} />
          ))}
          <PageNumber paint={paintNumber} />
        </Page>
      ))}
    </Document>
  );
}
