export { formatScaled, parseScaled, pow10, rescale } from "./decimal";
export { MAX_INPUT, parseCellInput, toHalfWidth, type CellInputSpec, type ParseResult } from "./parse-input";
export { parseTableInput } from "./parse-table";

/** The values of one table: cell code → exact scaled integer. A missing key is a blank cell. */
export type CellValues = Record<string, bigint>;
