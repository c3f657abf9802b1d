import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { SlipModel } from "../../lib/review/slip";
import { FONT_STACK } from "../report-pdf/fonts";
import { MM, PAGE, TITLE_SIZE } from "../report-pdf/layout";

const SIZE = 14; // 四号
const border = { borderColor: "#000", borderStyle: "solid" as const };
const cell = { paddingVertical: 5, paddingHorizontal: 8, fontFamily: FONT_STACK.body, fontSize: SIZE, lineHeight: 1.4 };

function Rows({ rows, labelWidth }: { rows: { label: string; value: string }[]; labelWidth: string }) {
  return (
    <View style={{ ...border, borderTopWidth: 1, borderLeftWidth: 1 }}>
      {rows.map((r, i) => (
        <View key={i} style={{ flexDirection: "row" }} wrap={false}>
          <Text style={{ ...cell, ...border, width: labelWidth, borderRightWidth: 1, borderBottomWidth: 1, fontFamily: FONT_STACK.heading }}>{r.label}</Text>
          <Text style={{ ...cell, ...border, flex: 1, borderRightWidth: 1, borderBottomWidth: 1 }}>{r.value}</Text>
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
        style={{ paddingTop: PAGE.marginTop - 10 * MM, paddingLeft: PAGE.marginLeft, paddingRight: PAGE.marginRight, paddingBottom: PAGE.marginBottom }}
      >
        <Text style={{ fontFamily: FONT_STACK.title, fontSize: TITLE_SIZE, lineHeight: 1.5, textAlign: "center", marginBottom: 8 * MM }}>{slip.title}</Text>
        <Rows rows={slip.rows} labelWidth="28%" />
        {slip.late ? (
          <Text style={{ ...cell, paddingHorizontal: 0, color: "#b00000", marginTop: 4 }}>注：本次签发晚于报送期限，{slip.lateText}。</Text>
        ) : null}
        <Text style={{ fontFamily: FONT_STACK.heading, fontSize: SIZE, marginTop: 6 * MM, marginBottom: 3 * MM }}>主要数据</Text>
        <Rows rows={slip.figures} labelWidth="50%" />
        <View style={{ flexDirection: "row", justifyContent: "flex-end", marginTop: 10 * MM }} wrap={false}>
          <View style={{ width: 60 * MM, height: 45 * MM, ...border, borderWidth: 1, borderStyle: "dashed", justifyContent: "flex-end", alignItems: "center", paddingBottom: 4 * MM }}>
            <Text style={{ fontFamily: FONT_STACK.body, fontSize: SIZE }}>{slip.sealLabel}</Text>
            <Text style={{ fontFamily: FONT_STACK.body, fontSize: SIZE, marginTop: 2 * MM }}>年　　月　　日</Text>
          </View>
        </View>
        <Text style={{ fontFamily: FONT_STACK.body, fontSize: 10.5, lineHeight: 1.5, marginTop: 8 * MM, color: "#333" }}>{slip.footnote}</Text>
      </Page>
    </Document>
  );
}
