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
  rosterSize: number;
};

export type TemplateOption = { value: string; label: string };
