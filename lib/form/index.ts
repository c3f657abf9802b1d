export { toFieldName, fromFieldName } from "./field-name";
export { buildFormGrid, editableMatrix, moveFrom, type Direction, type FormGrid, type GridSlot, type TableGrid } from "./grid";
export { parseClipboardBlock, isBlock, mapPaste } from "./paste";
export { checkForm, type CheckContext, type FormCheck } from "./live-check";
export { formatCellText, formatForForm } from "./format";
export { buildFormSchema, editableCells, type FormTexts } from "./form-schema";
export { sameValues, differingCells } from "./same-values";
export { stillPrefilled, withPrefill, type CarryOverPrefill } from "./prefill";
