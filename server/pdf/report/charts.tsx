import { Path, Circle, Rect, Line, Svg, Text, View } from "@react-pdf/renderer";
import type { BarChart, Chart, PieChart } from "../../../lib/report/document";
import { FONT_STACK } from "./fonts";
import { TEXT_WIDTH } from "./layout";
import { barGeometry, pieSlices, CHART_COLORS } from "./chart-geometry";

const label = { fontFamily: FONT_STACK.body, fontSize: 10.5 };

/** Pie of a split: slices as vector paths, whole-percent labels on the slices, a legend with the amounts. */
function Pie({ chart }: { chart: PieChart }) {
  const size = 180;
  const slices = pieSlices(chart.slices.map((s) => s.value), size / 2);
  return (
    <View style={{ flexDirection: "row", alignItems: "center", justifyContent: "center" }}>
      <View style={{ width: size, height: size, position: "relative" }}>
        <Svg width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
          {slices.map((s, i) =>
            s.full ? (
              <Circle key={i} cx={size / 2} cy={size / 2} r={size / 2} fill={CHART_COLORS[i % CHART_COLORS.length]!} />
            ) : (
              <Path key={i} d={s.path} fill={CHART_COLORS[i % CHART_COLORS.length]!} stroke="#ffffff" strokeWidth={1} />
            ),
          )}
        </Svg>
        {slices.map((s, i) => (
          <Text key={i} style={{ ...label, position: "absolute", left: s.labelX - 20, top: s.labelY - 8, width: 40, textAlign: "center", color: "#ffffff", fontSize: 14 }}>
            {chart.slices[i]!.percent}%
          </Text>
        ))}
      </View>
      <View style={{ marginLeft: 28 }}>
        {chart.slices.map((s, i) => (
          <View key={i} style={{ flexDirection: "row", alignItems: "center", marginBottom: 8 }}>
            <View style={{ width: 12, height: 12, backgroundColor: CHART_COLORS[i % CHART_COLORS.length]!, marginRight: 6 }} />
            <Text style={label}>
              {s.label} {s.valueText}
              {chart.unit}（{s.percent}%）
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** Bars with the amount above each bar and the category under it, on a light grid. */
function Bars({ chart }: { chart: BarChart }) {
  const width = TEXT_WIDTH - 40;
  const height = 200;
  const g = barGeometry(chart.bars.map((b) => b.value), width, height);
  return (
    <View style={{ width, height: height + 32, position: "relative", alignSelf: "center" }}>
      <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {g.ticks.map((t, i) => (
          <Line key={i} x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} stroke={i === 0 ? "#000000" : "#cccccc"} strokeWidth={i === 0 ? 0.75 : 0.5} />
        ))}
        {g.bars.map((b, i) => (
          <Rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill={CHART_COLORS[0]!} />
        ))}
      </Svg>
      {g.ticks.map((t, i) => (
        <Text key={`t${i}`} style={{ ...label, fontSize: 9, position: "absolute", left: 0, width: g.plot.left - 4, top: t.y - 6, textAlign: "right" }}>
          {t.label}
        </Text>
      ))}
      {g.bars.map((b, i) => (
        <Text key={`v${i}`} style={{ ...label, position: "absolute", left: b.x - 20, width: b.width + 40, top: b.y - 16, textAlign: "center" }}>
          {chart.bars[i]!.valueText}
        </Text>
      ))}
      {g.bars.map((b, i) => (
        <Text key={`c${i}`} style={{ ...label, position: "absolute", left: b.slotX + 1, width: b.slotWidth - 2, top: height + 4, textAlign: "center", lineHeight: 1.2 }}>
          {chart.bars[i]!.label}
        </Text>
      ))}
      <Text style={{ ...label, fontSize: 9, position: "absolute", left: 0, width: g.plot.left - 4, top: 0, textAlign: "right" }}>（{chart.unit}）</Text>
    </View>
  );
}

export function PdfChart({ chart }: { chart: Chart }) {
  return (
    <View wrap={false} style={{ marginTop: 8, marginBottom: 16 }}>
      <Text style={{ fontFamily: FONT_STACK.heading, fontSize: 14, textAlign: "center", marginBottom: 14 }}>{chart.title}</Text>
      {chart.kind === "pie" ? <Pie chart={chart} /> : <Bars chart={chart} />}
    </View>
  );
}
