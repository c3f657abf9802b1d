"use client";

import type { OrgAttributes } from "@/lib/rules";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "antd";
import { getTemplate } from "@/lib/templates";
import { parseTableInput } from "@/lib/values";
import {
  buildFormGrid,
  buildFormSchema,
  checkForm,
  editableCells,
  formatCellText,
  fromFieldName,
  differingCells,
  isBlock,
  moveFrom,
  planPaste,
  sameValues,
  savableTexts,
  textsToSend,
  stillPrefilled,
  toFieldName,
  withPrefill,
  type CarryOverPrefill,
  type Direction,
  type FormTexts,
} from "@/lib/form";
import { FormTable } from "./form-table";
import { ProblemsPanel } from "./problems-panel";
import { SaveNotice, SaveStatus } from "./save-status";
import { useAutosave, type ConflictCheck } from "@/components/autosave/use-autosave";
import type { SaveAnswer } from "@/components/autosave/outcome";
import { writtenExplanation } from "@/lib/workflow/explained";
import { statsDraft, statsExplanations } from "./drafts";
import { inputId } from "./cell-ids";
import { PasteNotice, type PasteMessage } from "./paste-notice";
import type { ChangeSetting, CurrentStats, FormComment, LoadCurrentAction, SaveAction, SaveExplanationsAction, StatsConflict } from "./types";
import styles from "./stats-form.module.css";

type Props = {
  /** The cycle's template (compiled here: a Template holds functions, so it cannot cross from the server). */
  templateId: string;
  year: number;
  orgCode: string;
  initial: CurrentStats;
  /** Last year's values (plain text), when last year used a compatible template. */
  previous: Record<string, string> | null;
  /** Carry-over cells filled in from last year where the unit saved nothing (they stay editable). */
  prefill?: CarryOverPrefill | null;
  change: ChangeSetting;
  /** The unit's attributes the rules read (规章制定权). */
  orgAttributes?: OrgAttributes | null;
  save: SaveAction;
  loadCurrent: LoadCurrentAction;
  /** The explanations stored on the server (they win over this browser's copy). */
  initialExplanations?: Record<string, string>;
  /** Sends the explanations to the server (debounced after typing, and after each value save). */
  saveExplanations?: SaveExplanationsAction;
  /** The reviewer's open comments (from the last 退回): at their cells and in the problems panel. */
  comments?: FormComment[];
};

const EXPLAIN_DELAY_MS = 1200;
/** Quiet time after the last keystroke before the values go to the server (no half-typed values). */
export const AUTOSAVE_DELAY_MS = 2000;

/** Keeps only explanations someone wrote: an import's placeholder shows as still to be explained. */
function writtenOnly(explanations: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(explanations).filter(([, text]) => writtenExplanation(text) !== ""));
}

function toFields(template: ReturnType<typeof getTemplate>, values: Record<string, string>): FormTexts {
  return Object.fromEntries(editableCells(template).map((c) => [toFieldName(c.code), values[c.code] ?? ""]));
}

function fromFields(fields: Partial<FormTexts>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, text] of Object.entries(fields)) if (text) out[fromFieldName(field)] = text;
  return out;
}

/** Excel-like keys: Enter down, Shift+Enter up, Tab right, Shift+Tab left, arrows (left/right at the text's edge). */
function keyDirection(e: React.KeyboardEvent, input: HTMLInputElement): Direction | null {
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length;
  switch (e.key) {
    case "Enter":
      return e.shiftKey ? "up" : "down";
    case "Tab":
      return e.shiftKey ? "left" : "right";
    case "ArrowDown":
      return "down";
    case "ArrowUp":
      return "up";
    case "ArrowRight":
      return atEnd ? "right" : null;
    case "ArrowLeft":
      return atStart ? "left" : null;
    default:
      return null;
  }
}

/**
 * The unit's statistics form for any template: every table in its official layout, sums computed
 * as the person types, rule problems at the cells and in a panel, Excel-like keys and paste, and
 * an autosave that never loses what was typed.
 */
export function StatsForm({ templateId, year, orgCode, initial: saved, previous, prefill, change, orgAttributes = null, save, loadCurrent, initialExplanations, saveExplanations, comments = [] }: Props) {
  const template = useMemo(() => getTemplate(templateId), [templateId]);
  const grid = useMemo(() => buildFormGrid(template), [template]);
  const schema = useMemo(() => buildFormSchema(template), [template]);
  const readOnly = !saved.editable;
  // The form starts from what is saved plus the carry-over; both count as "what the server has",
  // so opening the form saves nothing: the prefill goes up with the unit's first change.
  const initial = useMemo(() => (readOnly || !prefill ? saved : { ...saved, values: withPrefill(saved.values, prefill) }), [saved, prefill, readOnly]);
  const form = useForm<FormTexts>({ resolver: zodResolver(schema), defaultValues: toFields(template, initial.values), mode: "onChange" });
  const { register, setValue, reset, trigger, control, formState } = form;
  const watched = useWatch({ control });
  const texts = useMemo(() => fromFields(watched), [watched]);
  const prefilled = useMemo(() => (readOnly ? new Set<string>() : stillPrefilled(template, prefill, texts)), [readOnly, template, prefill, texts]);
  const rowNotes = useMemo(() => {
    const notes: Record<string, string> = {};
    for (const code of prefilled) notes[template.cell(code)!.rowCode] = prefill!.note;
    return notes;
  }, [prefilled, prefill, template]);

  const previousValues = useMemo(() => (previous ? parseTableInput(template, previous).values : null), [template, previous]);
  const threshold = useMemo(
    () => ({ factorNum: BigInt(change.factorNum), factorDen: BigInt(change.factorDen), minimum: BigInt(change.minimum) }),
    [change.factorNum, change.factorDen, change.minimum],
  );
  const check = useMemo(
    () => checkForm(template, texts, { previous: previousValues, change: threshold, org: orgAttributes }),
    [template, texts, previousValues, threshold, orgAttributes],
  );
  // Parse errors come from the zod schema (the same parser as the server), shown once a cell was changed.
  const parseErrors = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [field, err] of Object.entries(formState.errors)) if (err?.message) out[fromFieldName(field)] = String(err.message);
    return out;
  }, [formState]);

  const cellComments = useMemo(() => {
    const out: Record<string, string[]> = {};
    for (const c of comments) if (c.cell) (out[c.cell] ??= []).push(c.text);
    return out;
  }, [comments]);

  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [restored, setRestored] = useState(false);
  const [pasteMessage, setPasteMessage] = useState<PasteMessage | null>(null);
  const { getValues } = form;
  const readNow = useCallback(() => fromFields(getValues()), [getValues]);
  const draftStore = useMemo(() => statsDraft(year, orgCode), [year, orgCode]);
  const explanationStore = useMemo(() => statsExplanations(year, orgCode), [year, orgCode]);

  // The server action, or (as the page is left) a request that outlives the page.
  const send = useCallback(
    async (values: Record<string, string>, version: number, how: { keepalive: boolean }): Promise<SaveAnswer> => {
      if (!how.keepalive) {
        const r = await save({ year, orgCode, values, version });
        return r.ok ? { ok: true, version: r.data.version } : { ok: false, status: r.status, error: r.error };
      }
      const r = await fetch(`/api/stats/${year}/${encodeURIComponent(orgCode)}`, {
        method: "PUT",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ values, version }),
      });
      const body = (await r.json().catch(() => ({}))) as { version?: number; error?: string };
      return r.ok && typeof body.version === "number" ? { ok: true, version: body.version } : { ok: false, status: r.status, error: body.error ?? "" };
    },
    [save, year, orgCode],
  );
  const onConflict = useCallback(
    async (typed: Record<string, string>, payload: Record<string, string>): Promise<ConflictCheck<Record<string, string>, StatsConflict>> => {
      const current = await loadCurrent({ year, orgCode });
      if (!current.ok || !current.data.editable) return null;
      if (differingCells(template, payload, current.data.values).length === 0) return { same: true, version: current.data.version, saved: current.data.values };
      return { same: false, conflict: { theirs: current.data, cells: differingCells(template, typed, current.data.values) } };
    },
    [loadCurrent, template, year, orgCode],
  );
  const autosave = useAutosave<Record<string, string>, StatsConflict>({
    store: draftStore,
    version: initial.version,
    saved: initial.values,
    enabled: !readOnly,
    delayMs: AUTOSAVE_DELAY_MS,
    toSend: (value, onServer) => textsToSend(template, value, onServer),
    complete: (value) => savableTexts(template, value, {}).held.length === 0,
    send,
    onConflict,
    readNow,
  });

  // On load: bring back what this browser kept but the server does not have (newer than its version).
  const restoredOnce = useRef(false);
  const explainDirtyOnLoad = useRef(false);
  useEffect(() => {
    if (restoredOnce.current) return;
    restoredOnce.current = true;
    const local = writtenOnly(explanationStore.read() ?? {});
    const server = writtenOnly(initialExplanations ?? {});
    setExplanations({ ...local, ...server });
    // Typed in this browser before explanations were stored on the server: send them once.
    if (Object.entries(local).some(([k, v]) => v.trim() && server[k] === undefined)) explainDirtyOnLoad.current = true;
    const draft = draftStore.read();
    if (!draft || readOnly) return;
    if (sameValues(template, draft.value, initial.values)) return draftStore.clear();
    const newer = draft.baseVersion >= initial.version || draft.editedAt > (initial.updatedAt ?? 0);
    if (!newer) return draftStore.clear();
    autosave.rebase(Math.min(draft.baseVersion, initial.version));
    reset(toFields(template, draft.value), { keepDefaultValues: true });
    void trigger();
    setRestored(true);
  }, [autosave, draftStore, explanationStore, initial, initialExplanations, readOnly, reset, template, trigger]);

  // Every change: into this browser at once, to the server once typing stops (see useAutosave).
  const { changed } = autosave;
  useEffect(() => changed(texts), [changed, texts]);

  // Explanations go to the server once typed (debounced) and again after each value save, against
  // the version the server last confirmed; a failure keeps them in this browser and retries later.
  const [explainError, setExplainError] = useState<string | null>(null);
  const explainDirty = useRef(false);
  const explainTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const explanationsRef = useRef(explanations);
  useEffect(() => {
    explanationsRef.current = explanations;
    if (explainDirtyOnLoad.current) {
      explainDirtyOnLoad.current = false;
      explainDirty.current = true;
    }
  }, [explanations]);
  const { currentVersion } = autosave;
  const sendExplanations = useCallback(async () => {
    if (!saveExplanations || readOnly || !explainDirty.current) return;
    const version = currentVersion();
    // Nothing stored yet: the first value save creates the submission, then this runs again.
    if (version === 0) return;
    explainDirty.current = false;
    const r = await saveExplanations({ year, orgCode, version, explanations: explanationsRef.current });
    if (r.ok) setExplainError(null);
    else {
      explainDirty.current = true;
      setExplainError(r.error);
    }
  }, [saveExplanations, readOnly, currentVersion, year, orgCode]);
  const scheduleExplanations = useCallback(() => {
    explainDirty.current = true;
    if (explainTimer.current) clearTimeout(explainTimer.current);
    explainTimer.current = setTimeout(() => void sendExplanations(), EXPLAIN_DELAY_MS);
  }, [sendExplanations]);
  useEffect(() => {
    if (autosave.state.phase === "saved") void sendExplanations();
  }, [autosave.state.phase, sendExplanations]);
  useEffect(() => () => {
    if (explainTimer.current) clearTimeout(explainTimer.current);
  }, []);

  const onExplain = useCallback(
    (key: string, text: string) =>
      setExplanations((prev) => {
        const next = { ...prev, [key]: text };
        explanationStore.write(next);
        return next;
      }),
    [explanationStore],
  );
  const onExplainAndSend = useCallback(
    (key: string, text: string) => {
      onExplain(key, text);
      scheduleExplanations();
    },
    [onExplain, scheduleExplanations],
  );

  const focusCell = (code: string) => {
    const el = document.getElementById(inputId(code)) as HTMLInputElement | null;
    el?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLInputElement;
    const code = target.dataset?.code;
    if (!code || e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    const dir = keyDirection(e, target);
    if (!dir) return;
    const next = moveFrom(grid, code, dir);
    // Tab past the last cell leaves the form as usual.
    if (!next) return;
    e.preventDefault();
    focusCell(next);
  };

  // A block, a label, a text or anything onto a sum goes through planPaste (refused as a whole
  // with a message naming the cell); one number into an editable cell pastes as the browser does.
  const onPaste = (e: React.ClipboardEvent<HTMLElement>) => {
    const target = e.target as HTMLInputElement;
    const code = target.dataset?.code;
    const cell = code ? template.cell(code) : undefined;
    if (!code || !cell || readOnly) return;
    const text = e.clipboardData.getData("text/plain");
    if (!isBlock(text) && !cell.computed && savableTexts(template, { [code]: text }, {}).held.length === 0) return setPasteMessage(null);
    e.preventDefault();
    const plan = planPaste(template, grid, code, text);
    if (!plan.ok) return setPasteMessage({ kind: "refused", text: plan.message, cell: plan.cell });
    for (const [c, value] of Object.entries(plan.values)) setValue(toFieldName(c), value, { shouldValidate: true, shouldDirty: true });
    setPasteMessage(plan.skippedLabels > 0 ? { kind: "skipped", text: `已粘贴 ${Object.keys(plan.values).length} 个数值；复制内容中的 ${plan.skippedLabels} 个行标题、表头或单位已跳过。` } : null);
  };

  const onFocus = (e: React.FocusEvent<HTMLElement>) => {
    const target = e.target as HTMLInputElement;
    if (target.dataset?.code && !target.readOnly) target.select();
  };

  // Leaving a cell shows its value as the form prints it (1234567 → 1,234,567).
  const onBlur = (e: React.FocusEvent<HTMLElement>) => {
    const target = e.target as HTMLInputElement;
    const cell = target.dataset?.code ? template.cell(target.dataset.code) : undefined;
    if (!cell || cell.computed || readOnly) return;
    const formatted = formatCellText(target.value, cell);
    if (formatted !== target.value) setValue(toFieldName(cell.code), formatted, { shouldValidate: true });
  };

  const theirs = useMemo(() => {
    const c = autosave.state.conflict;
    return c ? Object.fromEntries(c.cells.map((code) => [code, c.theirs.values[code] ?? ""])) : null;
  }, [autosave.state.conflict]);

  const reloadTheirs = () => {
    const t = autosave.state.conflict?.theirs;
    if (!t) return;
    autosave.accept(t.version, t.values);
    reset(toFields(template, t.values));
  };

  const overwriteTheirs = () => {
    const t = autosave.state.conflict?.theirs;
    if (t) autosave.overwrite(t.version, { theirs: t.values });
  };

  const loginHref = `/login?callbackUrl=${encodeURIComponent(`/stats/${year}/${orgCode}/edit`)}`;

  return (
    <div>
      <div className={styles.toolbar}>
        <SaveStatus state={autosave.state} invalidCells={Object.keys(check.parseErrors).length} />
        <span style={{ color: "#8c8c8c", fontSize: 13 }}>
          自动保存；Enter 下移，Tab 右移，可从 Excel/WPS 复制多个单元格后粘贴。
        </span>
      </div>
      {restored ? (
        <Alert type="info" showIcon closable style={{ marginBottom: 8 }} title="已恢复未保存的输入" description="这些数据保存在本机浏览器中，尚未保存到服务器，正在自动保存。" />
      ) : null}
      {readOnly ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title="本单位的数据已报送或已通过，不能修改。" /> : null}
      {explainError ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={`提示说明未能保存到服务器：${explainError}`} /> : null}
      <SaveNotice state={autosave.state} loginHref={loginHref} onReload={reloadTheirs} onOverwrite={overwriteTheirs} />
      <PasteNotice message={pasteMessage} onClose={() => setPasteMessage(null)} />
      <div className={styles.layout}>
        <form onSubmit={(e) => e.preventDefault()} onKeyDown={onKeyDown} onPaste={onPaste} onFocus={onFocus} onBlur={onBlur} noValidate>
          {template.sections.map((section) => (
            <section key={section.id} aria-labelledby={`section-${section.id}`} style={{ marginBottom: 16 }}>
              <h2 id={`section-${section.id}`} style={{ fontSize: 16, margin: "8px 0" }}>
                {section.title}
              </h2>
              {section.tables.map((table) => (
                <div key={table.id}>
                  {table.title && table.title !== section.title ? <h3 style={{ fontSize: 14, margin: "8px 0 4px" }}>{table.title}</h3> : null}
                  <FormTable
                    table={table}
                    caption={table.title || section.title}
                    template={template}
                    register={register}
                    check={check}
                    parseErrors={parseErrors}
                    previous={previous}
                    prefilled={prefilled}
                    rowNotes={rowNotes}
                    theirs={theirs}
                    comments={cellComments}
                    readOnly={readOnly}
                  />
                </div>
              ))}
            </section>
          ))}
        </form>
        <aside className={styles.panel}>
          <ProblemsPanel
            hard={check.hard}
            warnings={check.warnings}
            parseErrorCount={Object.keys(parseErrors).length}
            explanations={explanations}
            onExplain={onExplainAndSend}
            comments={comments}
            cellName={(code) => template.cell(code)?.name ?? code}
          />
        </aside>
      </div>
    </div>
  );
}
