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

/** Kinds outside their parent's sums unless the office includes them (垂直管理: reports to its own system). */
export const OUTSIDE_SUMS_KINDS = ["vertical"];

/** Kinds whose sum is a government's 本级 (the government itself and its departments), for a report covering the 本级 only. */
export const OWN_LEVEL_KINDS = ["gov_office", ...AGENCY_KINDS, "vertical"];
