import { describe, expect, it } from "vitest";
import { CycleExistsError, DuplicateCodeError, ParentCycleError, StatusConflictError, UnknownParentError, VersionConflictError, type DbError } from "@/db/errors";
import { OrganisationMissingError } from "@/db/mutations/org-edits";
import { ReportDraftConflictError } from "@/db/mutations/report-drafts";
import { WorkflowStatusConflictError } from "@/db/mutations/workflow-transition";
import { dbRefusalMessage } from "@/server/kernel/db-refusal";

// db/ errors carry data; the words a user reads are the server's, in Chinese, without the lock counter as a 版.
const CASES: { error: DbError; message: string }[] = [
  { error: new VersionConflictError(7, 3, 5), message: "数据已被他人修改（您打开后又有 2 次保存），您的输入没有保存，请核对后再保存" },
  { error: new ReportDraftConflictError(1, 2), message: "报告已被他人修改（您打开后又有 1 次保存），您的文字未被覆盖，请核对后再保存" },
  { error: new StatusConflictError(7, "submitted"), message: "当前状态（已报送）下不能修改数据" },
  { error: new WorkflowStatusConflictError(7, "submitted", "approved"), message: "数据状态已变为「已通过」（您看到的是「已报送」），请刷新后重试" },
  { error: new CycleExistsError(2026), message: "2026 年度的填报周期已存在" },
  { error: new UnknownParentError("150199", "159999"), message: "机构 150199 的上级代码 159999 不存在" },
  { error: new DuplicateCodeError("150100"), message: "机构代码 150100 重复" },
  { error: new ParentCycleError(["150100", "150200", "150100"]), message: "机构上下级关系形成循环：150100 → 150200 → 150100" },
  { error: new OrganisationMissingError("150100"), message: "单位 150100 不存在" },
];

describe("dbRefusalMessage", () => {
  it.each(CASES)("$message", ({ error, message }) => {
    expect(dbRefusalMessage(error)).toBe(message);
    expect(message).not.toMatch(/第\s*\d+\s*版/);
    // db/'s own message is for developers and never what the user reads.
    expect(error.message).not.toBe(message);
  });

  it("a counter that is not behind (sent from elsewhere) reads as not current, never as saves", () => {
    expect(dbRefusalMessage(new VersionConflictError(1, 7, 1))).toBe("数据已被他人修改（您看到的不是当前的数据），您的输入没有保存，请核对后再保存");
  });
});
