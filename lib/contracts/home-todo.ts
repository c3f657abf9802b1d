import type { Step } from "../home/next-step";

/** A deadline as the home page shows it: for whom, the day, and how many days are left. */
export type HomeDeadline = {
  /** "本单位", "下级盟市", "下级区直部门" … */
  who: string;
  /** "报送" (statistics up to the parent) or "发布" (the unit's own report to the public). */
  purpose: "报送" | "发布";
  date: string;
  /** "还剩 10 天", "今天截止", "已逾期 3 天"; "已完成" once done. */
  left: string;
  /** Done (sent or published): the countdown no longer matters. */
  done: boolean;
  /** Few days left or past, and not done. */
  urgent: boolean;
  /** Where the day comes from when the cycle sets none (条例第四十九条). */
  note?: string;
};

/** One of the user's units this season and where it stands. */
export type HomeUnit = { name: string; href: string; status: string; detail: string | null };

/** What the signed-in user has to do this reporting season, on the home page (我的待办). */
export type HomeTodo = {
  year: number;
  /** The cycle's label once ("2026年度（演示数据）"), or "<year>年度". */
  title: string;
  /** 进行中 / 已结束 / 已过期限… (lib/workflow/cycle-state). */
  state: string;
  deadlines: HomeDeadline[];
  /** The office's reminders: returned data, late children, the cycle's warning threshold. */
  reminders: string[];
  units: HomeUnit[];
  /** For a 审核员: the direct children by status ("已报送 3"). */
  children: { status: string; count: number }[] | null;
  primary: Step | null;
  others: Step[];
};
