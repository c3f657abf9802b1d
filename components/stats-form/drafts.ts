import { localDraftStore, localValue } from "@/components/autosave/local-draft";

const isTexts = (v: unknown): v is Record<string, string> => typeof v === "object" && v !== null && Object.values(v).every((t) => typeof t === "string");

/** The form's unsaved texts (cell code → text) of one unit and year, in this browser. */
export const statsDraft = (year: number, orgCode: string) => localDraftStore(`nianbao:stats-draft:${year}:${orgCode}`, isTexts, { legacyField: "texts" });

/** Warning explanations typed in this browser (the server's copy wins when both exist). */
export const statsExplanations = (year: number, orgCode: string) => localValue<Record<string, string>>(`nianbao:stats-explanations:${year}:${orgCode}`);
