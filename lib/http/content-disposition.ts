/**
 * A Content-Disposition header for a download with a Chinese name (RFC 6266 with RFC 5987
 * `filename*`): an ASCII fallback for old clients, the UTF-8 name percent-encoded for the rest.
 */
export function contentDisposition(fileName: string, asciiFallback: string, type: "attachment" | "inline" = "attachment"): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
