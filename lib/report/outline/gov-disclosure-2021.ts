import type { ReportOutline } from "./schema";
import { countOrNone, withGrowth } from "./sentence-helpers";

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
        { text: "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，由{compiler}综合{sources}{year}年度政府信息公开工作年度报告编制而成。" },
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
        { id: "general_proactive", heading: "（一）主动公开", blocks: [{ kind: "prose", id: "general_proactive", prompt: "主动公开工作的主要做法和成效。" }] },
        { id: "general_requests", heading: "（二）依申请公开", blocks: [{ kind: "prose", id: "general_requests", prompt: "依申请公开工作的主要做法和成效。" }] },
        { id: "general_management", heading: "（三）政府信息管理", blocks: [{ kind: "prose", id: "general_management", prompt: "政府信息管理（公开属性源头认定、动态调整、规范性文件清理等）情况。" }] },
        { id: "general_platforms", heading: "（四）政府信息公开平台建设", blocks: [{ kind: "prose", id: "general_platforms", prompt: "政府网站、政务新媒体、政府公报等平台建设情况。" }] },
        {
          id: "general_oversight",
          heading: "（五）监督保障",
          blocks: [{ kind: "prose", id: "general_oversight", prompt: "监督保障情况，包括工作考核、社会评议和责任追究结果情况。" }],
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
            "{year}年，{scope}制发规章{p1_reg_issued.value}件、行政规范性文件{p1_norm_issued.value}件，废止规章{p1_reg_repealed.value}件、行政规范性文件{p1_norm_repealed.value}件；现行有效规章{p1_reg_valid.value}件、行政规范性文件{p1_norm_valid.value}件。",
            "作出行政许可处理决定{p5_license.value}件、行政处罚决定{p6_penalty.value}件、行政强制决定{p6_coercion.value}件，收取行政事业性收费{p8_fee.value}万元。",
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
            withGrowth("{year}年，{scope}共收办政府信息公开申请{apply_total.value}件（本年新收{apply_new.value}件，上年结转{carried_in.value}件）", "apply_growth"),
            "从申请人看，自然人申请{natural_count.value}件，占{natural_share.percent}%；法人或其他组织申请{legal_count.value}件，占{legal_share.percent}%。",
            "从申请分布看，{#apply_split.parts|nonzero|sep:；}{label}{value}件{/}。",
          ],
        },
        {
          kind: "sentences",
          sentences: [
            "本级部门新收申请数居前{apply_top_department.items.length}位的是{#apply_top_department.items|sep:、}{name}{/}。",
            "盟市新收申请数居前{apply_top_league_city.items.length}位的是{#apply_top_league_city.items|sep:、}{name}{/}。",
          ],
        },
        {
          kind: "sentences",
          sentences: [
            "本年度办结申请{outcome_total.value}件，其中予以公开{open_share.numerator}件，占{open_share.percent}%；部分公开{partial_share.numerator}件，占{partial_share.percent}%；不予公开{withheld_share.numerator}件，占{withheld_share.percent}%；无法提供{unavailable_share.numerator}件，占{unavailable_share.percent}%；不予处理{not_processed_share.numerator}件，占{not_processed_share.percent}%；其他处理{other_handling_share.numerator}件，占{other_handling_share.percent}%。",
            "予以公开及部分公开合计{open_partial_share.numerator}件，占办结申请的{open_partial_share.percent}%。",
            "结转下年度继续办理{carry_over.value}件。",
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
            countOrNone("review_total.value", "{year}年，{scope}未发生政府信息公开行政复议案件。", "{year}年，{scope}发生政府信息公开行政复议案件{review_total.value}件。"),
            "其中，结果维持{review_upheld_share.numerator}件，占{review_upheld_share.percent}%；结果纠正{review_corrected_share.numerator}件，占{review_corrected_share.percent}%；其他结果{review_other_share.numerator}件，占{review_other_share.percent}%；尚未审结{review_pending_share.numerator}件，占{review_pending_share.percent}%。",
            countOrNone(
              "litigation_total.value",
              "未发生政府信息公开行政诉讼案件。",
              "发生政府信息公开行政诉讼案件{litigation_total.value}件（未经复议直接起诉{litigation_direct.value}件，复议后起诉{litigation_after_review.value}件）。",
            ),
            "其中，结果维持{litigation_upheld_share.numerator}件，占{litigation_upheld_share.percent}%；结果纠正{litigation_corrected_share.numerator}件，占{litigation_corrected_share.percent}%；其他结果{litigation_other_share.numerator}件，占{litigation_other_share.percent}%；尚未审结{litigation_pending_share.numerator}件，占{litigation_pending_share.percent}%。",
          ],
        },
        { kind: "tables", sections: ["s4"] },
      ],
    },
    {
      id: "problems",
      heading: "五、存在的主要问题及改进情况",
      name: "存在的主要问题及改进情况",
      blocks: [
        { kind: "prose", id: "problems", prompt: "本年度工作存在的主要问题。" },
        { kind: "prose", id: "improvements", prompt: "上一年度报告所列改进措施的落实情况和下一步改进措施。", carryFrom: ["improvements", "outlook_plans"] },
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
        { kind: "prose", id: "other", prompt: "其他需要报告的事项（如人大代表建议和政协提案办理结果公开、年度工作要点落实情况等）。" },
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
    { id: "p1_reg_issued", kind: "value", label: "本年制发规章", cells: ["P1.reg.issued"] },
    { id: "p1_reg_repealed", kind: "value", label: "本年废止规章", cells: ["P1.reg.repealed"] },
    { id: "p1_reg_valid", kind: "value", label: "现行有效规章", cells: ["P1.reg.valid"] },
    { id: "p1_norm_issued", kind: "value", label: "本年制发行政规范性文件", cells: ["P1.norm.issued"] },
    { id: "p1_norm_repealed", kind: "value", label: "本年废止行政规范性文件", cells: ["P1.norm.repealed"] },
    { id: "p1_norm_valid", kind: "value", label: "现行有效行政规范性文件", cells: ["P1.norm.valid"] },
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
