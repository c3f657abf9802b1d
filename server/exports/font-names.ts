import fs from "node:fs";

/**
 * The family name of a font file (OpenType `name` table: typographic family, else family), so an
 * SVG can name the very faces the PDF uses and resvg finds them among the files it is given. In a
 * .ttc the face is picked by its PostScript name (as the font plan names it), else the first.
 */
export function fontFamilyName(file: string, postscriptName?: string): string | null {
  const buf = fs.readFileSync(file);
  const faces = buf.toString("latin1", 0, 4) === "ttcf" ? Array.from({ length: buf.readUInt32BE(8) }, (_, i) => buf.readUInt32BE(12 + 4 * i)) : [0];
  let first: string | null = null;
  for (const offset of faces) {
    const names = nameTable(buf, offset);
    const family = names.get(16) ?? names.get(1) ?? null;
    first ??= family;
    if (!postscriptName || names.get(6) === postscriptName) return family;
  }
  return first;
}

/** Name ids to their English (Windows, en-US) or first Unicode string. */
function nameTable(buf: Buffer, face: number): Map<number, string> {
  const out = new Map<number, string>();
  const tables = buf.readUInt16BE(face + 4);
  for (let i = 0; i < tables; i++) {
    const rec = face + 12 + 16 * i;
    if (buf.toString("latin1", rec, rec + 4) !== "name") continue;
    const at = buf.readUInt32BE(rec + 8);
    const count = buf.readUInt16BE(at + 2);
    const strings = at + buf.readUInt16BE(at + 4);
    for (let k = 0; k < count; k++) {
      const r = at + 6 + 12 * k;
      const [platform, , language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((d) => buf.readUInt16BE(r + d)) as [number, number, number, number, number, number];
      const unicode = platform === 0 || platform === 3;
      if (!unicode || (out.has(id) && language !== 0x409)) continue;
      const bytes = Buffer.from(buf.subarray(strings + offset, strings + offset + length));
      out.set(id, bytes.swap16().toString("utf16le"));
    }
  }
  return out;
}
