import { describe, expect, it } from "vitest";
import { anchorName, paragraphAnchors, prereviewState, textSha256, type PrereviewEvent } from "@/lib/report-prereview";
import type { ReportDocument, SkeletonItem } from "@/lib/report";

const ev = (kind: PrereviewEvent["kind"], at: number, text = "T1", draftVersion = 1): PrereviewEvent => ({ kind, at, textSha256: text, draftVersion, userName: kind === "send" ? "王填报" : "赵审核", note: null });
const OFFICE = { applies: true as const, office: "包头市" };

describe("prereviewState: the state from the events", () => {
  it.each([
    ["no events", [], "T1", "unsent", false, true],
    ["sent", [ev("send", 1)], "T1", "pending", false, true],
    ["sent, then the text changed (still waits: the reviewer reads it as it is)", [ev("send", 1)], "T2", "pending", false, true],
    ["returned", [ev("send", 1), ev("return", 2)], "T1", "returned", false, true],
    ["returned and sent again", [ev("send", 1), ev("return", 2), ev("send", 3, "T2")], "T2", "pending", false, true],
    ["cleared on this text", [ev("send", 1), ev("clear", 2)], "T1", "cleared", false, false],
    ["cleared, then the text changed", [ev("send", 1), ev("clear", 2)], "T2", "unsent", true, true],
    ["cleared on an older text, sent and cleared again", [ev("send", 1), ev("clear", 2), ev("send", 3, "T2"), ev("clear", 4, "T2")], "T2", "cleared", false, false],
    ["events out of order are sorted by time", [ev("clear", 2), ev("send", 1)], "T1", "cleared", false, false],
  ] as const)("%s", (_name, events, now, code, voided, blocks) => {
    const s = prereviewState(OFFICE, events, now);
    expect(s.code).toBe(code);
    expect(s.voided).toBe(voided);
    expect(s.blocker !== "").toBe(blocks);
    expect(s.summary).toContain("包头市");
  });

  it("no 预审 when the cycle has it off or there is no office above: nothing blocks", () => {
    const off = prereviewState({ applies: false, why: "off" }, [ev("send", 1)], "T1");
    expect(off).toMatchObject({ code: "none", label: "无需预审", blocker: "" });
    expect(off.summary).toBe("本周期未开启报告预审");
    expect(prereviewState({ applies: false, why: "root" }, [], "T1").summary).toBe("本单位没有上级机关，报告无需预审");
  });

  it("says whom the report waits for, in Chinese", () => {
    expect(prereviewState(OFFICE, [ev("send", 1)], "T1").blocker).toBe("报告正在包头市预审中，须等待包头市审核员预审通过后才能签发");
    expect(prereviewState(OFFICE, [], "T1").blocker).toBe("报告须经包头市预审通过后才能签发：请填报员或负责人送预审");
    expect(prereviewState(OFFICE, [ev("send", 1), ev("clear", 2)], "T2").summary).toBe("预审通过后报告正文已修改，须重新送包头市预审");
    expect(prereviewState(OFFICE, [ev("send", 1), ev("clear", 2)], "T1").summary).toBe("包头市已预审通过（赵审核）");
  });

  it("without the text fingerprint (the dashboard), a clearance counts while the draft version is the one cleared", () => {
    const events = [ev("send", 1, "T1", 3), ev("clear", 2, "T1", 3)];
    expect(prereviewState(OFFICE, events, null, 3).code).toBe("cleared");
    expect(prereviewState(OFFICE, events, null, 4)).toMatchObject({ code: "unsent", voided: true });
  });
});

describe("textSha256: the text the office clears", () => {
  const doc = (preface: string, body: string): ReportDocument => ({
    title: "某单位2025年政府信息公开工作年度报告",
    titleLines: [],
    meta: { templateId: "t", year: 2025, orgCode: "X", unitName: "某单位" },
    blocks: [
      { kind: "paragraph", role: "body", runs: [{ text: preface }] },
      { kind: "heading", level: 1, text: "一、总体情况" },
      { kind: "paragraph", role: "body", runs: [{ text: body }] },
    ],
  });
  it("leaves out the preface (contact fields) but not the body or the title", () => {
    const a = textSha256(doc("如有疑问请联系（电话：0472-1111111）。", "本年度工作稳步推进。"));
    expect(textSha256(doc("如有疑问请联系（电话：0472-2222222）。", "本年度工作稳步推进。"))).toBe(a);
    expect(textSha256(doc("如有疑问请联系（电话：0472-1111111）。", "本年度工作扎实推进。"))).not.toBe(a);
    expect(textSha256({ ...doc("x", "本年度工作稳步推进。"), title: "另一标题" })).not.toBe(textSha256(doc("x", "本年度工作稳步推进。")));
  });
});

describe("paragraphAnchors: what a comment is anchored to", () => {
  const skeleton: SkeletonItem[] = [
    { kind: "heading", partId: "general", level: 1, text: "一、总体情况", standard: "一、总体情况", editable: false },
    { kind: "prose", id: "general", prompt: "总体情况。" },
    { kind: "heading", partId: "general_proactive", level: 2, text: "（一）主动公开", standard: "（一）主动公开", editable: false },
    { kind: "prose", id: "general_proactive", prompt: "主动公开。", required: true },
    { kind: "heading", partId: "problems", level: 1, text: "五、存在的主要问题及改进情况", standard: "五、存在的主要问题及改进情况", editable: false },
    { kind: "prose", id: "problems", prompt: "问题。", required: true },
  ];
  it("lists written paragraphs under their headings, keeping each paragraph's index in its block (blank ones skipped)", () => {
    const anchors = paragraphAnchors(
      skeleton,
      { prose: { general_proactive: [[{ text: "第一段。" }], [{ text: "  " }], [{ text: "第三段。" }]], problems: [[{ text: "问题一。" }]] }, headings: {} },
      (p) => p.map((x) => ("text" in x ? x.text : "")).join(""),
    );
    expect(anchors.map((a) => [a.blockId, a.paragraph, a.heading, a.text])).toEqual([
      ["general_proactive", 0, "一、总体情况（一）主动公开", "第一段。"],
      ["general_proactive", 2, "一、总体情况（一）主动公开", "第三段。"],
      ["problems", 0, "五、存在的主要问题及改进情况", "问题一。"],
    ]);
    expect(anchorName(anchors[1]!)).toBe("一、总体情况（一）主动公开 第 3 段");
  });
});
