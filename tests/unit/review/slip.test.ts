import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/templates";
import { buildSlip, slipFigures, slipFileName } from "@/lib/review";

const t18 = getTemplate("gov-disclosure-2018");
const t21 = getTemplate("gov-disclosure-2021");
// 2031-01-20 10:05 Shanghai
const SIGNED = Date.parse("2031-01-20T10:05:00+08:00");

describe("the 报送单's key figures come from the template's value figures", () => {
  it.each([
    { template: t18, values: { A1: 1234567n, C1: 42n }, expected: [["主动公开政府信息数", "1,234,567条"], ["收到申请数", "42件"]] },
    {
      template: t21,
      values: { "R1.tot": 1000n, "R2.tot": 20n, "R3.7.tot": 990n, "R4.tot": 30n, "AR.total": 3n, "LD.total": 1n, "LA.total": 2n },
      expected: [
        ["收办申请数", "1,020件"],
        ["本年新收申请数", "1,000件"],
        ["自然人申请数", "—"],
        ["法人或其他组织申请数", "—"],
        ["办结申请数", "990件"],
        ["结转下年度继续办理", "30件"],
        ["行政复议案件数", "3件"],
        ["行政诉讼案件数", "3件"],
      ],
    },
  ])("$template.id", ({ template, values, expected }) => {
    expect(slipFigures(template, values as unknown as Record<string, bigint>).map((f) => [f.label, f.value])).toEqual(expected);
  });

  it("stops at the limit", () => {
    expect(slipFigures(t21, {}, 3)).toHaveLength(3);
  });
});

describe("buildSlip", () => {
  const base = { year: 2030, unitName: "区发改委", unitCode: "D1", template: t18, version: 3, values: { A1: 5n }, signerName: "李签发", signedAt: SIGNED };

  it("on time: unit, code, year, format, version, signer, Shanghai time, the seal box", () => {
    const s = buildSlip({ ...base, deadline: "2031-01-31" });
    expect(s.title).toBe("2030年度政府信息公开工作统计数据报送单");
    expect(Object.fromEntries(s.rows.map((r) => [r.label, r.value]))).toEqual({
      报送单位: "区发改委",
      单位代码: "D1",
      统计年度: "2030年度",
      报表格式: t18.name,
      数据版本: "第 3 版",
      签发人: "李签发",
      签发时间: "2031-01-20 10:05（北京时间）",
      报送期限: "2031-01-31",
      是否逾期: "否",
    });
    expect(s.late).toBe(false);
    expect(s.sealLabel).toBe("（单位盖章）");
  });

  it("late: 逾期 with its time past the end of the deadline day", () => {
    const s = buildSlip({ ...base, deadline: "2031-01-19" });
    expect(s.late).toBe(true);
    expect(s.lateText).toBe("逾期 10小时");
    expect(s.rows.find((r) => r.label === "是否逾期")!.value).toBe("逾期 10小时");
  });

  it("no deadline: never late", () => {
    expect(buildSlip({ ...base, deadline: null }).rows.find((r) => r.label === "报送期限")!.value).toBe("未设置");
  });

  it("is deterministic", () => {
    expect(buildSlip({ ...base, deadline: null })).toEqual(buildSlip({ ...base, deadline: null }));
    expect(slipFileName(2030, "区发改委", 3)).toBe("2030年度区发改委统计数据报送单（第3版）.pdf");
  });
});
