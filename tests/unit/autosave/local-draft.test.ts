import { describe, expect, test } from "vitest";
import { localDraftStore, localValue, type DraftStorage } from "@/components/autosave/local-draft";

/** A Storage in memory, as the browser's localStorage behaves. */
function memory(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const isTexts = (v: unknown): v is Record<string, string> => typeof v === "object" && v !== null && Object.values(v).every((t) => typeof t === "string");

describe("the one local-draft store", () => {
  test("keeps a draft until cleared", () => {
    const storage = memory();
    const store = localDraftStore("k", isTexts, { storage: () => storage });
    expect(store.read()).toBeNull();
    store.write({ value: { A1: "5" }, baseVersion: 3, editedAt: 10 });
    expect(store.read()).toEqual({ value: { A1: "5" }, baseVersion: 3, editedAt: 10 });
    store.clear();
    expect(store.read()).toBeNull();
  });

  test("reads a draft the former per-editor stores wrote (value under its own name), so nothing typed is lost", () => {
    const storage = memory();
    storage.setItem("stats", JSON.stringify({ texts: { A1: "7" }, baseVersion: 2, editedAt: 5 }));
    storage.setItem("narrative", JSON.stringify({ doc: { prose: {}, headings: {} }, baseVersion: 1, editedAt: 4 }));
    expect(localDraftStore("stats", isTexts, { legacyField: "texts", storage: () => storage }).read()).toEqual({ value: { A1: "7" }, baseVersion: 2, editedAt: 5 });
    const isObject = (v: unknown): v is object => typeof v === "object" && v !== null;
    expect(localDraftStore("narrative", isObject, { legacyField: "doc", storage: () => storage }).read()?.value).toEqual({ prose: {}, headings: {} });
  });

  test("something else under the key, broken JSON or storage that throws reads as no draft; writes never throw", () => {
    const storage = memory();
    storage.setItem("a", JSON.stringify({ value: { A1: 5 }, baseVersion: 1 }));
    storage.setItem("b", "{not json");
    expect(localDraftStore("a", isTexts, { storage: () => storage }).read()).toBeNull();
    expect(localDraftStore("b", isTexts, { storage: () => storage }).read()).toBeNull();
    const broken = () => {
      throw new Error("SecurityError: storage disabled");
    };
    const store = localDraftStore("c", isTexts, { storage: broken });
    expect(store.read()).toBeNull();
    expect(() => store.write({ value: {}, baseVersion: 0, editedAt: 0 })).not.toThrow();
    expect(() => store.clear()).not.toThrow();
  });

  test("a plain value (the form's explanations) under its key", () => {
    const storage = memory();
    const notes = localValue<Record<string, string>>("n", () => storage);
    notes.write({ "C2-eq-C1": "口径不同" });
    expect(notes.read()).toEqual({ "C2-eq-C1": "口径不同" });
  });
});
