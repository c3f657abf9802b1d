import { readPage } from "@/server/next/read";
import { loadPrintForm } from "@/server/stats/print-form";
import { PrintFormView } from "@/components/print-form/print-form";

export const metadata = { title: "打印填报表 - 年报编制系统" };

type Params = { year: string; orgCode: string };

/** A unit's form for printing on A4, filled with what its statistics page shows, or blank (`?blank=1`); stats.read. */
export default async function PrintFormPage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ blank?: string | string[] }> }) {
  const p = await params;
  const blank = (await searchParams).blank === "1";
  const form = await readPage((ctx) => loadPrintForm(ctx, p, blank));
  return <PrintFormView form={form} />;
}
