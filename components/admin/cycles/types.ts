import type { DeadlineKind, DeadlinePurpose } from "@/lib/validation/cycle-deadlines";

/** A cycle as the cycle page shows it. */
export type CycleRow = {
  year: number;
  templateId: string;
  templateName: string;
  warningFactorNum: number;
  warningFactorDen: number;
  warningMinimum: number;
  /** Null where never set (e.g. a cycle made by the CLI). */
  deadlines: Record<DeadlineKind, Record<DeadlinePurpose, string | null>>;
  status: "open" | "closed";
  /** What the cycle reads as (lib/workflow/cycle-state). */
  state: { code: "closed" | "finished" | "overdue" | "open"; label: string };
  rosterSize: number;
  /** 预审 of the units' report texts by the office above. */
  prereview: boolean;
  /** Units the office chooses for: a government's report coverage, a 垂直管理 unit's place in the sums. */
  scopes: RosterScopeRow[];
};

export type RosterScopeRow = {
  orgCode: string;
  name: string;
  parentName: string | null;
  choice: "coverage" | "sums";
  coverage: "area" | "own" | "both";
  inSums: boolean;
};

export type TemplateOption = { value: string; label: string };
