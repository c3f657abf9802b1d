import fs from "node:fs";
import path from "node:path";

/**
 * Which font files the report uses, in this order (docs/decisions/005-report-pdf.md):
 * 1. files the office configures in NIANBAO_FONT_DIR (licensed 方正小标宋, 仿宋_GB2312, …);
 * 2. Fandol (Debian texlive-lang-chinese) and Noto CJK (fonts-noto-cjk, .ttc) when installed;
 * 3. the whole-file Noto Serif SC / Noto Sans SC TTFs from npm, so nothing beyond npm is needed.
 * Every family is followed by a full-coverage Noto fallback (a fontFamily array) so that a
 * character the face lacks (Fandol has no 堃 or 喆) draws from Noto, never as a wrong glyph.
 */

/** 标题 (宋/标宋), 正文 (仿宋) and its bold, 一级标题 (黑体), 二级标题 (楷体). */
export const FONT_ROLES = ["title", "body", "bodyBold", "heading", "subheading"] as const;
export type FontRole = (typeof FONT_ROLES)[number];

export type FontFile = { src: string; postscriptName?: string; source: "office" | "fandol" | "noto-cjk" | "npm" };

export type FontPlan = Record<FontRole, FontFile> & { serifFallback: FontFile; serifFallbackBold: FontFile; sansFallback: FontFile };

/** File names an office may drop into NIANBAO_FONT_DIR (any of .ttf .otf .ttc; a .ttc needs fonts.json). */
export const OFFICE_FILE_NAMES: Record<FontRole, string> = {
  title: "title",
  body: "body",
  bodyBold: "body-bold",
  heading: "heading",
  subheading: "subheading",
};

const FANDOL_DIRS = [
  "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol",
  "/usr/share/texmf/fonts/opentype/public/fandol",
  "/usr/local/share/fonts/fandol",
];
const FANDOL: Partial<Record<FontRole, string>> = {
  title: "FandolSong-Bold.otf",
  body: "FandolFang-Regular.otf",
  heading: "FandolHei-Regular.otf",
  subheading: "FandolKai-Regular.otf",
};

const NOTO_CJK_DIRS = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk", "/usr/share/fonts/google-noto-cjk"];
const NOTO_CJK = {
  serif: { file: "NotoSerifCJK-Regular.ttc", postscriptName: "NotoSerifCJKsc-Regular" },
  serifBold: { file: "NotoSerifCJK-Bold.ttc", postscriptName: "NotoSerifCJKsc-Bold" },
  sans: { file: "NotoSansCJK-Regular.ttc", postscriptName: "NotoSansCJKsc-Regular" },
};

const NPM = {
  serif: "@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf",
  serifBold: "@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf",
  sans: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
};

export type FontEnv = {
  env?: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
  readFile?: (file: string) => string;
  readDir?: (dir: string) => string[];
  /** Directories holding node_modules; default cwd and this file's package root. */
  roots?: string[];
};

function defaultRoots(): string[] {
  const roots = [process.cwd()];
  if (typeof __dirname !== "undefined") roots.push(path.resolve(__dirname, "../.."));
  return roots;
}

/** Office fonts: fonts.json ({ "body": "x.ttf" | { "file", "postscriptName" } }) or role-named files. */
function officeFonts(dir: string, io: Required<Omit<FontEnv, "env" | "roots">>): Partial<Record<FontRole, FontFile>> {
  const out: Partial<Record<FontRole, FontFile>> = {};
  const manifest = path.join(dir, "fonts.json");
  if (io.exists(manifest)) {
    const json = JSON.parse(io.readFile(manifest)) as Record<string, string | { file: string; postscriptName?: string }>;
    for (const role of FONT_ROLES) {
      const entry = json[role];
      if (!entry) continue;
      const file = path.resolve(dir, typeof entry === "string" ? entry : entry.file);
      if (!io.exists(file)) throw new Error(`字体配置 ${manifest} 中的 ${role} 文件不存在：${file}`);
      out[role] = { src: file, postscriptName: typeof entry === "string" ? undefined : entry.postscriptName, source: "office" };
    }
    return out;
  }
  const files = io.readDir(dir);
  for (const role of FONT_ROLES) {
    const hit = files.find((f) => new RegExp(`^${OFFICE_FILE_NAMES[role]}\\.(ttf|otf)$`, "i").test(f));
    if (hit) out[role] = { src: path.join(dir, hit), source: "office" };
  }
  return out;
}

/** Resolves the font plan from what is installed; pure given its IO functions (tests pass fakes). */
export function resolveFontPlan(opts: FontEnv = {}): FontPlan {
  const env = opts.env ?? process.env;
  const io = {
    exists: opts.exists ?? ((f: string) => fs.existsSync(f)),
    readFile: opts.readFile ?? ((f: string) => fs.readFileSync(f, "utf8")),
    readDir: opts.readDir ?? ((d: string) => (fs.existsSync(d) ? fs.readdirSync(d) : [])),
  };
  const roots = opts.roots ?? defaultRoots();
  const firstExisting = (dirs: string[], file: string) => dirs.map((d) => path.join(d, file)).find(io.exists);

  const npm = (rel: string): FontFile => {
    const src = roots.map((r) => path.join(r, "node_modules", rel)).find(io.exists);
    if (!src) throw new Error(`找不到字体文件 node_modules/${rel}（请先运行 npm ci）`);
    return { src, source: "npm" };
  };
  const noto = (key: keyof typeof NOTO_CJK): FontFile | null => {
    const src = firstExisting(NOTO_CJK_DIRS, NOTO_CJK[key].file);
    return src ? { src, postscriptName: NOTO_CJK[key].postscriptName, source: "noto-cjk" } : null;
  };
  const serifFallback = noto("serif") ?? npm(NPM.serif);
  const serifFallbackBold = noto("serifBold") ?? npm(NPM.serifBold);
  const sansFallback = noto("sans") ?? npm(NPM.sans);

  const dir = env.NIANBAO_FONT_DIR?.trim();
  const office = dir ? officeFonts(path.resolve(dir), io) : {};
  const fandol = (role: FontRole): FontFile | null => {
    const name = FANDOL[role];
    const src = name ? firstExisting(FANDOL_DIRS, name) : undefined;
    return src ? { src, source: "fandol" } : null;
  };
  const pick = (role: FontRole, fallback: FontFile): FontFile => office[role] ?? fandol(role) ?? fallback;
  return {
    title: pick("title", serifFallbackBold),
    body: pick("body", serifFallback),
    bodyBold: pick("bodyBold", serifFallbackBold),
    heading: pick("heading", sansFallback),
    subheading: pick("subheading", serifFallback),
    serifFallback,
    serifFallbackBold,
    sansFallback,
  };
}

/** Family names registered with react-pdf; styles use them as arrays (face, then fallback). */
export const FAMILY = {
  title: "NianbaoTitle",
  body: "NianbaoBody",
  heading: "NianbaoHeading",
  subheading: "NianbaoSubheading",
  serifFallback: "NianbaoSerifFallback",
  sansFallback: "NianbaoSansFallback",
} as const;

export const FONT_STACK = {
  title: [FAMILY.title, FAMILY.serifFallback],
  body: [FAMILY.body, FAMILY.serifFallback],
  heading: [FAMILY.heading, FAMILY.sansFallback],
  subheading: [FAMILY.subheading, FAMILY.serifFallback],
};

/** One-line description of the faces, for logs and the README. */
export function describeFontPlan(plan: FontPlan): string {
  return FONT_ROLES.map((r) => `${r}=${path.basename(plan[r].src)}${plan[r].postscriptName ? `#${plan[r].postscriptName}` : ""} (${plan[r].source})`).join(", ");
}
