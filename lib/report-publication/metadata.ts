/** What the 政府信息公开 platform asks of a published document, and the files of its package. */
export type PublicationMetadata = {
  title: string;
  /** 索引号 (may be blank: assigned by some platforms on posting). */
  indexNo: string | null;
  /** 发布机构. */
  publisher: string;
  /** 成文日期, ISO day. */
  writtenDate: string;
  /** 发布日期, ISO day (Asia/Shanghai). */
  publishedDate: string;
  year: number;
  orgCode: string;
  version: number;
  correctionNote: string | null;
  correctionDate: string | null;
  /** Hex SHA-256 of the PDF bytes in the package. */
  pdfSha256: string;
  /** Hex SHA-256 of the canonical figures the report was made from. */
  dataSha256: string;
};

/** File names inside the package: ASCII only (zip tools disagree on non-ASCII names). */
export function packageFileNames(m: Pick<PublicationMetadata, "year" | "orgCode" | "version">) {
  const base = `zfxxgk-ndbg-${m.year}-${m.orgCode.replace(/[^0-9A-Za-z_-]/g, "_")}-v${m.version}`;
  return { base, html: `${base}.html`, pdf: `${base}.pdf`, csv: `${base}-tongjibiao.csv`, json: `${base}-metadata.json`, zip: `${base}.zip` };
}

/** The metadata as the JSON file of the package: labelled in Chinese, keys stable. */
export function metadataJson(m: PublicationMetadata): string {
  const out = {
    标题: m.title,
    索引号: m.indexNo ?? "",
    发布机构: m.publisher,
    成文日期: m.writtenDate,
    发布日期: m.publishedDate,
    年度: m.year,
    单位代码: m.orgCode,
    版本: m.version,
    更正说明: m.correctionNote ?? "",
    更正日期: m.correctionDate ?? "",
    "PDF SHA-256": m.pdfSha256,
    "数据 SHA-256": m.dataSha256,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
