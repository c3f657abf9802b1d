/** A unit as the organisation page shows it. */
export type OrgRow = {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  active: boolean;
  predecessorId: number | null;
  /** 规章制定权 (organisations.rule_making). */
  ruleMaking: boolean;
  /** Submissions in any cycle (a unit with any is never deleted). */
  submissions: number;
  users: number;
};

/** A unit offered in a picker. */
export type OrgOption = { value: string; label: string };

/** Picker options for units, "名称（代码）", active ones only unless asked. */
export function orgOptions<T extends Pick<OrgRow, "code" | "name" | "active">>(orgs: readonly T[], keep: (o: T) => boolean = () => true): OrgOption[] {
  return orgs.filter((o) => o.active && keep(o)).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` }));
}
