import { Text, View } from "@react-pdf/renderer";
import type { PrintedCell, PrintedTable } from "../../../lib/report/document";
import { FONT_STACK } from "./fonts";
import { TABLE_SIZE, TEXT_WIDTH } from "./layout";
import { bodyTree, columnWidths, headerTree, spanWidth, type BodyNode, type HeaderNode } from "./table-tree";

/* Edges as numbers, not the "0.75pt solid #000" shorthand: react-pdf parses a shorthand string for every cell of every render. */
const RULE = 0.75;
const EDGE = {
  right: { borderRightWidth: RULE, borderRightStyle: "solid", borderRightColor: "#000" },
  bottom: { borderBottomWidth: RULE, borderBottomStyle: "solid", borderBottomColor: "#000" },
  left: { borderLeftWidth: RULE, borderLeftStyle: "solid", borderLeftColor: "#000" },
  top: { borderTopWidth: RULE, borderTopStyle: "solid", borderTopColor: "#000" },
} as const;
const base = { fontFamily: FONT_STACK.body, fontSize: TABLE_SIZE, lineHeight: 1.3 };

/** One bordered cell: it draws its right and bottom edges; the header and each top-level row draw the left, the header the top. */
function Cell({ cell, width, header, grow }: { cell: PrintedCell; width: number; header?: boolean; grow?: boolean }) {
  const indent = cell.indent ? cell.indent * TABLE_SIZE : 0;
  return (
    <View
      style={{
        width,
        ...EDGE.right,
        ...EDGE.bottom,
        paddingVertical: 2.5,
        paddingLeft: 3 + indent,
        paddingRight: 3,
        justifyContent: "center",
        ...(grow ? { flexGrow: 1 } : {}),
      }}
    >
      <Text style={{ ...base, textAlign: cell.align, ...(header ? { fontFamily: FONT_STACK.heading } : {}) }}>
        {cell.text}
      </Text>
    </View>
  );
}

function HeaderBox({ node, widths }: { node: HeaderNode; widths: number[] }) {
  const width = spanWidth(widths, node.col, node.cell.colSpan);
  if (!node.children.length) return <Cell cell={node.cell} width={width} header />;
  return (
    <View style={{ width, flexDirection: "column" }}>
      <Cell cell={node.cell} width={width} header />
      <View style={{ flexDirection: "row", flexGrow: 1 }}>
        {node.children.map((c, i) => (
          <HeaderBox key={i} node={c} widths={widths} />
        ))}
      </View>
    </View>
  );
}

/** `edge`: a top-level row draws the table's left edge itself, so every page the table runs onto has it. */
function BodyBox({ node, widths, edge }: { node: BodyNode; widths: number[]; edge?: boolean }) {
  const left = edge ? EDGE.left : {};
  if (node.kind === "row") {
    return (
      <View style={{ flexDirection: "row", ...left }} wrap={false}>
        {node.cells.map(({ cell, col }, i) => (
          <Cell key={i} cell={cell} width={spanWidth(widths, col, cell.colSpan)} header={node.heading && i === 0} />
        ))}
      </View>
    );
  }
  const labelWidth = spanWidth(widths, node.col, node.cell.colSpan);
  // A spanning label must stay beside its rows: the group moves to the next page whole (official groups fit a page).
  return (
    <View style={{ flexDirection: "row", ...left }} wrap={false}>
      <Cell cell={node.cell} width={labelWidth} />
      <View style={{ flexDirection: "column", width: spanWidth(widths, node.col + node.cell.colSpan, widths.length) }}>
        {node.children.map((c, i) => (
          <BodyBox key={i} node={c} widths={widths} />
        ))}
      </View>
    </View>
  );
}

/** A table of at most this many body rows moves to the next page whole rather than leave its header alone at a page's foot. */
const UNSPLIT_ROWS = 6;

/** A statistics table in the official layout: merged multi-level headers, spanning labels, numbers right-aligned. */
export function PdfTable({ table, width = TEXT_WIDTH }: { table: PrintedTable; width?: number }) {
  const widths = columnWidths(table, width - 0.75, TABLE_SIZE);
  const header = headerTree(table.header, widths.length);
  return (
    <View style={{ width, marginBottom: 12 }} wrap={table.body.length > UNSPLIT_ROWS}>
      {/* Repeated at the top of every page the table runs onto, with the table's top and left edges. */}
      <View fixed style={{ flexDirection: "column", ...EDGE.top, ...EDGE.left }}>
        {table.title ? <Cell cell={{ text: table.title, colSpan: widths.length, rowSpan: 1, align: "center" }} width={spanWidth(widths, 0, widths.length)} header /> : null}
        <View style={{ flexDirection: "row" }}>
          {header.map((n, i) => (
            <HeaderBox key={i} node={n} widths={widths} />
          ))}
        </View>
      </View>
      {bodyTree(table.body).map((n, i) => (
        <BodyBox key={i} node={n} widths={widths} edge />
      ))}
    </View>
  );
}
