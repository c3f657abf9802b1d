import { statusLabel } from "@/lib/workflow";

/** Typed errors thrown by db/ so callers can tell a known conflict from a crash. */

export class DbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A cycle for this year already exists. */
export class CycleExistsError extends DbError {
  constructor(readonly year: number) {
    super(`${year} 年度的填报周期已存在`);
  }
}

/** An organisation row names a parent code that is neither in the input nor in the database. */
export class UnknownParentError extends DbError {
  constructor(
    readonly code: string,
    readonly parentCode: string,
  ) {
    super(`机构 ${code} 的上级代码 ${parentCode} 不存在`);
  }
}

/** The same code appears twice in one organisation import. */
export class DuplicateCodeError extends DbError {
  constructor(readonly code: string) {
    super(`机构代码 ${code} 重复`);
  }
}

/** Applying the parent links would make an organisation its own ancestor. */
export class ParentCycleError extends DbError {
  constructor(readonly codes: string[]) {
    super(`机构上下级关系形成循环：${codes.join(" → ")}`);
  }
}

/** Someone saved the submission since the writer loaded it (optimistic lock). */
export class VersionConflictError extends DbError {
  constructor(
    readonly orgId: number,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`数据已被他人修改（您编辑的是第 ${expected} 版，当前为第 ${actual} 版），请核对后再保存`);
  }
}

/** The submission is in a status this write may not change (e.g. already submitted). */
export class StatusConflictError extends DbError {
  constructor(
    readonly orgId: number,
    readonly status: string,
  ) {
    super(`当前状态（${statusLabel(status)}）下不能修改数据`);
  }
}
