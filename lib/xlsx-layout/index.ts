export { cellAddress, columnLetter, parseAddress, rangeAddress } from "./address";
export { sheetLayout, textWidth, TITLE_ADDRESS, META_LABELS, INSTRUCTIONS, REFERENCE_TITLE, CHECK_HEADER, REFERENCE_HEADER } from "./sheet-layout";
export { sheetChecks, sheetSums } from "./checks";
export { sumFormula, sumResult, checkFormula, checkResult, checkCells, excelNumber, scaleIn, CHECK_PASSED, checkFailed } from "./formulas";
export type * from "./types";
export { INDEX_SHEET, INDEX_COLUMNS, SINGLE_SHEET, sheetNameFor, type IndexEntry } from "./workbook-index";
