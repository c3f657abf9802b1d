import type { NarrativeDoc } from "@/lib/report/narrative-doc";

/** The narrative as typed, kept in this browser until the server confirms it (reload, crash, lost connection, expired session). */
export type LocalNarrative = { doc: NarrativeDoc; baseVersion: number; editedAt: number };

const key = (year: number, orgCode: string) => `nianbao:report-narrative:${year}:${orgCode}`;

export function readLocalNarrative(year: number, orgCode: string): LocalNarrative | null {
  try {
    const raw = window.localStorage.getItem(key(year, orgCode));
    const d = raw ? (JSON.parse(raw) as LocalNarrative) : null;
    return d && typeof d.doc === "object" && d.doc && typeof d.baseVersion === "number" ? d : null;
  } catch {
    return null;
  }
}

export function writeLocalNarrative(year: number, orgCode: string, value: LocalNarrative): void {
  try {
    window.localStorage.setItem(key(year, orgCode), JSON.stringify(value));
  } catch {
    // Storage full or disabled: the server save still runs.
  }
}

export function clearLocalNarrative(year: number, orgCode: string): void {
  try {
    window.localStorage.removeItem(key(year, orgCode));
  } catch {
    // nothing to clear
  }
}
