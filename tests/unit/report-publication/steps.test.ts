import { describe, expect, it } from "vitest";
import { publicationSteps, type PublishedRecord, type ReviewRecord } from "@/lib/report-publication";

const r = (kind: ReviewRecord["kind"], draftVersion: number, at: number): ReviewRecord => ({ kind, draftVersion, userName: kind === "signoff" ? "李负责" : "张保密", note: null, at });
const p = (version: number, draftVersion: number, publishedAt: number): PublishedRecord => ({ version, draftVersion, publishedAt });

describe("publicationSteps", () => {
  it.each([
    { label: "nothing yet", draft: 0, reviews: [], pubs: [], labels: ["草稿"], blockers: ["尚未签发", "尚未确认保密审查"] },
    { label: "signed only", draft: 2, reviews: [r("signoff", 2, 10)], pubs: [], labels: ["已签发"], blockers: ["尚未确认保密审查"] },
    { label: "both on the current draft", draft: 2, reviews: [r("secrecy", 2, 5), r("signoff", 2, 10)], pubs: [], labels: ["已签发", "保密审查已确认"], blockers: [] },
    { label: "signed an older draft", draft: 3, reviews: [r("signoff", 2, 10), r("secrecy", 3, 11)], pubs: [], labels: ["保密审查已确认"], blockers: ["签发针对的是第 2 稿，草稿已修改为第 3 稿"] },
    { label: "published: the steps are used up", draft: 2, reviews: [r("signoff", 2, 10), r("secrecy", 2, 11)], pubs: [p(1, 2, 20)], labels: ["已发布 第1版"], blockers: ["第 1 版发布后尚无新的签发", "第 1 版发布后尚无新的保密审查确认"] },
    { label: "fresh steps after version 1", draft: 2, reviews: [r("signoff", 2, 10), r("secrecy", 2, 11), r("signoff", 2, 30), r("secrecy", 2, 31)], pubs: [p(1, 2, 20)], labels: ["已发布 第1版", "已签发", "保密审查已确认"], blockers: [] },
    { label: "the latest version counts", draft: 4, reviews: [r("signoff", 4, 30), r("secrecy", 4, 31)], pubs: [p(2, 3, 40), p(1, 2, 20)], labels: ["已发布 第2版"], blockers: ["第 2 版发布后", "第 2 版发布后"] },
  ])("$label", ({ draft, reviews, pubs, labels, blockers }) => {
    const s = publicationSteps(draft, reviews, pubs);
    expect(s.labels).toEqual(labels);
    expect(s.blockers).toHaveLength(blockers.length);
    blockers.forEach((b, i) => expect(s.blockers[i]).toContain(b));
  });

  const on = (kind: ReviewRecord["kind"], at: number, dataSha256: string | null, contentSha256: string | null = null): ReviewRecord => ({ ...r(kind, 1, at), dataSha256, contentSha256 });
  it.each([
    { label: "given on the report as it is now", reviews: [on("signoff", 10, "aa", "c1"), on("secrecy", 11, "aa", "c1")], now: { dataSha256: "aa", contentSha256: "c1" }, labels: ["已签发", "保密审查已确认"], blockers: [] as string[] },
    { label: "figures changed after the steps: both again", reviews: [on("signoff", 10, "aa", "c1"), on("secrecy", 11, "aa", "c1")], now: { dataSha256: "bb", contentSha256: "c2" }, labels: ["草稿"], blockers: ["签发后报告所用的统计数据已变化", "保密审查确认后报告所用的统计数据已变化"] },
    { label: "a preface field changed after the steps (same figures): both again", reviews: [on("signoff", 10, "aa", "c1"), on("secrecy", 11, "aa", "c1")], now: { dataSha256: "aa", contentSha256: "c2" }, labels: ["草稿"], blockers: ["签发后报告内容（前言字段、正文或数据）已变化", "保密审查确认后报告内容"] },
    { label: "a step without a recorded content fingerprint does not count once contents are compared", reviews: [on("signoff", 10, null), on("secrecy", 11, null)], now: { dataSha256: "bb", contentSha256: "c1" }, labels: ["草稿"], blockers: ["签发后报告内容", "保密审查确认后报告内容"] },
    { label: "the report now unknown (no data): the steps count", reviews: [on("signoff", 10, "aa", "c1"), on("secrecy", 11, "aa", "c1")], now: {}, labels: ["已签发", "保密审查已确认"], blockers: [] },
    { label: "signed again on the new content; 保密审查 still on the old", reviews: [on("signoff", 10, "aa", "c1"), on("secrecy", 11, "aa", "c1"), on("signoff", 12, "aa", "c2")], now: { dataSha256: "aa", contentSha256: "c2" }, labels: ["已签发"], blockers: ["保密审查确认后报告内容"] },
  ])("$label", ({ reviews, now, labels, blockers }) => {
    const s = publicationSteps(1, reviews, [], now);
    expect(s.labels).toEqual(labels);
    expect(s.blockers).toHaveLength(blockers.length);
    blockers.forEach((b, i) => expect(s.blockers[i]).toContain(b));
  });

  it("names who signed and when (the latest on the current draft)", () => {
    const s = publicationSteps(1, [r("signoff", 1, 10), { ...r("signoff", 1, 12), userName: "王副主任" }], []);
    expect(s.signoff).toMatchObject({ userName: "王副主任", at: 12 });
  });
});
