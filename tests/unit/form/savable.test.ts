import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { savableTexts, textsToSend } from "@/lib/form";

const t = getTemplate("gov-disclosure-2018");

describe("what autosave sends while a cell does not parse", () => {
  const saved = { "C1.1": "30", "C1.2": "20", A1: "5" };

  test("the bad cell goes up as the server's own value (never blank); the other edits go up", () => {
    const r = savableTexts(t, { "C1.1": "31", "C1.2": "2o", A1: "5" }, saved);
    expect(r.values).toEqual({ "C1.1": "31", "C1.2": "20", A1: "5" });
    expect(r.held).toEqual(["C1.2"]);
  });

  test("a bad cell the server never had stays off the request (blank on the server, as before)", () => {
    const r = savableTexts(t, { "C1.3": "abc", A1: "5" }, {});
    expect(r.values).toEqual({ A1: "5" });
    expect(r.held).toEqual(["C1.3"]);
  });

  test("computed cells and blanks are not sent", () => {
    expect(savableTexts(t, { C1: "99", "C1.1": " ", A1: "1" }, {}).values).toEqual({ A1: "1" });
  });

  test("nothing to send when only a half-typed cell changed, or values are the same however typed", () => {
    expect(textsToSend(t, { "C1.1": "30", "C1.2": "2,", A1: "5" }, saved)).toBeNull();
    expect(textsToSend(t, { "C1.1": "３０", "C1.2": "20", A1: "5" }, saved)).toBeNull();
    expect(textsToSend(t, { "C1.1": "30", "C1.2": "20", A1: "6" }, saved)).toEqual({ "C1.1": "30", "C1.2": "20", A1: "6" });
  });
});
