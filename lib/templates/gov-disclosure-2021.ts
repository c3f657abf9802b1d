import type { TemplateDef } from "./schema";
import { AGENCY_KINDS, LEVEL_GROUPINGS, LOWER_GOVERNMENT_KINDS } from "./level-groupings";

/**
 * 政府信息公开工作年度报告统计表, the national format since 2019 as revised by 国办公开办函〔2021〕30号
 * (used from the 2021 reports on). Structure, codes and rules: docs/template-2021.md.
 *
 * Value cells: 二 P1 6 + P5 1 + P6 2 + P8 1; 三 25 rows x 7 = 175; 四 15; 六 信息处理费 3 = 203.
 * The official table has the first 200; 信息处理费 (F1–F3) is ours, marked `official: false`.
 *
 * The 四 table has a single value row without a code (its cells are `AR.upheld` … `LA.total`):
 * the compiler treats a leaf row without code in a table whose rows are all code-less as a value
 * row that adds nothing to the cell code.
 */
export const govDisclosure2021 = {
  id: "gov-disclosure-2021",
  name: "政府信息公开工作年度报告统计表（2021年修订版）",
  predecessors: ["gov-disclosure-2019"],
  defaults: { unit: "件", scale: 0 },
  sections: [
    {
      id: "s2",
      title: "二、主动公开政府信息情况",
      tables: [
        {
          id: "P1",
          title: "第二十条第（一）项",
          corner: "信息内容",
          layout: "grid",
          columns: [
            {
              label: "本年制发件数",
              code: "issued",
              short: "本年制发",
              meta: { note: "本年度（1月1日至12月31日）本机关制定并公布的件数。" },
            },
            {
              label: "本年废止件数",
              code: "repealed",
              short: "本年废止",
              meta: { note: "本年度本机关宣布废止或者失效的件数。" },
            },
            {
              label: "现行有效件数",
              code: "valid",
              short: "现行有效",
              meta: { note: "截至本年12月31日本机关制定的现行有效件数。" },
            },
          ],
          rows: [
            { label: "规章", code: "P1.reg", short: "规章" },
            { label: "行政规范性文件", code: "P1.norm", short: "行政规范性文件" },
          ],
        },
        {
          id: "P5",
          title: "第二十条第（五）项",
          corner: "信息内容",
          layout: "grid",
          columns: [{ label: "本年处理决定数量" }],
          rows: [
            {
              label: "行政许可",
              code: "P5.license",
              short: "行政许可处理决定",
              meta: { note: "本年度本机关作出的行政许可处理决定数量（含准予许可和不予许可）。" },
            },
          ],
        },
        {
          id: "P6",
          title: "第二十条第（六）项",
          corner: "信息内容",
          layout: "grid",
          columns: [{ label: "本年处理决定数量" }],
          rows: [
            {
              label: "行政处罚",
              code: "P6.penalty",
              short: "行政处罚决定",
              meta: { note: "本年度本机关作出的行政处罚决定数量。" },
            },
            {
              label: "行政强制",
              code: "P6.coercion",
              short: "行政强制决定",
              meta: { note: "本年度本机关作出的行政强制决定数量（含行政强制措施和行政强制执行）。" },
            },
          ],
        },
        {
          id: "P8",
          title: "第二十条第（八）项",
          corner: "信息内容",
          layout: "grid",
          columns: [{ label: "本年收费金额（单位：万元）" }],
          rows: [
            {
              label: "行政事业性收费",
              code: "P8.fee",
              short: "行政事业性收费金额",
              meta: {
                unit: "万元",
                scale: 4,
                note: "本年度本机关收取的行政事业性收费金额（含信息处理费），以万元计，最多保留4位小数。",
              },
            },
          ],
        },
      ],
    },
    {
      id: "s3",
      title: "三、收到和处理政府信息公开申请情况",
      tables: [
        {
          id: "apply",
          corner: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
          layout: "grid",
          columns: [
            {
              label: "申请人情况",
              children: [
                { label: "自然人", code: "np", short: "自然人" },
                {
                  label: "法人或其他组织",
                  short: "法人或其他组织",
                  children: [
                    { label: "商业企业", code: "biz", short: "商业企业" },
                    { label: "科研机构", code: "res", short: "科研机构" },
                    { label: "社会公益组织", code: "ngo", short: "社会公益组织" },
                    { label: "法律服务机构", code: "law", short: "法律服务机构" },
                    { label: "其他", code: "oth", short: "其他组织" },
                  ],
                },
                { label: "总计", code: "tot", short: "总计" },
              ],
            },
          ],
          rows: [
            {
              label: "一、本年新收政府信息公开申请数量",
              code: "R1",
              short: "本年新收",
              meta: { note: "本年度（1月1日至12月31日）本机关收到的政府信息公开申请件数，按申请人类型分列。" },
            },
            {
              label: "二、上年结转政府信息公开申请数量",
              code: "R2",
              short: "上年结转",
              meta: { note: "上年度收到、未办结而结转到本年度继续办理的申请件数，应等于上年报告的“结转下年度继续办理”。" },
            },
            {
              label: "三、本年度办理结果",
              short: "办理结果",
              children: [
                {
                  label: "（一）予以公开",
                  code: "R3.1",
                  short: "予以公开",
                  meta: { note: "所申请信息已主动公开并告知获取方式和途径，或者可以公开并向申请人提供的申请件数（条例第三十六条第（一）、（二）项）。" },
                },
                {
                  label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                  code: "R3.2",
                  short: "部分公开",
                  meta: { note: "所申请信息含有不应当公开或者不属于政府信息的内容，作区分处理后提供可以公开部分的申请件数（条例第三十七条）；只计这一情形。" },
                },
                {
                  label: "（三）不予公开",
                  short: "不予公开",
                  children: [
                    {
                      label: "1.属于国家秘密",
                      code: "R3.3.1",
                      short: "不予公开·属于国家秘密",
                      meta: { note: "所申请信息依法确定为国家秘密而不予公开的申请件数（条例第十四条）。" },
                    },
                    {
                      label: "2.其他法律行政法规禁止公开",
                      code: "R3.3.2",
                      short: "不予公开·法律行政法规禁止",
                      meta: { note: "所申请信息属于其他法律、行政法规禁止公开的信息而不予公开的申请件数（条例第十四条）。" },
                    },
                    {
                      label: "3.危及“三安全一稳定”",
                      code: "R3.3.3",
                      short: "不予公开·危及三安全一稳定",
                      meta: { note: "公开后可能危及国家安全、公共安全、经济安全、社会稳定而不予公开的申请件数（条例第十四条）。" },
                    },
                    {
                      label: "4.保护第三方合法权益",
                      code: "R3.3.4",
                      short: "不予公开·保护第三方权益",
                      meta: { note: "所申请信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害而不予公开的申请件数（条例第十五条）。" },
                    },
                    {
                      label: "5.属于三类内部事务信息",
                      code: "R3.3.5",
                      short: "不予公开·内部事务信息",
                      meta: { note: "所申请信息属于人事管理、后勤管理、内部工作流程等内部事务信息而不予公开的申请件数（条例第十六条第一款）。" },
                    },
                    {
                      label: "6.属于四类过程性信息",
                      code: "R3.3.6",
                      short: "不予公开·过程性信息",
                      meta: { note: "所申请信息属于讨论记录、过程稿、磋商信函、请示报告等过程性信息而不予公开的申请件数（条例第十六条第二款）。" },
                    },
                    {
                      label: "7.属于行政执法案卷",
                      code: "R3.3.7",
                      short: "不予公开·行政执法案卷",
                      meta: { note: "所申请信息属于行政执法案卷信息而不予公开的申请件数（条例第十六条第二款）。" },
                    },
                    {
                      label: "8.属于行政查询事项",
                      code: "R3.3.8",
                      short: "不予公开·行政查询事项",
                      meta: { note: "所申请信息属于工商、不动产登记资料等，法律、行政法规对获取有特别规定，告知申请人依照有关规定办理的申请件数（条例第三十六条第（七）项）。" },
                    },
                  ],
                },
                {
                  label: "（四）无法提供",
                  short: "无法提供",
                  children: [
                    {
                      label: "1.本机关不掌握相关政府信息",
                      code: "R3.4.1",
                      short: "无法提供·本机关不掌握",
                      meta: { note: "经检索本机关没有所申请信息，或者所申请信息不属于本机关负责公开，告知申请人的申请件数（条例第三十六条第（四）、（五）项）。" },
                    },
                    {
                      label: "2.没有现成信息需要另行制作",
                      code: "R3.4.2",
                      short: "无法提供·需另行制作",
                      meta: { note: "本机关没有现成信息，需要对现有政府信息进行加工、分析或者另行制作，因而不予提供的申请件数（条例第三十八条）。" },
                    },
                    {
                      label: "3.补正后申请内容仍不明确",
                      code: "R3.4.3",
                      short: "无法提供·补正后仍不明确",
                      meta: { note: "申请内容不明确，经告知补正后仍不明确，无法确定所申请信息的申请件数（条例第二十九条、第三十条）。" },
                    },
                  ],
                },
                {
                  label: "（五）不予处理",
                  short: "不予处理",
                  children: [
                    {
                      label: "1.信访举报投诉类申请",
                      code: "R3.5.1",
                      short: "不予处理·信访举报投诉",
                      meta: { note: "以政府信息公开申请的形式进行信访、投诉、举报等活动，告知不作为政府信息公开申请处理的件数（条例第三十九条第一款）。" },
                    },
                    {
                      label: "2.重复申请",
                      code: "R3.5.2",
                      short: "不予处理·重复申请",
                      meta: { note: "本机关已就申请作出答复，申请人重复申请公开相同政府信息，告知不予重复处理的件数（条例第三十六条第（六）项）。" },
                    },
                    {
                      label: "3.要求提供公开出版物",
                      code: "R3.5.3",
                      short: "不予处理·要求提供公开出版物",
                      meta: { note: "申请内容为要求提供政府公报、报刊、书籍等公开出版物，告知获取途径的申请件数（条例第三十九条第二款）。" },
                    },
                    {
                      label: "4.无正当理由大量反复申请",
                      code: "R3.5.4",
                      short: "不予处理·大量反复申请",
                      meta: { note: "申请数量、频次明显超过合理范围，申请人未说明理由或者理由不合理，告知不予处理的件数（条例第三十五条）。" },
                    },
                    {
                      label: "5.要求行政机关确认或重新出具已获取信息",
                      code: "R3.5.5",
                      short: "不予处理·要求确认或重新出具",
                      meta: { note: "申请人要求行政机关确认或者重新出具其已经获取的信息，告知不予处理的申请件数。" },
                    },
                  ],
                },
                {
                  label: "（六）其他处理",
                  short: "其他处理",
                  children: [
                    {
                      label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                      code: "R3.6.1",
                      short: "其他处理·逾期不补正",
                      meta: { note: "经告知补正，申请人无正当理由逾期不补正，视为放弃申请、本机关不再处理的件数（条例第三十条）。" },
                    },
                    {
                      label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                      code: "R3.6.2",
                      short: "其他处理·逾期未缴费",
                      meta: { note: "本机关依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知，申请人逾期未缴纳、视为放弃申请而不再处理的件数。" },
                    },
                    {
                      label: "3.其他",
                      code: "R3.6.3",
                      short: "其他处理·其他",
                      meta: { note: "不属于以上各项的其他处理情形的申请件数（如申请人撤回申请）。" },
                    },
                  ],
                },
                {
                  label: "（七）总计",
                  code: "R3.7",
                  short: "办理结果总计",
                  meta: { note: "本年度办结的申请件数，等于（一）至（六）各项之和。" },
                },
              ],
            },
            {
              label: "四、结转下年度继续办理",
              code: "R4",
              short: "结转下年度",
              meta: { note: "截至本年12月31日尚未办结、结转到下一年度继续办理的申请件数。" },
            },
          ],
        },
      ],
    },
    {
      id: "s4",
      title: "四、政府信息公开行政复议、行政诉讼情况",
      tables: [
        {
          id: "review",
          layout: "grid",
          columns: [
            {
              label: "行政复议",
              code: "AR",
              short: "行政复议",
              meta: { note: "本年度本机关作为被申请人的政府信息公开行政复议案件数，按复议结果分列；截至12月31日尚未作出复议决定的计入“尚未审结”。" },
              children: [
                { label: "结果维持", code: "upheld", short: "结果维持" },
                { label: "结果纠正", code: "corrected", short: "结果纠正" },
                { label: "其他结果", code: "other", short: "其他结果" },
                { label: "尚未审结", code: "pending", short: "尚未审结" },
                { label: "总计", code: "total", short: "总计" },
              ],
            },
            {
              label: "行政诉讼",
              short: "行政诉讼",
              meta: { note: "本年度本机关作为被告的政府信息公开行政诉讼案件数，按是否经过行政复议和裁判结果分列。" },
              children: [
                {
                  label: "未经复议直接起诉",
                  code: "LD",
                  short: "未经复议直接起诉",
                  meta: { note: "申请人未经行政复议直接提起的政府信息公开行政诉讼案件数，按裁判结果分列；截至12月31日尚未审结的计入“尚未审结”。" },
                  children: [
                    { label: "结果维持", code: "upheld", short: "结果维持" },
                    { label: "结果纠正", code: "corrected", short: "结果纠正" },
                    { label: "其他结果", code: "other", short: "其他结果" },
                    { label: "尚未审结", code: "pending", short: "尚未审结" },
                    { label: "总计", code: "total", short: "总计" },
                  ],
                },
                {
                  label: "复议后起诉",
                  code: "LA",
                  short: "复议后起诉",
                  meta: { note: "经行政复议后提起的政府信息公开行政诉讼案件数，按裁判结果分列；截至12月31日尚未审结的计入“尚未审结”。" },
                  children: [
                    { label: "结果维持", code: "upheld", short: "结果维持" },
                    { label: "结果纠正", code: "corrected", short: "结果纠正" },
                    { label: "其他结果", code: "other", short: "其他结果" },
                    { label: "尚未审结", code: "pending", short: "尚未审结" },
                    { label: "总计", code: "total", short: "总计" },
                  ],
                },
              ],
            },
          ],
          // One value row without a code: its cells are the column code paths (AR.upheld …).
          rows: [{ label: "", heading: false }],
        },
      ],
    },
    {
      id: "s6",
      title: "六、其他需要报告的事项",
      tables: [
        {
          id: "fee",
          title: "信息处理费",
          layout: "list",
          unitHeader: "单位",
          columns: [{ label: "数量" }],
          // Added by us beyond the official table's 200 cells (F1–F3).
          defaults: { official: false },
          rows: [
            {
              label: "发出收费通知件数",
              code: "F1",
              short: "收费通知件数",
              meta: {
                unit: "件",
                note: "按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知的申请件数。",
              },
            },
            {
              label: "收费通知金额",
              code: "F2",
              short: "收费通知金额",
              meta: {
                unit: "元",
                scale: 2,
                note: "本年度发出的收费通知所列信息处理费金额合计，以元计，保留2位小数。",
              },
            },
            {
              label: "实际收取金额",
              code: "F3",
              short: "实收信息处理费",
              meta: {
                unit: "元",
                scale: 2,
                note: "本年度申请人实际缴纳的信息处理费金额（按规定全额上缴国库），以元计，保留2位小数。",
              },
            },
          ],
        },
      ],
    },
  ],
  rules: [
    {
      id: "balance",
      kind: "linear",
      severity: "hard",
      label: "本年新收加上年结转等于办理结果总计加结转下年度",
      forEach: { table: "apply", over: "columns" },
      lhs: [{ cell: "R1.{col}" }, { cell: "R2.{col}" }],
      op: "=",
      rhs: [{ cell: "R3.7.{col}" }, { cell: "R4.{col}" }],
    },
    {
      id: "outcome_sum",
      kind: "linear",
      severity: "hard",
      label: "办理结果总计等于各项办理结果之和",
      forEach: { table: "apply", over: "columns" },
      computes: true,
      lhs: [{ cell: "R3.7.{col}" }],
      op: "=",
      rhs: [
        { cell: "R3.1.{col}" },
        { cell: "R3.2.{col}" },
        { cell: "R3.3.1.{col}" },
        { cell: "R3.3.2.{col}" },
        { cell: "R3.3.3.{col}" },
        { cell: "R3.3.4.{col}" },
        { cell: "R3.3.5.{col}" },
        { cell: "R3.3.6.{col}" },
        { cell: "R3.3.7.{col}" },
        { cell: "R3.3.8.{col}" },
        { cell: "R3.4.1.{col}" },
        { cell: "R3.4.2.{col}" },
        { cell: "R3.4.3.{col}" },
        { cell: "R3.5.1.{col}" },
        { cell: "R3.5.2.{col}" },
        { cell: "R3.5.3.{col}" },
        { cell: "R3.5.4.{col}" },
        { cell: "R3.5.5.{col}" },
        { cell: "R3.6.1.{col}" },
        { cell: "R3.6.2.{col}" },
        { cell: "R3.6.3.{col}" },
      ],
    },
    {
      id: "requester_sum",
      kind: "linear",
      severity: "hard",
      label: "总计等于各类申请人之和",
      forEach: { table: "apply", over: "rows" },
      computes: true,
      lhs: [{ cell: "{row}.tot" }],
      op: "=",
      rhs: [
        { cell: "{row}.np" },
        { cell: "{row}.biz" },
        { cell: "{row}.res" },
        { cell: "{row}.ngo" },
        { cell: "{row}.law" },
        { cell: "{row}.oth" },
      ],
    },
    {
      id: "ar_sum",
      kind: "linear",
      severity: "hard",
      label: "行政复议总计等于各项结果之和",
      computes: true,
      lhs: [{ cell: "AR.total" }],
      op: "=",
      rhs: [{ cell: "AR.upheld" }, { cell: "AR.corrected" }, { cell: "AR.other" }, { cell: "AR.pending" }],
    },
    {
      id: "ld_sum",
      kind: "linear",
      severity: "hard",
      label: "未经复议直接起诉总计等于各项结果之和",
      computes: true,
      lhs: [{ cell: "LD.total" }],
      op: "=",
      rhs: [{ cell: "LD.upheld" }, { cell: "LD.corrected" }, { cell: "LD.other" }, { cell: "LD.pending" }],
    },
    {
      id: "la_sum",
      kind: "linear",
      severity: "hard",
      label: "复议后起诉总计等于各项结果之和",
      computes: true,
      lhs: [{ cell: "LA.total" }],
      op: "=",
      rhs: [{ cell: "LA.upheld" }, { cell: "LA.corrected" }, { cell: "LA.other" }, { cell: "LA.pending" }],
    },
    {
      id: "fee_paid",
      kind: "linear",
      severity: "hard",
      label: "实际收取金额不超过收费通知金额",
      lhs: [{ cell: "F3" }],
      op: "<=",
      rhs: [{ cell: "F2" }],
    },
    {
      // F3 is 元 (scale 2), P8.fee is 万元 (scale 4); values compare as exact decimals, so x10000.
      id: "fee_p8",
      kind: "linear",
      severity: "hard",
      label: "信息处理费实收不超过行政事业性收费",
      lhs: [{ cell: "F3" }],
      op: "<=",
      rhs: [{ cell: "P8.fee", coef: 10000 }],
    },
    {
      // A warning, not a hard rule: a leaf cannot have last year reopened in January, and a
      // merged unit or last year's error is explained instead (issue 11).
      id: "carry",
      kind: "linear",
      severity: "warning",
      label: "上年结转等于上年结转下年度",
      forEach: { table: "apply", over: "columns" },
      lhs: [{ cell: "R2.{col}" }],
      op: "=",
      rhs: [{ cell: "R4.{col}", year: "previous" }],
      whenPreviousMissing: "warning",
    },
    {
      id: "p1_valid",
      kind: "linear",
      severity: "warning",
      label: "现行有效件数等于上年现行有效加本年制发减本年废止",
      forEach: { table: "P1", over: "rows" },
      lhs: [{ cell: "{row}.valid" }],
      op: "=",
      rhs: [
        { cell: "{row}.valid", year: "previous" },
        { cell: "{row}.issued" },
        { cell: "{row}.repealed", coef: -1 },
      ],
      whenPreviousMissing: "skip",
    },
    {
      // 规章 are made by the 自治区人民政府 and the governments of 设区的市 only (立法法 第九十三条);
      // elsewhere a count here is most likely a 行政规范性文件 in the wrong row. The office sets
      // the attribute per unit (organisations.rule_making).
      id: "reg_rule_making",
      kind: "linear",
      severity: "warning",
      label: "本单位没有规章制定权，规章件数应为0",
      unlessOrg: "rule_making",
      lhs: [{ cell: "P1.reg.issued" }, { cell: "P1.reg.repealed" }, { cell: "P1.reg.valid" }],
      op: "<=",
      rhs: [],
    },
    {
      id: "review_no_apply",
      kind: "implies",
      severity: "warning",
      label: "有复议诉讼案件但本年和上年均无申请",
      when: [{ cell: "AR.total" }, { cell: "LD.total" }, { cell: "LA.total" }],
      then: [{ cell: "R1.tot" }, { cell: "R2.tot" }, { cell: "R1.tot", year: "previous" }],
    },
    {
      id: "fee_notice",
      kind: "implies",
      severity: "warning",
      label: "因未缴费不再处理但未发出收费通知",
      when: [{ cell: "R3.6.2.tot" }],
      then: [{ cell: "F1" }],
    },
    {
      id: "change",
      kind: "change",
      severity: "warning",
      label: "与上年相比变化过大",
    },
  ],
  figures: [
    // 三: applications
    { id: "apply_total", kind: "value", label: "收办申请数", cells: ["R1.tot", "R2.tot"] },
    { id: "apply_new", kind: "value", label: "本年新收申请数", cells: ["R1.tot"] },
    { id: "apply_growth", kind: "growth", label: "收办申请数增长", cells: ["R1.tot", "R2.tot"] },
    { id: "natural_count", kind: "value", label: "自然人申请数", cells: ["R1.np", "R2.np"] },
    {
      id: "natural_share",
      kind: "share",
      label: "自然人申请占比",
      numerator: ["R1.np", "R2.np"],
      denominator: ["R1.tot", "R2.tot"],
    },
    {
      id: "legal_count",
      kind: "value",
      label: "法人或其他组织申请数",
      cells: ["R1.biz", "R1.res", "R1.ngo", "R1.law", "R1.oth", "R2.biz", "R2.res", "R2.ngo", "R2.law", "R2.oth"],
    },
    {
      id: "legal_share",
      kind: "share",
      label: "法人或其他组织申请占比",
      numerator: ["R1.biz", "R1.res", "R1.ngo", "R1.law", "R1.oth", "R2.biz", "R2.res", "R2.ngo", "R2.law", "R2.oth"],
      denominator: ["R1.tot", "R2.tot"],
    },
    {
      id: "apply_split",
      kind: "split",
      label: "收办申请数分布",
      cells: ["R1.tot", "R2.tot"],
      groupings: LEVEL_GROUPINGS,
    },
    { id: "apply_top_department", kind: "top", label: "新收申请数居前的本级部门", cells: ["R1.tot"], childKinds: AGENCY_KINDS, n: 3 },
    { id: "apply_top_league_city", kind: "top", label: "新收申请数居前的下级政府", cells: ["R1.tot"], childKinds: LOWER_GOVERNMENT_KINDS, n: 3 },
    // 三: outcomes (no subtotal rows in the table: 不予公开 … 其他处理 are derived here)
    { id: "outcome_total", kind: "value", label: "办结申请数", cells: ["R3.7.tot"] },
    { id: "open_share", kind: "share", label: "予以公开", numerator: ["R3.1.tot"], denominator: ["R3.7.tot"] },
    { id: "partial_share", kind: "share", label: "部分公开", numerator: ["R3.2.tot"], denominator: ["R3.7.tot"] },
    {
      id: "open_partial_share",
      kind: "share",
      label: "予以公开及部分公开",
      numerator: ["R3.1.tot", "R3.2.tot"],
      denominator: ["R3.7.tot"],
    },
    {
      id: "withheld_share",
      kind: "share",
      label: "不予公开",
      numerator: [
        "R3.3.1.tot",
        "R3.3.2.tot",
        "R3.3.3.tot",
        "R3.3.4.tot",
        "R3.3.5.tot",
        "R3.3.6.tot",
        "R3.3.7.tot",
        "R3.3.8.tot",
      ],
      denominator: ["R3.7.tot"],
    },
    {
      id: "unavailable_share",
      kind: "share",
      label: "无法提供",
      numerator: ["R3.4.1.tot", "R3.4.2.tot", "R3.4.3.tot"],
      denominator: ["R3.7.tot"],
    },
    {
      id: "not_processed_share",
      kind: "share",
      label: "不予处理",
      numerator: ["R3.5.1.tot", "R3.5.2.tot", "R3.5.3.tot", "R3.5.4.tot", "R3.5.5.tot"],
      denominator: ["R3.7.tot"],
    },
    {
      id: "other_handling_share",
      kind: "share",
      label: "其他处理",
      numerator: ["R3.6.1.tot", "R3.6.2.tot", "R3.6.3.tot"],
      denominator: ["R3.7.tot"],
    },
    { id: "carry_over", kind: "value", label: "结转下年度继续办理", cells: ["R4.tot"] },
    // 四: review and litigation
    { id: "review_total", kind: "value", label: "行政复议案件数", cells: ["AR.total"] },
    { id: "review_upheld_share", kind: "share", label: "复议结果维持", numerator: ["AR.upheld"], denominator: ["AR.total"] },
    { id: "review_corrected_share", kind: "share", label: "复议结果纠正", numerator: ["AR.corrected"], denominator: ["AR.total"] },
    { id: "review_other_share", kind: "share", label: "复议其他结果", numerator: ["AR.other"], denominator: ["AR.total"] },
    { id: "review_pending_share", kind: "share", label: "复议尚未审结", numerator: ["AR.pending"], denominator: ["AR.total"] },
    { id: "litigation_total", kind: "value", label: "行政诉讼案件数", cells: ["LD.total", "LA.total"] },
    { id: "litigation_direct", kind: "value", label: "未经复议直接起诉案件数", cells: ["LD.total"] },
    { id: "litigation_after_review", kind: "value", label: "复议后起诉案件数", cells: ["LA.total"] },
    {
      id: "litigation_upheld_share",
      kind: "share",
      label: "诉讼结果维持",
      numerator: ["LD.upheld", "LA.upheld"],
      denominator: ["LD.total", "LA.total"],
    },
    {
      id: "litigation_corrected_share",
      kind: "share",
      label: "诉讼结果纠正",
      numerator: ["LD.corrected", "LA.corrected"],
      denominator: ["LD.total", "LA.total"],
    },
    {
      id: "litigation_other_share",
      kind: "share",
      label: "诉讼其他结果",
      numerator: ["LD.other", "LA.other"],
      denominator: ["LD.total", "LA.total"],
    },
    {
      id: "litigation_pending_share",
      kind: "share",
      label: "诉讼尚未审结",
      numerator: ["LD.pending", "LA.pending"],
      denominator: ["LD.total", "LA.total"],
    },
    // 六: 信息处理费
    { id: "fee_notices", kind: "value", label: "发出收费通知件数", cells: ["F1"] },
    { id: "fee_noticed_amount", kind: "value", label: "收费通知金额", cells: ["F2"] },
    { id: "fee_collected", kind: "value", label: "实际收取信息处理费", cells: ["F3"] },
  ],
} satisfies TemplateDef;
