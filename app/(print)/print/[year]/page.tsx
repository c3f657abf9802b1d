import { readPage } from "@/server/next/read";
import { loadBlankCycleForm } from "@/server/stats/print-form";
import { PrintFormView } from "@/components/print-form/print-form";

export const metadata = { title: "打印空白填报表 - 年报编制系统" };

/** The cycle's blank form on A4, no unit named, for anyone signed in. */
export default async function BlankFormPage({ params }: { params: Promise<{ year: string }> }) {
  const p = await params;
  const form = await readPage((ctx) => loadBlankCycleForm(ctx, p));
  return <PrintFormView form={form} />;
}
