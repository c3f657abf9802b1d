"use server";

import { execute } from "@/app/_server/command";
import { saveReportPreface } from "@/app/_server/reports/save-preface";
import type { SaveReportPrefaceInput } from "@/lib/validation/report-fields";

/** Saves the report's preface fields. */
export async function saveReportFields(input: SaveReportPrefaceInput) {
  return execute(saveReportPreface, input);
}
