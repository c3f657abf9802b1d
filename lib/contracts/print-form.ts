import type { SectionLayout } from "../templates";

/** The statistics form to print on A4 (server/stats/print-form.ts builds it, components/print-form shows it). */
export type PrintForm = {
  /** The template's name, the form's title. */
  title: string;
  yearTitle: string;
  /** null: the cycle's blank form, no unit named. */
  unit: { name: string; code: string; statusLabel: string; source: string } | null;
  blank: boolean;
  sections: SectionLayout[];
  /** Cell code → the value as printed (no thousands separators, amounts to their scale); empty when blank. */
  printed: Record<string, string>;
  /** The print view of the other kind (blank/filled), and the page to go back to. */
  links: { other: string | null; back: string };
};
