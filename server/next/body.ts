import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import Busboy from "busboy";

/**
 * How much a request may send, by kind of route. Checked after the session and before a byte of
 * the body is kept: the declared Content-Length first, then while streaming (a chunked body
 * declares none), so an oversized or endless body costs neither memory nor time.
 */
export const BODY_LIMITS = {
  /** A command's JSON: a table of 200 cells, a return with comments. */
  json: 256 * 1024,
  /** The report narrative (50,000 characters as UTF-8 and its JSON) and the explanations (500 × 2,000 characters). */
  text: 4 * 1024 * 1024,
} as const;

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export const tooLarge = (max: number) => new BodyError(413, `请求内容过大（上限 ${formatBytes(max)}）`);

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

/** Refuses a declared Content-Length over `max` without reading anything. */
export function checkDeclaredLength(request: Request, max: number): void {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > max)) throw tooLarge(max);
}

/** The body, read as a stream and abandoned as soon as it passes `max` bytes. */
export async function readBounded(request: Request, max: number): Promise<Uint8Array> {
  checkDeclaredLength(request, max);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A JSON body within `max` bytes (415 when it is not JSON: a cross-site form cannot post it). */
export async function readJson(request: Request, max: number): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new BodyError(415, "请求内容须为 JSON 格式");
  }
  const bytes = await readBounded(request, max);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new BodyError(400, "请求内容不是有效的 JSON");
  }
}

export type MultipartLimits = { fileBytes: number; files: number; fields: number; fieldBytes: number };
export type Multipart = { fields: Record<string, string>; files: { field: string; name: string; bytes: Uint8Array }[] };

/**
 * A multipart/form-data body parsed as it streams (busboy), with limits on the file size, the
 * number of files and fields and each field's size: past any of them the upload stops with a 413.
 */
export async function readMultipart(request: Request, limits: MultipartLimits): Promise<Multipart> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) throw new BodyError(415, "请以上传文件的表单提交");
  const envelope = 64 * 1024;
  checkDeclaredLength(request, limits.fileBytes * limits.files + limits.fieldBytes * limits.fields + envelope);
  if (!request.body) throw new BodyError(400, "上传内容为空");
  let parser: Busboy.Busboy;
  try {
    parser = Busboy({
      headers: { "content-type": type },
      // Browsers send file names as raw UTF-8 in the part header.
      defParamCharset: "utf8",
      limits: { fileSize: limits.fileBytes, files: limits.files, fields: limits.fields, fieldSize: limits.fieldBytes, parts: limits.files + limits.fields },
    });
  } catch {
    throw new BodyError(400, "上传内容无法解析");
  }
  const source = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
  return new Promise<Multipart>((resolve, reject) => {
    const out: Multipart = { fields: {}, files: [] };
    let failed = false;
    const fail = (err: BodyError) => {
      if (failed) return;
      failed = true;
      source.unpipe(parser);
      source.destroy();
      reject(err);
    };
    parser.on("file", (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("limit", () => fail(tooLarge(limits.fileBytes)));
      stream.on("end", () => {
        if (!failed) out.files.push({ field, name: info.filename ?? "", bytes: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(new BodyError(413, "上传的字段内容过长"));
      else out.fields[name] = value;
    });
    parser.on("filesLimit", () => fail(new BodyError(413, "一次只能上传一个文件")));
    parser.on("fieldsLimit", () => fail(new BodyError(413, "上传的字段过多")));
    parser.on("partsLimit", () => fail(new BodyError(413, "上传的内容过多")));
    parser.on("error", () => fail(new BodyError(400, "上传内容无法解析")));
    parser.on("close", () => {
      if (!failed) resolve(out);
    });
    source.on("error", () => fail(new BodyError(400, "上传中断")));
    source.pipe(parser);
  });
}
