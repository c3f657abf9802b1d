"use client";

import { useCallback, useState, type ComponentProps } from "react";
import { ReportView } from "@/components/report-view/report-view";
import { ReportWordingForm } from "@/components/report-view/report-wording-form";
import { NarrativeEditor } from "./narrative-editor";
import styles from "./report-workspace.module.css";
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
    <div className={styles.workspace}>
      <div style={{ minWidth: 0 }}>
        {editor ? <NarrativeEditor {...editor} onSaved={onSaved} /> : <p style={{ background: "#fff", padding: 16, margin: 0 }}>{editorMissing}</p>}
      </div>
      <div className={styles.side}>
        <ReportView {...view} stacked refreshSignal={signal} />
        <div style={{ marginTop: 16 }}>
          <ReportWordingForm {...wording} onSaved={onSaved} />
        </div>
      </div>
    </div>
  );
}
