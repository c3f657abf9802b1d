import type { ReportOutline } from "./schema";
import { compiledOnly, countOrNone, noneOr, unlessZero, withGrowth } from "./sentence-helpers";

const requesterTypes = [
  { figure: "requester_np", name: "自然人" },
  { figure: "requester_biz", name: "商业企业" },
  { figure: "requester_res", name: "科研机构" },
  { figure: "requester_ngo", name: "社会公益组织" },
  { figure: "requester_law", name: "法律服务机构" },
  { figure: "requester_oth", name: "其他" },
];

/**
 * The national format since 2021 (国办公开办函〔2021〕30号): six mandatory parts, the statistics
 * tables printed inside parts 二, 三 and 四 as the format prescribes, the 信息处理费 in 六.
 */
export const outline2021 = {
  templateId: "gov-disclosure-2021",
  title: ["{unitName}{year}年", "政府信息公开工作年度报告"],
  preface: [
    {
      variants: [
        {
          when: { compiled: true },
          text: "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，由{compiler}综合{sources}{year}年度政府信息公开工作年度报告编制而成。",
        },
        { text: "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。" },
      ],
    },
    "全文包括{#partNames|sep:、}{name}{/}，并附统计图。",
    "本报告所列数据统计期限为{year}年1月1日至{year}年12月31日。",
    {
      variants: [
        { text: "本年度报告电子版可以从{downloadSite}（{downloadUrl}）下载。" },
        { text: "本年度报告电子版可以从{downloadUrl}下载。" },
      ],
    },
    {
      variants: [
        { text: "如对本年度报告有疑问，请与{contactOffice}联系（电话：{phone}，电子邮箱：{email}）。" },
        { text: "如对本年度报告有疑问，请与{contactOffice}联系（电话：{phone}）。" },
        { text: "如对本年度报告有疑问，请与{contactOffice}联系（电子邮箱：{email}）。" },
      ],
    },
  ],
  parts: [
    {
      id: "general",
      heading: "一、总体情况",
      name: "总体情况",
      blocks: [{ kind: "prose", id: "general", prompt: "本年度政府信息公开工作的总体情况。" }],
      parts: [
        { id: "general_proactive", heading: "（一）主动公开", blocks: [{ kind: "prose", id: "general_proactive", prompt: "主动公开工作的主要做法和成效。", required: true }] },
        { id: "general_requests", heading: "（二）依申请公开", blocks: [{ kind: "prose", id: "general_requests", prompt: "依申请公开工作的主要做法和成效。", required: true }] },
        { id: "general_management", heading: "（三）政府信息管理", blocks: [{ kind: "prose", id: "general_management", prompt: "政府信息管理（公开属性源头认定、动态调整、规范性文件清理等）情况。", required: true }] },
        { id: "general_platforms", heading: "（四）政府信息公开平台建设", blocks: [{ kind: "prose", id: "general_platforms", prompt: "政府网站、政务新媒体、政府公报等平台建设情况。", required: true }] },
        {
          id: "general_oversight",
          heading: "（五）监督保障",
          blocks: [{ kind: "prose", id: "general_oversight", prompt: "监督保障情况，包括工作考核、社会评议和责任追究结果情况。", required: true }],
        },
      ],
    },
    {
      id: "proactive",
      heading: "二、主动公开政府信息情况",
      name: "主动公开政府信息情况",
      blocks: [
        {
          kind: "sentences",
          sentences: [
            {
              variants: [
                { when: { path: "p1_all.value", is: "zero" }, text: "{year}年，{scope}未制发、废止规章和行政规范性文件，无现行有效的规章和行政规范性文件。" },
                // No 规章 at all (a unit without 规章制定权): the sentence names 行政规范性文件 only.
                {
                  when: { path: "p1_reg_all.value", is: "zero" },
                  text: "{year}年，{scope}制发行政规范性文件{p1_norm_issued.value}件，废止{p1_norm_repealed.value}件，现行有效{p1_norm_valid.value}件。",
                },
                {
                  text: "{year}年，{scope}制发规章{p1_reg_issued.value}件、行政规范性文件{p1_norm_issued.value}件，废止规章{p1_reg_repealed.value}件、行政规范性文件{p1_norm_repealed.value}件；现行有效规章{p1_reg_valid.value}件、行政规范性文件{p1_norm_valid.value}件。",
                },
              ],
            },
            {
              variants: [
                { when: [{ path: "p_decisions.value", is: "zero" }, { path: "p8_fee.value", is: "zero" }], text: "未作出行政许可、行政处罚、行政强制决定，未收取行政事业性收费。" },
                { text: "作出行政许可处理决定{p5_license.value}件、行政处罚决定{p6_penalty.value}件、行政强制决定{p6_coercion.value}件，收取行政事业性收费{p8_fee.value}万元。" },
              ],
            },
          ],
        },
        { kind: "tables", sections: ["s2"] },
      ],
    },
    {
      id: "requests",
      heading: "三、收到和处理政府信息公开申请情况",
      name: "收到和处理政府信息公开申请情况",
      blocks: [
        {
          kind: "sentences",
          sentences: [
            noneOr(
              "apply_total.value",
              "{year}年，{scope}全年未收到政府信息公开申请。",
              withGrowth("{year}年，{scope}共收办政府信息公开申请{apply_total.value}件（本年新收{apply_new.value}件，上年结转{carried_in.value}件）", "apply_growth"),
            ),
            "从申请人看，{#requester_groups.items|nonzero|sep:；}{name}申请{value}件，占{percent}%{/}。",
            compiledOnly("从申请分布看，{#apply_split.parts|nonzero|sep:；}{label}{value}件{/}。"),
          ],
        },
        {
          kind: "sentences",
          sentences: [
            compiledOnly("{departmentsLabel}新收申请数居前{apply_top_department.items.length}位的是{#apply_top_department.items|sep:、}{name}{/}。"),
            compiledOnly("{childrenLabel}新收申请数居前{apply_top_league_city.items.length}位的是{#apply_top_league_city.items|sep:、}{name}{/}。"),
          ],
        },
        {
          kind: "sentences",
          sentences: [
            "本年度办结申请{outcome_total.value}件，其中{#outcomes.items|nonzero|sep:；}{name}{value}件，占{percent}%{/}。",
            unlessZero("open_partial_share.numerator", "予以公开及部分公开合计{open_partial_share.numerator}件，占办结申请的{open_partial_share.percent}%。"),
            unlessZero("carry_over.value", "结转下年度继续办理{carry_over.value}件。"),
          ],
        },
        { kind: "tables", sections: ["s3"] },
      ],
    },
    {
      id: "appeals",
      heading: "四、政府信息公开行政复议、行政诉讼情况",
      name: "政府信息公开行政复议、行政诉讼情况",
      blocks: [
        {
          kind: "sentences",
          sentences: [
            {
              variants: [
                { when: { path: "appeals_total.value", is: "zero" }, text: "{year}年，{scope}未发生因政府信息公开引发的行政复议、行政诉讼。" },
                { when: { path: "litigation_total.value", is: "zero" }, text: "{year}年，{scope}因政府信息公开工作被申请行政复议{review_total.value}件，未被提起行政诉讼。" },
                { when: { path: "review_total.value", is: "zero" }, text: "{year}年，{scope}未因政府信息公开工作被申请行政复议，被提起行政诉讼{litigation_total.value}件。" },
                { text: "{year}年，{scope}因政府信息公开工作被申请行政复议{review_total.value}件、被提起行政诉讼{litigation_total.value}件。" },
              ],
            },
            "行政复议{#review_outcomes.items|nonzero|sep:，}{name}{value}件{/}。",
            "行政诉讼中，{#litigation_routes.items|nonzero|sep:、}{name}{value}件{/}；{#litigation_outcomes.items|nonzero|sep:，}{name}{value}件{/}。",
          ],
        },
        { kind: "tables", sections: ["s4"] },
        {
          kind: "sentences",
          sentences: [
            // An LA case names the 复议机关 as co-defendant: an area's sum counts it at both.
            {
              variants: [
                {
                  when: [{ compiled: true }, { path: "litigation_after_review.value", is: "nonzero" }],
                  text: "注：复议后起诉的案件以原行政机关和复议机关为共同被告，两者分别统计，汇总数据中同一案件可能计入两次。",
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: "problems",
      heading: "五、存在的主要问题及改进情况",
      name: "存在的主要问题及改进情况",
      blocks: [
        { kind: "prose", id: "problems", prompt: "本年度工作存在的主要问题。", required: true },
        { kind: "prose", id: "improvements", prompt: "上一年度报告所列改进措施的落实情况和下一步改进措施。", carryFrom: ["improvements", "outlook_plans"], required: true },
      ],
    },
    {
      id: "other",
      heading: "六、其他需要报告的事项",
      name: "其他需要报告的事项",
      blocks: [
        {
          kind: "sentences",
          sentences: [
            countOrNone(
              "fee_notices.value",
              "{year}年，{scope}未发出政府信息公开信息处理费收费通知，未收取信息处理费。",
              "{year}年，{scope}依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知{fee_notices.value}件，收费通知金额{fee_noticed_amount.value}元，实际收取信息处理费{fee_collected.value}元。",
            ),
          ],
        },
        { kind: "prose", id: "other", prompt: "其他需要报告的事项（如人大代表建议和政协提案办理结果公开、年度工作要点落实情况等）。", whenUnwritten: "无其他需要报告的事项。" },
      ],
    },
  ],
  appendixCharts: {
    heading: "附图",
    charts: [
      { kind: "pie", id: "apply_split_pie", title: "{year}年{scope}收办政府信息公开申请分布", figure: "apply_split" },
      { kind: "bar", id: "requester_bar", title: "{year}年{scope}政府信息公开申请人类型", unit: "件", items: requesterTypes },
    ],
  },
  figures: [
    { id: "carried_in", kind: "value", label: "上年结转申请数", cells: ["R2.tot"] },
    { id: "p1_reg_all", kind: "value", label: "规章合计", cells: ["P1.reg.issued", "P1.reg.repealed", "P1.reg.valid"] },
    {
      id: "p1_all",
      kind: "value",
      label: "规章和行政规范性文件合计",
      cells: ["P1.reg.issued", "P1.reg.repealed", "P1.reg.valid", "P1.norm.issued", "P1.norm.repealed", "P1.norm.valid"],
    },
    {
      id: "requester_groups",
      kind: "list",
      label: "申请人类型",
      items: [
        { figure: "natural_share", name: "自然人" },
        { figure: "legal_share", name: "法人或其他组织" },
      ],
    },
    {
      id: "outcomes",
      kind: "list",
      label: "办理结果",
      items: [
        { figure: "open_share", name: "予以公开" },
        { figure: "partial_share", name: "部分公开" },
        { figure: "withheld_share", name: "不予公开" },
        { figure: "unavailable_share", name: "无法提供" },
        { figure: "not_processed_share", name: "不予处理" },
        { figure: "other_handling_share", name: "其他处理" },
      ],
    },
    { id: "appeals_total", kind: "value", label: "行政复议和行政诉讼案件合计", cells: ["AR.total", "LD.total", "LA.total"] },
    {
      id: "review_outcomes",
      kind: "list",
      label: "行政复议结果",
      items: [
        { figure: "review_upheld_share", name: "结果维持" },
        { figure: "review_corrected_share", name: "结果纠正" },
        { figure: "review_other_share", name: "其他结果" },
        { figure: "review_pending_share", name: "尚未审结" },
      ],
    },
    {
      id: "litigation_routes",
      kind: "list",
      label: "行政诉讼起诉方式",
      items: [
        { figure: "litigation_direct", name: "未经复议直接起诉" },
        { figure: "litigation_after_review", name: "复议后起诉" },
      ],
    },
    {
      id: "litigation_outcomes",
      kind: "list",
      label: "行政诉讼结果",
      items: [
        { figure: "litigation_upheld_share", name: "结果维持" },
        { figure: "litigation_corrected_share", name: "结果纠正" },
        { figure: "litigation_other_share", name: "其他结果" },
        { figure: "litigation_pending_share", name: "尚未审结" },
      ],
    },
    { id: "p1_reg_issued", kind: "value", label: "本年制发规章", cells: ["P1.reg.issued"] },
    { id: "p1_reg_repealed", kind: "value", label: "本年废止规章", cells: ["P1.reg.repealed"] },
    { id: "p1_reg_valid", kind: "value", label: "现行有效规章", cells: ["P1.reg.valid"] },
    { id: "p1_norm_issued", kind: "value", label: "本年制发行政规范性文件", cells: ["P1.norm.issued"] },
    { id: "p1_norm_repealed", kind: "value", label: "本年废止行政规范性文件", cells: ["P1.norm.repealed"] },
    { id: "p1_norm_valid", kind: "value", label: "现行有效行政规范性文件", cells: ["P1.norm.valid"] },
    { id: "p_decisions", kind: "value", label: "行政许可、处罚、强制决定合计", cells: ["P5.license", "P6.penalty", "P6.coercion"] },
    { id: "p5_license", kind: "value", label: "行政许可处理决定", cells: ["P5.license"] },
    { id: "p6_penalty", kind: "value", label: "行政处罚决定", cells: ["P6.penalty"] },
    { id: "p6_coercion", kind: "value", label: "行政强制决定", cells: ["P6.coercion"] },
    { id: "p8_fee", kind: "value", label: "行政事业性收费金额", cells: ["P8.fee"] },
    { id: "requester_np", kind: "value", label: "自然人收办申请", cells: ["R1.np", "R2.np"] },
    { id: "requester_biz", kind: "value", label: "商业企业收办申请", cells: ["R1.biz", "R2.biz"] },
    { id: "requester_res", kind: "value", label: "科研机构收办申请", cells: ["R1.res", "R2.res"] },
    { id: "requester_ngo", kind: "value", label: "社会公益组织收办申请", cells: ["R1.ngo", "R2.ngo"] },
    { id: "requester_law", kind: "value", label: "法律服务机构收办申请", cells: ["R1.law", "R2.law"] },
    { id: "requester_oth", kind: "value", label: "其他组织收办申请", cells: ["R1.oth", "R2.oth"] },
  ],
} as const satisfies ReportOutline;
