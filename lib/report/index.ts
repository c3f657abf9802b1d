/** The compiled report as data: outlines, standard sentences from the figures, the document model. */
export * from "./document";
export { buildReportDocument, FIELD_NAMES, reportScope, type NarrativeInput, type ReportFields } from "./narrative";
export { evaluateReportFigures, type RankResult, type ReportFigure } from "./figures";
export { printSections, printTable, printedValue } from "./tables";
export { defaultScope } from "./scope";
export { reportFieldsSchema } from "./fields";
export { breakUnits, hyphenationCallback, CLOSING, OPENING } from "./line-break";
export { checkOutline, getOutline, outlines, outlineSchema, type ReportOutline } from "./outline";
export type { SentenceDef, PartDef, BlockDef, ChartDef, OutlineFigureDef } from "./outline/schema";
export { fillSentence, fillParagraph } from "./sentences";
export { parseTemplate, PlaceholderSyntaxError, type TemplateNode } from "./placeholders/parse";
export { fillTemplate, printValue, UnknownPlaceholderError, type Scope } from "./placeholders/fill";
