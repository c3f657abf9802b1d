/**
 * How a government's total splits by its direct children (ORG_KINDS in lib/import): 政府本级 /
 * 本级部门 / 下级政府 where all three exist, else 本级 / 下级政府. 垂直管理 units are in no group.
 * Labels are the unit's words (lib/report/wording).
 */
export const LOWER_GOVERNMENT_KINDS = ["league_city", "county", "township"];
export const AGENCY_KINDS = ["department", "dev_zone"];

export const LEVEL_GROUPINGS = [
  [
    { kinds: ["gov_office"], label: "{governmentLabel}" },
    { kinds: AGENCY_KINDS, label: "{departmentsLabel}" },
    { kinds: LOWER_GOVERNMENT_KINDS, label: "{childrenLabel}" },
  ],
  [
    { kinds: ["gov_office", ...AGENCY_KINDS], label: "{ownLabel}" },
    { kinds: LOWER_GOVERNMENT_KINDS, label: "{childrenLabel}" },
  ],
];
