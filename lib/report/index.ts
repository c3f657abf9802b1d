/** The compiled report as data: outlines, standard sentences from the figures, the document model. */
export * from "./document";
export {
  buildReportDocument,
  effectiveNarrative,
  FIELD_NAMES,
  narrativeCatalog,
  narrativeContext,
  narrativeProblems,
  paragraphRuns,
  reportScope,
  reportSkeleton,
  type NarrativeContext,
  type NarrativeInput,
  type ReportFields,
  type SkeletonItem,
} from "./narrative";
export * from "./narrative-doc";
export { resolveToken, tokenCatalog, tokenLabel, PART_LABELS, PARTS_OF_KIND, type CatalogEntry, type TokenContext, type TokenResolution } from "./narrative-tokens";
export { checkNarrative, typedFigures, proseHeadings, type NarrativeProblem } from "./narrative-check";
export { textSimilarity, SIMILARITY_THRESHOLD, narrativeText, similarReports, MIN_WRITTEN_CHARS, type SimilarReport } from "./similarity";
export { evaluateReportFigures, type RankResult, type ReportFigure } from "./figures";
export { printSections, printTable, printedValue } from "./tables";
export * from "./wording";
export { reportFieldsSchema } from "./fields";
export { breakUnits, hyphenationCallback, CLOSING, OPENING } from "./line-break";
export { checkOutline, getOutline, outlines, outlineSchema, type ReportOutline } from "./outline";
export type { SentenceDef, PartDef, BlockDef, ChartDef, OutlineFigureDef } from "./outline/schema";
export { fillSentence, fillParagraph } from "./sentences";
export { parseTemplate, PlaceholderSyntaxError, type TemplateNode } from "./placeholders/parse";
export { fillTemplate, printValue, UnknownPlaceholderError, type Scope } from "./placeholders/fill";
export { missingRequiredText } from "./required-text";
export { withoutEmptyHeadings } from "./empty-headings";
export { measureItems } from "./last-measures";
