/** What the signed-in user has to do this reporting season, on the home page. */
export type HomeTodo = {
  year: number;
  /** The cycle's display label, or null. */
  label: string | null;
  /** For a 填报员 or 负责人: their unit's statistics this season, its status and deadline. */
  unit: { href: string; name: string; status: string; deadline: string | null; late: boolean } | null;
  /** For a 审核员: the review of their children. */
  reviewHref: string | null;
};
