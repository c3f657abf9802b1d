export { buildTree, compareCodes, isLeaf, leavesUnder, type OrgTree, type RosterNode } from "./tree";
export { aggregateTree, cellSum, sumValues, withoutPartialCells } from "./aggregate";
export { splitByChildGroups, topChildrenOf, type ChildGroup, type GroupShare, type RankedChild } from "./child-groups";
export { descendantIds, indexOrgs, wouldCreateCycle, type OrgIndex, type OrgRecord } from "./org-index";
export {
  checkCreate,
  checkDeactivate,
  checkDelete,
  checkMerge,
  checkMove,
  checkNewCode,
  checkNewParent,
  checkReactivate,
  orgLabel,
  type OrgUsage,
} from "./edit-rules";
export { planOrgImport, type ExistingOrg, type OrgChange, type OrgImportItem, type OrgImportPlan, type OrgImportRow } from "./import-plan";
export { nestOrgs, type Nested } from "./nest";
export { drillDown, flattenDrill, type DrillNode } from "./drill-down";
