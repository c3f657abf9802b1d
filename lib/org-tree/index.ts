export { buildTree, compareCodes, isLeaf, leavesUnder, type OrgTree, type RosterNode } from "./tree";
export { aggregateTree, cellSum, splitByChildKind, sumValues, topChildren, type KindShare, type Ranked } from "./aggregate";
