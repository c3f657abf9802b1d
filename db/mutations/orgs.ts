import type { Db } from "../client";
import { DuplicateCodeError, ParentCycleError, UnknownParentError } from "../errors";
import { prepared } from "../prepared";

export type OrganisationInput = {
  code: string;
  name: string;
  parentCode: string | null;
  kind: string;
  /** Left unchanged on existing rows when omitted; new rows default to active. */
  active?: boolean;
  /** 规章制定权; left unchanged on existing rows when omitted, new rows default to false. */
  ruleMaking?: boolean;
};

type Existing = { id: number; name: string; parentId: number | null; kind: string; active: boolean; ruleMaking: boolean };

const SQL = {
  all: `select id, code, name, parent_id, kind, active, rule_making from organisations`,
  insert: `insert into organisations (code, name, kind, active, parent_id, rule_making) values (?, ?, ?, ?, ?, ?) returning id`,
  setParent: `update organisations set parent_id = ? where id = ?`,
  update: `update organisations
              set name = ?, kind = ?, parent_id = ?, active = ?, rule_making = ?, updated_at = cast(unixepoch('subsec') * 1000 as integer)
            where id = ?`,
} as const;

/**
 * Inserts new codes and updates name/parent/kind (and `active` when given) of existing ones, in one
 * transaction. Parents may come after their children in `rows`. `updated` counts only rows that
 * actually changed. Throws DuplicateCodeError, UnknownParentError or ParentCycleError (nothing written).
 */
export function upsertOrganisations(db: Db, rows: OrganisationInput[]): { inserted: number; updated: number } {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.code)) throw new DuplicateCodeError(row.code);
    seen.add(row.code);
  }
  const sqlite = db.$client;

  return sqlite.transaction(() => {
    const existing = new Map<string, Existing>();
    for (const o of prepared(sqlite, SQL.all).all() as
      { id: number; code: string; name: string; parent_id: number | null; kind: string; active: number; rule_making: number }[]) {
      existing.set(o.code, { id: o.id, name: o.name, parentId: o.parent_id, kind: o.kind, active: o.active === 1, ruleMaking: o.rule_making === 1 });
    }
    const idByCode = new Map<string, number>([...existing].map(([code, o]) => [code, o.id]));

    // Pass 1: every new code gets an id; its parent is set now if already known, else in pass 2.
    const insert = prepared(sqlite, SQL.insert);
    const deferred: { id: number; parentCode: string }[] = [];
    let inserted = 0;
    for (const row of rows) {
      if (existing.has(row.code)) continue;
      const parentId = row.parentCode === null ? null : (idByCode.get(row.parentCode) ?? null);
      const { id } = insert.get(row.code, row.name, row.kind, row.active === false ? 0 : 1, parentId, row.ruleMaking ? 1 : 0) as { id: number };
      idByCode.set(row.code, id);
      if (row.parentCode !== null && parentId === null) deferred.push({ id, parentCode: row.parentCode });
      inserted++;
    }

    // Pass 2: resolve every parent; write deferred parents and the existing rows that changed.
    const resolve = (code: string, parentCode: string | null): number | null => {
      if (parentCode === null) return null;
      const found = idByCode.get(parentCode);
      if (found === undefined) throw new UnknownParentError(code, parentCode);
      return found;
    };
    const parentById = new Map<number, number | null>([...existing.values()].map((o) => [o.id, o.parentId]));
    const setParent = prepared(sqlite, SQL.setParent);
    const update = prepared(sqlite, SQL.update);
    let updated = 0;
    for (const row of rows) {
      const parentId = resolve(row.code, row.parentCode);
      const id = idByCode.get(row.code)!;
      parentById.set(id, parentId);
      const old = existing.get(row.code);
      if (!old) continue;
      const active = row.active ?? old.active;
      const ruleMaking = row.ruleMaking ?? old.ruleMaking;
      if (old.name === row.name && old.kind === row.kind && old.parentId === parentId && old.active === active && old.ruleMaking === ruleMaking) continue;
      update.run(row.name, row.kind, parentId, active ? 1 : 0, ruleMaking ? 1 : 0, id);
      updated++;
    }
    for (const d of deferred) setParent.run(idByCode.get(d.parentCode)!, d.id);

    assertNoParentCycle(parentById, idByCode);
    return { inserted, updated };
  })();
}

function assertNoParentCycle(parentById: Map<number, number | null>, idByCode: Map<string, number>): void {
  const codeById = new Map([...idByCode].map(([code, id]) => [id, code]));
  const clear = new Set<number>();
  for (const start of parentById.keys()) {
    const path: number[] = [];
    const onPath = new Set<number>();
    let at: number | null | undefined = start;
    while (at != null && !clear.has(at)) {
      if (onPath.has(at)) {
        const loop = path.slice(path.indexOf(at)).concat(at);
        throw new ParentCycleError(loop.map((id) => codeById.get(id) ?? String(id)));
      }
      onPath.add(at);
      path.push(at);
      at = parentById.get(at);
    }
    for (const id of path) clear.add(id);
  }
}
