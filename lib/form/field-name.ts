/**
 * react-hook-form reads dots in a field name as a path into nested objects, and cell codes are
 * dotted (`R3.3.1.np`), so form fields use "~" instead (codes never contain it).
 */
export function toFieldName(code: string): string {
  return code.replaceAll(".", "~");
}

export function fromFieldName(field: string): string {
  return field.replaceAll("~", ".");
}
