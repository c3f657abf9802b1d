import { Circle, Line, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { Chart } from "../../../lib/report/document";
import { CHART_WIDTH, chartScene, LINE, textWidth, type ChartLabel, type ChartShape } from "./chart-scene";
import { FONT_STACK } from "./fonts";

function Shape({ s }: { s: ChartShape }) {
  switch (s.kind) {
    case "rect":
      return <Rect x={s.x} y={s.y} width={s.width} height={s.height} fill={s.fill} />;
    case "path":
      return <Path d={s.d} fill={s.fill} {...(s.stroke ? { stroke: s.stroke, strokeWidth: 1 } : {})} />;
    case "circle":
      return <Circle cx={s.cx} cy={s.cy} r={s.r} fill={s.fill} />;
    case "line":
      return <Line x1={s.x1} x2={s.x2} y1={s.y1} y2={s.y2} stroke={s.stroke} strokeWidth={s.width} />;
  }
}

/** A label as real text (searchable, selectable) in a box wide enough never to wrap, placed by its anchor. */
function Label({ l }: { l: ChartLabel }) {
  const width = textWidth(l.text, l.size) * 1.3 + 8;
  const left = l.anchor === "start" ? l.x : l.anchor === "middle" ? l.x - width / 2 : l.x - width;
  const textAlign = l.anchor === "start" ? "left" : l.anchor === "middle" ? "center" : "right";
  return <Text style={{ fontFamily: FONT_STACK.body, fontSize: l.size, lineHeight: LINE, color: l.color, position: "absolute", left, top: l.top, width, textAlign }}>{l.text}</Text>;
}

/** The chart's title, then its scene (server/pdf/report/chart-scene.ts, the one layout the SVG also draws): shapes as vectors, labels as text. */
export function PdfChart({ chart }: { chart: Chart }) {
  const scene = chartScene(chart, CHART_WIDTH);
  return (
    <View wrap={false} style={{ marginTop: 8, marginBottom: 16 }}>
      <Text style={{ fontFamily: FONT_STACK.heading, fontSize: 14, textAlign: "center", marginBottom: 14 }}>{chart.title}</Text>
      <View style={{ width: scene.width, height: scene.height, position: "relative", alignSelf: "center" }}>
        <Svg width={scene.width} height={scene.height} viewBox={`0 0 ${scene.width} ${scene.height}`}>
          {scene.shapes.map((s, i) => (
            <Shape key={i} s={s} />
          ))}
        </Svg>
        {scene.labels.map((l, i) => (
          <Label key={i} l={l} />
        ))}
      </View>
    </View>
  );
}
