export { daysLeft, daysLeftText } from "./days-left";
export { nextSteps, type NextSteps, type Step, type StepFacts, type UnitFacts } from "./next-step";
export { forbiddenAdvice } from "./forbidden-advice";
