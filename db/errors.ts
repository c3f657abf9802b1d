/**
 * Typed errors thrown by db/ so callers can tell a known conflict from a crash. They carry data;
 * their messages are for developers (logs, stack traces). What a user reads is worded by the
 * server layer from the data (server/kernel/db-refusal.ts).
 */

export class DbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A cycle for this year already exists. */
export class CycleExistsError extends DbError {
  constructor(readonly year: number) {
    super(`cycle ${year} exists`);
  }
}

/** An organisation row names a parent code that is neither in the input nor in the database. */
export class UnknownParentError extends DbError {
  constructor(
    readonly code: string,
    readonly parentCode: string,
  ) {
    super(`organisation ${code}: parent ${parentCode} unknown`);
  }
}

/** The same code appears twice in one organisation import. */
export class DuplicateCodeError extends DbError {
  constructor(readonly code: string) {
    super(`organisation code ${code} twice`);
  }
}

/** Applying the parent links would make an organisation its own ancestor. */
export class ParentCycleError extends DbError {
  constructor(readonly codes: string[]) {
    super(`parent links form a cycle: ${codes.join(" → ")}`);
  }
}

/** Someone saved the submission since the writer loaded it (optimistic lock). */
export class VersionConflictError extends DbError {
  constructor(
    readonly orgId: number,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`submission of org ${orgId}: version ${actual}, expected ${expected}`);
  }
}

/** The submission is in a status this write may not change (e.g. already submitted). */
export class StatusConflictError extends DbError {
  constructor(
    readonly orgId: number,
    readonly status: string,
  ) {
    super(`submission of org ${orgId}: status ${status} does not allow this write`);
  }
}
