import { describe, expect, test } from "vitest";
import { continuesEditingSession } from "@/lib/audit/editing-session";

const save = (userId: number, sid: string) => ({ action: "stats.save", userId, detailJson: JSON.stringify({ sid, fromVersion: 1, version: 2, cells: 58 }) });

describe("consecutive autosaves are one audit entry", () => {
  test.each([
    { label: "no entry yet → log", last: null, expected: false },
    { label: "the same user's save in the same session → skip", last: save(7, "s1"), expected: true },
    { label: "the same user in another login session → log", last: save(7, "s2"), expected: false },
    { label: "another user's save → log", last: save(8, "s1"), expected: false },
    { label: "a sign-off in between → log", last: { action: "stats.signoff", userId: 7, detailJson: "{}" }, expected: false },
    { label: "a save without detail → log", last: { action: "stats.save", userId: 7, detailJson: null }, expected: false },
    { label: "unreadable detail → log", last: { action: "stats.save", userId: 7, detailJson: "{" }, expected: false },
  ])("$label", ({ last, expected }) => {
    expect(continuesEditingSession(last, 7, "s1")).toBe(expected);
  });
});
