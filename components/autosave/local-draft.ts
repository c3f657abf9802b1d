/**
 * What a person typed, kept in this browser until the server confirms it: survives a reload, a
 * crash, a lost connection or an expired session. One store for every autosaved editor (the
 * statistics form, the report's narrative), keyed by what is edited.
 */
export type LocalDraft<V> = {
  value: V;
  /** The server version these edits were made on. */
  baseVersion: number;
  /** When the person last typed (this browser's clock, ms). */
  editedAt: number;
};

/** The browser storage the drafts live in (a parameter so the store is testable without a browser). */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type LocalDraftStore<V> = {
  read(): LocalDraft<V> | null;
  write(draft: LocalDraft<V>): void;
  clear(): void;
};

const browserStorage = (): DraftStorage => window.localStorage;

/** A JSON value under one key; unreadable or unavailable storage reads as nothing and writes nowhere. */
export function localValue<T>(key: string, storage: () => DraftStorage = browserStorage) {
  return {
    read(): T | null {
      try {
        const raw = storage().getItem(key);
        return raw ? (JSON.parse(raw) as T) : null;
      } catch {
        return null;
      }
    },
    write(value: T): void {
      try {
        storage().setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or disabled (private mode): the server save still runs.
      }
    },
    clear(): void {
      try {
        storage().removeItem(key);
      } catch {
        // nothing to clear
      }
    },
  };
}

/**
 * The draft store under `key`. `isValue` checks what is read back (another version of the page
 * may have written it). `legacyField` reads drafts the older per-editor stores wrote, whose value
 * sat under its own name (`texts`, `doc`), so an unsaved draft survives the upgrade.
 */
export function localDraftStore<V>(key: string, isValue: (v: unknown) => v is V, opts: { legacyField?: string; storage?: () => DraftStorage } = {}): LocalDraftStore<V> {
  const slot = localValue<Record<string, unknown>>(key, opts.storage);
  return {
    read() {
      const d = slot.read();
      if (!d || typeof d !== "object" || typeof d.baseVersion !== "number") return null;
      const value = "value" in d ? d.value : opts.legacyField ? d[opts.legacyField] : undefined;
      if (!isValue(value)) return null;
      return { value, baseVersion: d.baseVersion, editedAt: typeof d.editedAt === "number" ? d.editedAt : 0 };
    },
    write: (draft) => slot.write(draft),
    clear: () => slot.clear(),
  };
}
