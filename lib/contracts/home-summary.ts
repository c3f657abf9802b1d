/** A unit's approved totals of a year, printed for the home page (server/home/summary). */
export type HomeSummary = {
  year: number;
  orgName: string;
  templateId: string;
  /** Cell code → printed value as the 附表 prints it: no separators, amounts at their scale. */
  values: Record<string, string>;
  /** The first split the template declares (自治区本级 vs 盟市), for the summary beside the table. */
  split: { label: string; value: string; share: string }[];
};
