import type { ReportOutline } from "./schema";
import { countOrNone, noneOr, regionOr, withGrowth } from "./sentence-helpers";

/**
 * The 2018 compiled report as the seed prints it: preface, 一 … 五, 附表, 附图. Figures are
 * the template's (lib/templates/gov-disclosure-2018.ts) plus the few below, which name their
 * cells through template figures so that no cell code is repeated here.
 */
export const outline2018 = {
  templateId: "gov-disclosure-2018",
  title: ["{unitName}{year}年", "政府信息公开工作年度报告"],
  preface: [
    {
      variants: [
        { when: { compiled: true }, text: "本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{compiler}综合{sources}{year}年度政府信息公开工作年度报告编制而成。" },
        { text: "本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。" },
      ],
    },
    "全文包括{#partNames|sep:、}{name}{/}，并附统计表及附图。",
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
      id: "overview",
      heading: "一、概述",
      name: "概述",
      blocks: [{ kind: "prose", id: "overview", prompt: "概述本年度政府信息公开工作的总体情况和主要做法。", required: true }],
      parts: [
        {
          id: "overview_organisation",
          heading: "（一）加强组织领导，推进公开制度化规范化",
          editableHeading: true,
          blocks: [{ kind: "prose", id: "overview_organisation", prompt: "组织领导、制度建设、考核培训和督查等情况。" }],
        },
        {
          id: "overview_platforms",
          heading: "（二）提高公开实效，推进政务公开平台建设",
          editableHeading: true,
          blocks: [{ kind: "prose", id: "overview_platforms", prompt: "政府网站、政务新媒体、政府公报和热线等平台建设情况。" }],
        },
        {
          id: "overview_services",
          heading: "（三）优化公开服务，提升政务服务实效",
          editableHeading: true,
          blocks: [{ kind: "prose", id: "overview_services", prompt: "“互联网+政务服务”和政务服务平台建设情况。" }],
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
            noneOr("published.value", "{year}年，{scope}未主动公开政府信息。", withGrowth("{year}年，{scope}主动公开政府信息{published.value}条", "published_growth")),
            "其中，{#published_split.parts|sep:，}{label}{value}条{/}。",
          ],
        },
        { kind: "prose", id: "proactive", prompt: "重点领域信息公开、政策解读和回应社会关切等情况。" },
      ],
    },
    {
      id: "requests",
      heading: "三、依申请公开情况",
      name: "依申请公开情况",
      parts: [
        {
          id: "requests_received",
          heading: "（一）申请情况",
          blocks: [
            {
              kind: "sentences",
              sentences: [
                noneOr("requests.value", "{year}年，{scope}全年未收到政府信息公开申请。", withGrowth("{year}年，{scope}共受理政府信息公开申请{requests.value}件", "requests_growth")),
                "其中，{#requests_split.parts|sep:；}{label}受理申请{value}件{/}。",
              ],
            },
            {
              kind: "sentences",
              sentences: [
                regionOr(
                  "区直机关申请量居前{requests_top_departments.items.length}位的是{#requests_top_departments.items|sep:、}{name}{/}。",
                  "{departmentsLabel}申请量居前{requests_top_departments.items.length}位的是{#requests_top_departments.items|sep:、}{name}{/}。",
                ),
                "{childrenLabel}申请量居前{requests_top_cities.items.length}位的是{#requests_top_cities.items|sep:、}{name}{/}。",
              ],
            },
            {
              kind: "sentences",
              sentences: ["从申请渠道看，{#main_channels.items|sep:、}{name}{/}是主要申请形式，分别占总申请量的{#main_channels.items|sep:、}{percent}%{/}。"],
            },
            { kind: "prose", id: "requests_received", prompt: "申请内容主要涉及的领域。" },
          ],
        },
        {
          id: "requests_handled",
          heading: "（二）申请处理情况",
          blocks: [
            {
              kind: "sentences",
              sentences: [
                countOrNone(
                  "requests.value",
                  "{scope}全年无需答复的政府信息公开申请。",
                  "{scope}共答复政府信息公开申请{disclosed_of_answers.denominator}件，办结率{closed_rate.percent}%。",
                ),
                "其中，予以公开（含属于已主动公开范围、同意公开和同意部分公开）{disclosed_of_answers.numerator}件，占全部答复{disclosed_of_answers.denominator}件的{disclosed_of_answers.percent}%。",
                "在可以答复是否公开的{disclosed_of_decidable.denominator}件中，公开比例为{disclosed_of_decidable.percent}%。",
              ],
            },
            {
              kind: "sentences",
              sentences: [
                "从答复类型看，“属于已主动公开范围”{answer_already_public.numerator}件，占{answer_already_public.percent}%；“同意公开”{answer_agreed.numerator}件，占{answer_agreed.percent}%；“同意部分公开”{answer_partly.numerator}件，占{answer_partly.percent}%；“不同意公开”{answer_refused.numerator}件，占{answer_refused.percent}%。",
                "其余{answers_other.value}件中，“申请信息不存在”{answer_nonexistent.numerator}件，占{answer_nonexistent.percent}%；“不属于本行政机关公开”{answer_not_ours.numerator}件，占{answer_not_ours.percent}%；“告知作出更改补充”{answer_amend.numerator}件，占{answer_amend.percent}%；“告知通过其他途径办理”{answer_redirect.numerator}件，占{answer_redirect.percent}%（以上比例均以全部答复数为基数）。",
              ],
            },
          ],
        },
        {
          id: "requests_fees",
          heading: "（三）依申请公开收费及减免情况",
          blocks: [
            {
              kind: "sentences",
              sentences: [
                {
                  variants: [
                    { when: [{ path: "fees.value", is: "zero" }, { compiled: true }], text: "各受理单位在依申请提供政府信息中，未收取任何费用。" },
                    { when: [{ path: "fees.value", is: "positive" }, { compiled: true }], text: "各受理单位在依申请提供政府信息中，共收取费用{fees.value}万元。" },
                    { when: { path: "fees.value", is: "zero" }, text: "{scope}在依申请提供政府信息中，未收取任何费用。" },
                    { when: { path: "fees.value", is: "positive" }, text: "{scope}在依申请提供政府信息中，共收取费用{fees.value}万元。" },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: "appeals",
      heading: "四、行政复议、行政诉讼及举报情况",
      name: "行政复议、行政诉讼及举报情况",
      parts: [
        {
          id: "appeals_review",
          heading: "（一）行政复议情况",
          blocks: [
            {
              kind: "sentences",
              sentences: [
                noneOr(
                  "review_upheld.denominator",
                  "{scope}未发生政府信息公开行政复议案件。",
                  regionOr("{scope}受理政府信息公开行政复议案件{review_upheld.denominator}件。", "{scope}因政府信息公开工作被申请行政复议{review_upheld.denominator}件。"),
                ),
                regionOr(
                  "其中，{#review_outcomes_seed.items|nonzero|sep:；}{name}{value}件，占总数{percent}%{/}。",
                  "其中，{#review_outcomes.items|nonzero|sep:；}{name}{value}件，占{percent}%{/}。",
                ),
              ],
            },
          ],
        },
        {
          id: "appeals_litigation",
          heading: "（二）行政诉讼情况",
          blocks: [
            {
              kind: "sentences",
              sentences: [
                noneOr(
                  "litigation_upheld.denominator",
                  "{scope}未发生政府信息公开行政诉讼案件。",
                  regionOr("{scope}各级法院审理政府信息公开行政诉讼案件{litigation_upheld.denominator}件。", "{scope}因政府信息公开工作被提起行政诉讼{litigation_upheld.denominator}件。"),
                ),
                regionOr(
                  "其中，{#litigation_outcomes_seed.items|nonzero|sep:；}{name}{value}件，占总数{percent}%{/}。",
                  "其中，{#litigation_outcomes.items|nonzero|sep:；}{name}{value}件，占{percent}%{/}。",
                ),
              ],
            },
          ],
        },
        {
          id: "appeals_complaints",
          heading: "（三）举报情况",
          blocks: [
            {
              kind: "sentences",
              sentences: [
                countOrNone("complaints.value", "{scope}全年未收到政府信息公开工作举报投诉。", "{scope}全年受理政府信息公开工作举报投诉{complaints.value}件。"),
              ],
            },
          ],
        },
      ],
    },
    {
      id: "outlook",
      heading: "五、存在问题及下一步工作打算",
      name: "存在问题及下一步工作打算",
      blocks: [
        { kind: "prose", id: "outlook_problems", prompt: "本年度工作存在的主要问题。", required: true },
        { kind: "prose", id: "outlook_plans", prompt: "下一年度的工作打算。", carryFrom: ["outlook_plans", "improvements"], required: true },
      ],
    },
  ],
  appendixTables: { heading: "附表", title: "{year}年{unitName}政府信息公开情况统计表", sections: ["stats"] },
  appendixCharts: {
    heading: "附图",
    charts: [
      { kind: "pie", id: "published_split_pie", title: "{year}年{scope}主动公开政府信息构成", figure: "published_split" },
      {
        kind: "bar",
        id: "channels_bar",
        title: "{year}年{scope}政府信息公开申请渠道",
        unit: "件",
        items: [
          { figure: "channel_in_person", name: "当面" },
          { figure: "channel_fax", name: "传真" },
          { figure: "channel_online", name: "网络" },
          { figure: "channel_letter", name: "信函" },
        ],
      },
    ],
  },
  figures: [
    {
      id: "answers_other",
      kind: "value",
      label: "不属于本机关、信息不存在、更改补充、其他途径的答复数",
      cells: [
        { figure: "answer_not_ours", part: "numerator" },
        { figure: "answer_nonexistent", part: "numerator" },
        { figure: "answer_amend", part: "numerator" },
        { figure: "answer_redirect", part: "numerator" },
      ],
    },
    {
      id: "main_channels",
      kind: "rank",
      label: "主要申请渠道",
      n: 2,
      items: [
        { figure: "channel_in_person", name: "当面" },
        { figure: "channel_fax", name: "传真" },
        { figure: "channel_online", name: "网络" },
        { figure: "channel_letter", name: "信函" },
      ],
    },
    {
      id: "review_outcomes_seed",
      kind: "list",
      label: "行政复议结果（自治区汇总报告用语）",
      items: [
        { figure: "review_upheld", name: "维持具体行政行为" },
        { figure: "review_corrected", name: "撤销具体行政行为、责令履行法定职责、确认违法等依法纠错" },
        { figure: "review_other", name: "申请人撤销申请或复议机关驳回申请等其他情形" },
      ],
    },
    {
      id: "review_outcomes",
      kind: "list",
      label: "行政复议结果",
      items: [
        { figure: "review_upheld", name: "维持具体行政行为" },
        { figure: "review_corrected", name: "被依法纠错" },
        { figure: "review_other", name: "其他情形" },
      ],
    },
    {
      id: "litigation_outcomes_seed",
      kind: "list",
      label: "行政诉讼结果（自治区汇总报告用语）",
      items: [
        { figure: "litigation_upheld", name: "维持具体行政行为或者判决驳回原告诉讼请求" },
        { figure: "litigation_corrected", name: "判决撤销行政行为、履行法定职责或确认违法等依法纠错" },
        { figure: "litigation_other", name: "原告撤诉等其他情形" },
      ],
    },
    {
      id: "litigation_outcomes",
      kind: "list",
      label: "行政诉讼结果",
      items: [
        { figure: "litigation_upheld", name: "维持具体行政行为或者判决驳回原告诉讼请求" },
        { figure: "litigation_corrected", name: "被依法纠错" },
        { figure: "litigation_other", name: "其他情形" },
      ],
    },
    // 举报投诉数量 (F) and 依申请公开收费 (G) are not template figures yet.
    { id: "complaints", kind: "value", label: "举报投诉数量", cells: ["F"] },
    { id: "fees", kind: "value", label: "依申请公开信息收取的费用", cells: ["G"] },
  ],
} as const satisfies ReportOutline;
