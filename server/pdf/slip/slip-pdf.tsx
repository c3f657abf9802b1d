import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { SlipModel } from "../../../lib/review/slip";
import { FONT_STACK } from "../report/fonts";
import { MM, PAGE, TITLE_SIZE } from "../report/layout";

const SIZE = 12; // 小四
const LINE = { borderColor: "#000", borderStyle: "solid" as const, borderRightWidth: 1, borderBottomWidth: 1, paddingVertical: 4, paddingHorizontal: 6 };
const text = { fontFamily: FONT_STACK.body, fontSize: SIZE, lineHeight: 1.35 };
const label = { ...text, fontFamily: FONT_STACK.heading };

type Pair = { label: string; value: string };

/** A ruled table of label/value pairs, `perRow` pairs side by side (cells are Views: borders on Text are unreliable). */
function Pairs({ pairs, perRow, labelWidth }: { pairs: Pair[]; perRow: number; labelWidth: number }) {
  const rows: Pair[][] = [];
  for (let i = 0; i < pairs.length; i += perRow) rows.push(pairs.slice(i, i + perRow));
  const valueWidth = 100 / perRow - labelWidth;
  return (
    <View style={{ borderColor: "#000", borderStyle: "solid", borderTopWidth: 1, borderLeftWidth: 1 }}>
      {rows.map((row, i) => (
        <View key={i} style={{ flexDirection: "row" }} wrap={false}>
          {Array.from({ length: perRow }, (_, j) => row[j] ?? { label: "", value: "" }).flatMap((p, j) => [
            <View key={`l${j}`} style={{ ...LINE, width: `${labelWidth}%` }}>
              <Text style={label}>{p.label}</Text>
            </View>,
            <View key={`v${j}`} style={{ ...LINE, width: `${valueWidth}%` }}>
              <Text style={text}>{p.value}</Text>
            </View>,
          ])}
        </View>
      ))}
    </View>
  );
}

/**
 * The 报送单 (one A4 page, GB/T 9704 margins): title, the submission's particulars, its key
 * figures, and an empty box for the unit's seal. Laid out from a `SlipModel` only.
 */
export function SlipPdf({ slip, createdAt }: { slip: SlipModel; createdAt: Date }) {
  return (
    <Document title={slip.title} author="年报编制系统" creator="年报编制系统" producer="年报编制系统" creationDate={createdAt} modificationDate={createdAt} language="zh-CN">
      <Page
        size="A4"
        style={{ paddingTop: PAGE.marginTop - 12 * MM, paddingLeft: PAGE.marginLeft, paddingRight: PAGE.marginRight, paddingBottom: PAGE.marginBottom - 10 * MM }}
      >
        <Text style={{ fontFamily: FONT_STACK.title, fontSize: TITLE_SIZE, lineHeight: 1.5, textAlign: "center", marginBottom: 6 * MM }}>{slip.title}</Text>
        <Pairs pairs={slip.rows} perRow={1} labelWidth={26} />
        {slip.late ? (
          <Text style={{ ...text, color: "#b00000", marginTop: 4 }}>注：本次签发晚于报送期限，{slip.lateText}。</Text>
        ) : null}
        <Text style={{ ...label, marginTop: 5 * MM, marginBottom: 2 * MM }}>主要数据</Text>
        <Pairs pairs={slip.figures} perRow={2} labelWidth={30} />
        <View style={{ flexDirection: "row", justifyContent: "flex-end", marginTop: 8 * MM }} wrap={false}>
          <View style={{ width: 60 * MM, height: 45 * MM, borderColor: "#000", borderWidth: 1, borderStyle: "dashed", justifyContent: "flex-end", alignItems: "center", paddingBottom: 4 * MM }}>
            <Text style={text}>{slip.sealLabel}</Text>
            <Text style={{ ...text, marginTop: 2 * MM }}>年　　月　　日</Text>
          </View>
        </View>
        <Text style={{ fontFamily: FONT_STACK.body, fontSize: 10.5, lineHeight: 1.5, marginTop: 8 * MM, color: "#333" }}>{slip.footnote}</Text>
      </Page>
    </Document>
  );
}
