/**
 * GB/T 9704-2012 (党政机关公文格式) page metrics, in PDF points (1 mm = 72/25.4 pt).
 * A4; 版心 156 x 225 mm with 天头 37 mm and 订口 28 mm; body 3号 with 22 lines of 28
 * characters; page numbers 4号, a dash either side, 7 mm below the text block.
 */
export const MM = 72 / 25.4;

export const PAGE = {
  width: 210 * MM,
  height: 297 * MM,
  marginTop: 37 * MM,
  marginLeft: 28 * MM,
  marginRight: 26 * MM,
  marginBottom: 35 * MM,
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
export const TEXT_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;

/** 3号 = 16pt nominal; 15.75pt makes 28 characters fit the 442pt line exactly. */
export const BODY_SIZE = 15.75;
/** 22 lines on the 225 mm block. */
export const LINE_PITCH = TEXT_HEIGHT / 22;
/** 2号. */
export const TITLE_SIZE = 22;
/** 4号. */
export const PAGE_NUMBER_SIZE = 14;
/** The page number's top edge: 7 mm below the text block. */
export const PAGE_NUMBER_TOP = PAGE.height - PAGE.marginBottom + 7 * MM;
/** 五号, for the statistics tables. */
export const TABLE_SIZE = 10.5;
