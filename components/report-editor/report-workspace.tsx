"use client";

import { useCallback, useState, type ComponentProps } from "react";
import { ReportView } from "@/components/report-view/report-view";
import { ReportWordingForm } from "@/components/report-view/report-wording-form";
import { NarrativeEditor } from "./narrative-editor";
import { announceReportSaved } from "@/components/report-publish/saved-event";

type Props = {
  editor: Omit<ComponentProps<typeof NarrativeEditor>, "onSaved"> | null;
  /** Why there is no editor (no approved data yet). */
  editorMissing?: string;
  view: Omit<ComponentProps<typeof ReportView>, "refreshSignal" | "stacked">;
  wording: Omit<ComponentProps<typeof ReportWordingForm>, "onSaved">;
};

/** The report page's working area: the narrative editor beside the preview, which reloads (debounced) after each save. */
export function ReportWorkspace({ editor, editorMissing, view, wording }: Props) {
  const [signal, setSignal] = useState(0);
  const onSaved = useCallback(() => {
    setSignal((n) => n + 1);
    announceReportSaved();
  }, []);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(360px, 44%)", gap: 24, alignItems: "start" }}>
      <div>
        {editor ? <NarrativeEditor {...editor} onSaved={onSaved} /> : <p style={{ background: "#fff", padding: 16, margin: 0 }}>{editorMissing}</p>}
      </div>
      <div style={{ position: "sticky", top: 16 }}>
        <ReportView {...view} stacked refreshSignal={signal} />
        <div style={{ marginTop: 16 }}>
          <ReportWordingForm {...wording} onSaved={onSaved} />
        </div>
      </div>
    </div>
  );
}
