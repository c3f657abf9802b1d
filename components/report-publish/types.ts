
import type { PublishView } from "@/lib/contracts/publish-view";

export type { PublishStep, PublishedVersion, PublishView } from "@/lib/contracts/publish-view";

export type PublishActionResult = { ok: true } | { ok: false; status: number; error: string; fieldErrors?: Record<string, string[]> };

type Unit = { year: number; orgCode: string; draftVersion: number };

export type PublishActions = {
  signoff: (input: Unit & { note?: string }) => Promise<PublishActionResult>;
  secrecy: (input: Unit & { note: string }) => Promise<PublishActionResult>;
  publish: (input: Unit & { indexNo?: string; publisher?: string; writtenDate?: string }) => Promise<PublishActionResult>;
  correct: (input: Unit & { indexNo?: string; publisher?: string; writtenDate?: string; correctionNote: string; correctionDate: string }) => Promise<PublishActionResult>;
  official: (input: { year: number; orgCode: string; version: number; officialUrl: string; officialDate: string }) => Promise<PublishActionResult>;
  /** The panel's view as it is now (after a save elsewhere on the page); null when it could not be read. */
  reload: (input: { year: number; orgCode: string }) => Promise<PublishView | null>;
};
