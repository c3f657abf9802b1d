export { percentText, roundDiv, wanText, wholePercents } from "./rational";
export { evaluateFigure, evaluateFigures, type FigureContext, type FigureResult, type Quantity } from "./evaluate";
