/**
 * What the person typed, kept in this browser until the server confirms it: survives a reload,
 * a crash, a lost connection or an expired session. Explanations of warnings are kept apart,
 * as the draft command does not store them yet.
 */
export type LocalDraft = {
  /** Cell code → text, non-blank editable cells only. */
  texts: Record<string, string>;
  /** The server version these edits were made on. */
  baseVersion: number;
  /** When the person last typed (this browser's clock, ms). */
  editedAt: number;
};

const draftKey = (year: number, orgCode: string) => `nianbao:stats-draft:${year}:${orgCode}`;
const notesKey = (year: number, orgCode: string) => `nianbao:stats-explanations:${year}:${orgCode}`;

function read<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled (private mode): the server save still runs.
  }
}

export function readDraft(year: number, orgCode: string): LocalDraft | null {
  const d = read<LocalDraft>(draftKey(year, orgCode));
  return d && typeof d.texts === "object" && typeof d.baseVersion === "number" ? d : null;
}

export function writeDraft(year: number, orgCode: string, draft: LocalDraft): void {
  write(draftKey(year, orgCode), draft);
}

export function clearDraft(year: number, orgCode: string): void {
  try {
    window.localStorage.removeItem(draftKey(year, orgCode));
  } catch {
    // nothing to clear
  }
}

export function readExplanations(year: number, orgCode: string): Record<string, string> {
  return read<Record<string, string>>(notesKey(year, orgCode)) ?? {};
}

export function writeExplanations(year: number, orgCode: string, notes: Record<string, string>): void {
  write(notesKey(year, orgCode), notes);
}
