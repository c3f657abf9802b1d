import { descendantIds, wouldCreateCycle, type OrgIndex, type OrgRecord } from "./org-index";

/** How a unit is named in a message: 名称（代码）. */
export function orgLabel(o: Pick<OrgRecord, "code" | "name">): string {
  return `${o.name}（${o.code}）`;
}

/** How many of each thing refer to a unit; a unit referred to by anything is never deleted. */
export type OrgUsage = {
  children: number;
  users: number;
  submissions: number;
  /** Entries in cycle rosters (a roster is a snapshot that must keep its units). */
  rosterEntries: number;
  grants: number;
  /** Units that record this one as their predecessor (a merge). */
  successors: number;
};

function parentMap(index: OrgIndex): Map<number, number | null> {
  return new Map([...index.byId.values()].map((o) => [o.id, o.parentId]));
}

/** Everything wrong with `code` as the code of a new unit: it must not be taken. */
export function checkNewCode(index: OrgIndex, code: string): string[] {
  const taken = index.byCode.get(code);
  return taken ? [`单位代码 ${code} 已被「${taken.name}」使用`] : [];
}

/**
 * Everything wrong with `parentCode` as the parent of a new unit (null: a new root). There is
 * one root: a unit without a parent may be added only to an empty tree. A new unit goes under
 * an active parent only.
 */
export function checkNewParent(index: OrgIndex, parentCode: string | null): string[] {
  if (parentCode === null) return index.roots.length > 0 ? ["请选择上级单位（只能有一个根单位）"] : [];
  const parent = index.byCode.get(parentCode);
  if (!parent) return [`上级单位 ${parentCode} 不存在`];
  return parent.active ? [] : [`上级单位「${orgLabel(parent)}」已停用，不能在其下新增单位`];
}

/** Everything wrong with adding a unit with `code` under `parentCode`; empty when it may be added. */
export function checkCreate(index: OrgIndex, code: string, parentCode: string | null): string[] {
  return [...checkNewCode(index, code), ...checkNewParent(index, parentCode)];
}

/**
 * Everything wrong with moving unit `id` under `newParentId`; empty when it may move. Refuses
 * moving a unit under itself or one of its own descendants (that would make it its own
 * ancestor), under an inactive unit, or where it already is.
 */
export function checkMove(index: OrgIndex, id: number, newParentId: number): string[] {
  const org = index.byId.get(id);
  const parent = index.byId.get(newParentId);
  if (!org) return ["要移动的单位不存在"];
  if (!parent) return ["新的上级单位不存在"];
  if (id === newParentId) return ["不能把单位移到它自己下面"];
  if (descendantIds(index, id).has(newParentId) || wouldCreateCycle(parentMap(index), id, newParentId)) {
    return [`「${orgLabel(parent)}」是「${orgLabel(org)}」的下级单位，不能把单位移到自己的下级单位下面`];
  }
  const problems: string[] = [];
  if (org.parentId === newParentId) problems.push(`「${orgLabel(org)}」已在「${orgLabel(parent)}」下面`);
  if (!parent.active) problems.push(`「${orgLabel(parent)}」已停用，不能移到其下面`);
  return problems;
}

/**
 * Everything wrong with merging unit `id` into `successorId` (the old unit is deactivated and the
 * successor records it as its predecessor); empty when allowed. The old unit must have no
 * active units below it (move or deactivate them first), and the successor may record only one
 * predecessor.
 */
export function checkMerge(index: OrgIndex, id: number, successorId: number): string[] {
  const org = index.byId.get(id);
  const successor = index.byId.get(successorId);
  if (!org) return ["被合并的单位不存在"];
  if (!successor) return ["合并后的单位不存在"];
  if (id === successorId) return ["不能把单位合并到它自己"];
  const problems: string[] = [];
  if (org.parentId === null) problems.push("根单位不能被合并");
  if (!org.active) problems.push(`「${orgLabel(org)}」已停用，不能再合并`);
  if (!successor.active) problems.push(`「${orgLabel(successor)}」已停用，不能作为合并后的单位`);
  const activeChildren = (index.children.get(id) ?? []).filter((c) => c.active);
  if (activeChildren.length) {
    problems.push(`「${orgLabel(org)}」还有下级单位（${activeChildren.map((c) => c.name).join("、")}），请先移动或停用`);
  }
  if (descendantIds(index, id).has(successorId)) problems.push(`「${orgLabel(successor)}」是「${orgLabel(org)}」的下级单位`);
  if (successor.predecessorId !== null) {
    const before = index.byId.get(successor.predecessorId);
    problems.push(`「${orgLabel(successor)}」已记录前身单位${before ? `「${orgLabel(before)}」` : ""}，一个单位只能记录一个前身单位`);
  }
  return problems;
}

/** Everything wrong with deactivating unit `id`; empty when allowed. */
export function checkDeactivate(index: OrgIndex, id: number): string[] {
  const org = index.byId.get(id);
  if (!org) return ["单位不存在"];
  if (!org.active) return [`「${orgLabel(org)}」已经停用`];
  const problems: string[] = [];
  if (org.parentId === null) problems.push("根单位不能停用");
  const activeChildren = (index.children.get(id) ?? []).filter((c) => c.active);
  if (activeChildren.length) {
    problems.push(`「${orgLabel(org)}」还有在用的下级单位（${activeChildren.map((c) => c.name).join("、")}），请先移动或停用`);
  }
  return problems;
}

/** Everything wrong with reactivating unit `id`; empty when allowed. A unit merged into another stays inactive. */
export function checkReactivate(index: OrgIndex, id: number): string[] {
  const org = index.byId.get(id);
  if (!org) return ["单位不存在"];
  if (org.active) return [`「${orgLabel(org)}」没有停用`];
  const problems: string[] = [];
  const successor = [...index.byId.values()].find((o) => o.predecessorId === id);
  if (successor) problems.push(`「${orgLabel(org)}」已并入「${orgLabel(successor)}」，不能重新启用`);
  const parent = org.parentId === null ? undefined : index.byId.get(org.parentId);
  if (parent && !parent.active) problems.push(`上级单位「${orgLabel(parent)}」已停用，请先启用上级单位`);
  return problems;
}

/**
 * Everything that keeps a unit from being deleted; empty when it may go. Only a unit nothing
 * refers to may be deleted (a mistaken entry); a unit with submissions is never deleted but
 * deactivated instead.
 */
export function checkDelete(usage: OrgUsage): string[] {
  const problems: string[] = [];
  if (usage.submissions) problems.push(`该单位有 ${usage.submissions} 份填报记录，不能删除，只能停用`);
  if (usage.rosterEntries) problems.push(`该单位在 ${usage.rosterEntries} 个填报周期的单位名册中，不能删除，只能停用`);
  if (usage.children) problems.push(`该单位有 ${usage.children} 个下级单位，不能删除`);
  if (usage.users) problems.push(`该单位有 ${usage.users} 个用户账户，不能删除`);
  if (usage.grants) problems.push(`该单位上有 ${usage.grants} 项角色授权，不能删除`);
  if (usage.successors) problems.push("该单位是其他单位的前身单位，不能删除");
  return problems;
}
