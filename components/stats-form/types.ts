import type { CommandResult } from "@/lib/contracts/command-result";

/** What the form's server actions answer: the command's result. */
export type ActionResult<T> = CommandResult<T>;

/** The saveDraft command's input: cell code → text as typed, and the version the form was loaded at. */
export type SaveInput = { year: number; orgCode: string; values: Record<string, string>; version: number };

/** A unit's saved statistics as the form shows them (texts with separators). */
export type CurrentStats = { version: number; values: Record<string, string>; editable: boolean; updatedAt: number | null };

/** After a 409: what is saved now and which cells differ from the form. */
export type StatsConflict = { theirs: CurrentStats; cells: string[] };

export type { FormComment } from "@/lib/contracts/form-comment";

export type SaveAction = (input: SaveInput) => Promise<ActionResult<{ version: number }>>;
export type LoadCurrentAction = (input: { year: number; orgCode: string }) => Promise<ActionResult<CurrentStats>>;

/** The cycle's year-on-year warning threshold (numbers: it crosses from the server). */
export type ChangeSetting = { factorNum: number; factorDen: number; minimum: number };

/** Saves the warning explanations on the server (PUT …/explanations semantics: replaces them all). */
export type SaveExplanationsAction = (input: {
  year: number;
  orgCode: string;
  version: number;
  explanations: Record<string, string>;
}) => Promise<{ ok: true } | { ok: false; status: number; error: string }>;
