
import type { PublishView } from "@/lib/contracts/publish-view";
import type { PrereviewActions } from "@/components/report-prereview/prereview-section";

export type { PublishStep, PublishedVersion, PublishView } from "@/lib/contracts/publish-view";

export type PublishActionResult = { ok: true } | { ok: false; status: number; error: string; fieldErrors?: Record<string, string[]> };

type Unit = { year: number; orgCode: string; draftVersion: number };

export type PublishActions = {
  signoff: (input: Unit & { note?: string }) => Promise<PublishActionResult>;
  secrecy: (input: Unit & { note: string }) => Promise<PublishActionResult>;
  publish: (input: Unit & { indexNo?: string; publisher?: string; writtenDate?: string }) => Promise<PublishActionResult>;
  correct: (input: Unit & { indexNo?: string; publisher?: string; writtenDate?: string; correctionNote: string; correctionDate: string }) => Promise<PublishActionResult>;
  official: (input: { year: number; orgCode: string; version: number; officialUrl: string; officialDate: string }) => Promise<PublishActionResult>;
  /** The office's 预审: 送预审, 预审通过, 退回修改. */
  prereview: PrereviewActions;
  /** The panel's view as it is now (after a save elsewhere on the page); null when it could not be read. */
  reload: (input: { year: number; orgCode: string }) => Promise<PublishView | null>;
};
