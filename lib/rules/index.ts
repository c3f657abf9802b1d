export { evaluateRules, explainableKeys, DEFAULT_CHANGE, type Issue, type Severity, type ChangeThreshold, type EvaluateContext, type OrgAttributes } from "./evaluate";
export { computeSums, missingCells } from "./compute-sums";
export { describeTerms } from "./describe";
export { carryPairs, carryOverPrefill, isCarryRule, lineValues, predecessorLine, type CarryPair, type LastYearUnit } from "./carry-over";
