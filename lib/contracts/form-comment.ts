/** A reviewer's open comment (from the last 退回) as the statistics form shows it: at its cell, or on the whole form when `cell` is null. */
export type FormComment = { id: number; cell: string | null; text: string; at: string };
