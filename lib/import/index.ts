export { validateSubmissionImport, IMPORT_EXPLANATION, ORG_COLUMN, type ImportInput, type ImportItem, type ImportProblem, type ImportResult } from "./validate-submissions";
export { validateOrgRows, orgRowSchema, ORG_KINDS, ORG_KIND_LABELS, ORG_COLUMNS, ORG_OPTIONAL_COLUMNS, isOrgHeader, type OrgKind, type OrgRow, type OrgProblem } from "./validate-orgs";
export { decodeText, parseCsvBytes } from "./read-csv";
export { ImportFileError, type ParsedProblem, type ParsedUnitTable } from "./parsed-table";
