"use client";

import type { Editor } from "@tiptap/react";
import { Alert, Button, Input, List, Space, Tag, Typography } from "antd";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  checkNarrative,
  effectiveNarrative,
  getOutline,
  isToken,
  runsText,
  tokenKey,
  type CatalogEntry,
  type NarrativeDoc,
  type NarrativeProblem,
  type Paragraph,
  type SkeletonItem,
  type TokenFormat,
  type TokenPiece,
  type TokenRef,
  type TokenResolution,
} from "@/lib/report";
import { toEditorContent } from "./convert";
import type { ChipView } from "./figure-token";
import { useAutosave, type SaveState } from "@/components/autosave/use-autosave";
import type { SaveAnswer } from "@/components/autosave/outcome";
import { NARRATIVE_AUTOSAVE_MS, narrativeDraft, sameDoc, type NarrativeSaveAction } from "./narrative-draft";
import { LastMeasures } from "./last-measures";
import { ProseBlock } from "./prose-block";
import { ParagraphComments } from "@/components/report-prereview/paragraph-comments";
import type { PrereviewCommentView } from "@/lib/contracts/publish-view";
import { TokenPicker } from "./token-picker";
import styles from "./narrative-editor.module.css";

export type LoadNarrative = (input: { year: number; orgCode: string }) => Promise<{ ok: true; doc: NarrativeDoc; version: number } | { ok: false; error: string }>;

type Props = {
  year: number;
  orgCode: string;
  /** A government's 本级 report beside its area's: its own local draft. */
  coverage?: "area" | "own";
  editable: boolean;
  templateId: string;
  skeleton: SkeletonItem[];
  draft: { doc: NarrativeDoc; version: number; updatedAt: number | null };
  /** Last year's announced measures beside the blocks that report on them (never put into the text). */
  measures: Record<string, { year: number; items: string[] }>;
  catalog: CatalogEntry[];
  save: NarrativeSaveAction | null;
  load: LoadNarrative;
  /** A save changed the stored narrative (the preview refreshes). */
  onSaved: () => void;
  /** The office's 预审 comments on paragraphs while the report is returned (decision 022). */
  comments?: PrereviewCommentView[];
};

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString("zh-CN", { hour12: false, hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

function statusText(s: SaveState): { text: string; color: string } {
  switch (s.phase) {
    case "saving":
      return { text: "正在保存…", color: "#595959" };
    case "retrying":
      return { text: "保存失败，正在重试", color: "#cf1322" };
    case "saved":
      return { text: s.savedAt ? `已保存 ${clock(s.savedAt)}` : "已是最新", color: "#389e0d" };
    case "dirty":
      return { text: "未保存", color: "#595959" };
    default:
      return { text: "未保存", color: "#cf1322" };
  }
}

/** Replaces typed text at [offset, offset + length) of one piece with a token. */
function replaceTyped(p: Paragraph, piece: number, offset: number, length: number, token: TokenPiece): Paragraph {
  const target = p[piece];
  if (!target || isToken(target)) return p;
  const before = target.text.slice(0, offset);
  const after = target.text.slice(offset + length);
  const pieces: Paragraph = [...(before ? [{ text: before }] : []), token, ...(after ? [{ text: after }] : [])];
  return [...p.slice(0, piece), ...pieces, ...p.slice(piece + 1)];
}

/**
 * The report's narrative editor: the parts as the report prints them — headings (the editable
 * ones as fields), the standard sentences read-only, and a Tiptap editor for each prose block
 * with bound figure chips — with autosave, the narrative's problems and the token picker.
 */
export function NarrativeEditor({ year, orgCode, coverage, editable, templateId, skeleton, draft, measures, catalog, save, load, onSaved, comments = [] }: Props) {
  const outline = useMemo(() => getOutline(templateId), [templateId]);
  const byKey = useMemo(() => new Map(catalog.map((e) => [e.key, e])), [catalog]);
  const resolve = useCallback(
    (t: TokenPiece): TokenResolution => byKey.get(tokenKey(t.token, t.format))?.resolution ?? { status: "broken", message: "该数据项在本年度模板中不存在" },
    [byKey],
  );
  const view = useCallback(
    (ref: TokenRef, format: TokenFormat): ChipView => {
      const r = ref ? resolve({ token: ref, format }) : ({ status: "broken", message: "数据引用为空" } as const);
      if (r.status === "ok") return { text: r.text, title: r.label, error: false };
      return { text: r.status === "broken" ? "数据引用失效" : "无法表述", title: r.message, error: true };
    },
    [resolve],
  );

  const [doc, setDoc] = useState<NarrativeDoc>(draft.doc);
  const docRef = useRef(doc);
  const [restoredLocal, setRestoredLocal] = useState<{ baseVersion: number } | null>(null);
  const editors = useRef(new Map<string, Editor>());
  const [pickerFor, setPickerFor] = useState<string | null>(null);
  const store = useMemo(() => narrativeDraft(year, orgCode, coverage), [year, orgCode, coverage]);
  const send = useCallback(
    async (doc: NarrativeDoc, version: number): Promise<SaveAnswer> => {
      if (!save) return { ok: false, status: 403, error: "" };
      const r = await save({ year, orgCode, version, doc });
      return r.ok ? { ok: true, version: r.data.version, changed: r.data.changed } : { ok: false, status: r.status, error: r.error };
    },
    [save, year, orgCode],
  );
  const autosave = useAutosave<NarrativeDoc>({
    store,
    version: draft.version,
    saved: draft.doc,
    enabled: editable && save !== null,
    delayMs: NARRATIVE_AUTOSAVE_MS,
    toSend: (doc, onServer) => (sameDoc(doc, onServer) ? null : doc),
    send,
    onSaved: (answer) => {
      if (answer.changed) onSaved();
    },
  });

  const update = useCallback(
    (next: NarrativeDoc) => {
      docRef.current = next;
      setDoc(next);
      autosave.changed(next);
    },
    [autosave],
  );

  const register = useCallback((blockId: string, editor: Editor | null) => {
    if (editor) editors.current.set(blockId, editor);
    else editors.current.delete(blockId);
  }, []);

  /** Puts paragraphs into a block's editor without it reporting a change. */
  const setBlock = useCallback((blockId: string, ps: readonly Paragraph[]) => {
    editors.current.get(blockId)?.commands.setContent(toEditorContent(ps), { emitUpdate: false });
  }, []);

  const setAll = useCallback(
    (next: NarrativeDoc) => {
      for (const item of skeleton) if (item.kind === "prose") setBlock(item.id, next.prose[item.id] ?? []);
    },
    [skeleton, setBlock],
  );

  // What this browser kept but the server never confirmed: put it back and save it.
  useEffect(() => {
    if (!editable) return;
    const local = store.read();
    if (!local) return;
    if (sameDoc(local.value, draft.doc)) {
      store.clear();
      return;
    }
    const t = setTimeout(() => {
      setAll(local.value);
      setRestoredLocal({ baseVersion: local.baseVersion });
      if (local.baseVersion === draft.version) update(local.value);
      else {
        docRef.current = local.value;
        setDoc(local.value);
      }
    }, 0);
    return () => clearTimeout(t);
    // Once, on the first render with the editors mounted.
  }, []);

  const onBlockChange = useCallback(
    (blockId: string, paragraphs: Paragraph[]) => update({ ...docRef.current, prose: { ...docRef.current.prose, [blockId]: paragraphs } }),
    [update],
  );

  const onHeading = (partId: string, text: string) => update({ ...docRef.current, headings: { ...docRef.current.headings, [partId]: text } });

  const problems: NarrativeProblem[] = useMemo(() => checkNarrative(effectiveNarrative({ narrative: doc }), outline, resolve, catalog), [doc, outline, resolve, catalog]);

  const replaceWithToken = (p: NarrativeProblem) => {
    if (!p.typed || !p.suggestion) return;
    const ps = [...(doc.prose[p.blockId] ?? [])];
    const para = ps[p.paragraph];
    if (!para) return;
    ps[p.paragraph] = replaceTyped(para, p.piece, p.typed.offset, p.typed.text.length, { token: p.suggestion.ref, format: p.suggestion.format });
    setBlock(p.blockId, ps);
    update({ ...doc, prose: { ...doc.prose, [p.blockId]: ps } });
  };

  const takeTheirs = async () => {
    const r = await load({ year, orgCode });
    if (!r.ok) return;
    store.clear();
    setAll(r.doc);
    docRef.current = r.doc;
    setDoc(r.doc);
    autosave.rebase(r.version);
    window.location.reload();
  };

  const keepMine = async () => {
    const r = await load({ year, orgCode });
    if (!r.ok) return;
    setRestoredLocal(null);
    autosave.overwrite(r.version, { value: docRef.current, theirs: r.doc });
  };

  const status = statusText(autosave.state);
  const where = (p: NarrativeProblem) => `${p.heading} 第 ${p.paragraph + 1} 段`;
  const errors = problems.filter((p) => p.severity === "error");
  let heading = "";
  const warnings = problems.filter((p) => p.severity === "warning");

  return (
    <section aria-label="报告正文" style={{ background: "#fff", padding: 16 }}>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }}>
        <h2 style={{ fontSize: 16, margin: 0 }}>报告正文</h2>
        {editable ? (
          <span role="status" aria-live="polite" style={{ color: status.color, fontWeight: 500 }}>
            {status.text}
          </span>
        ) : (
          <Tag>只读</Tag>
        )}
      </Space>
      {!editable ? <Alert type="info" showIcon style={{ marginBottom: 8 }} title="您可以查看本报告的正文，但不能修改。" /> : null}
      {autosave.state.phase === "conflict" ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title="报告正文已被他人修改"
          description={
            <Space orientation="vertical">
              <span>{autosave.state.message} 自动保存已暂停，您的文字仍在编辑器中，并已存于本机浏览器。</span>
              <Space wrap>
                <Button onClick={() => void takeTheirs()}>载入对方的内容</Button>
                <Button type="primary" danger onClick={() => void keepMine()}>
                  用我的内容覆盖
                </Button>
              </Space>
            </Space>
          }
        />
      ) : null}
      {autosave.state.phase === "unauthorized" ? (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title="登录已失效，正文已存于本机浏览器" description={<>请<a href="/login">重新登录</a>，回到本页后会自动恢复。</>} />
      ) : null}
      {autosave.state.phase === "blocked" ? <Alert type="error" showIcon style={{ marginBottom: 8 }} title={`无法保存：${autosave.state.message ?? "请稍后再试"}`} /> : null}
      {restoredLocal ? (
        <Alert
          type="info"
          showIcon
          closable
          style={{ marginBottom: 8 }}
          title={restoredLocal.baseVersion === draft.version ? "已恢复本机浏览器中尚未保存的正文，正在保存。" : "已恢复本机浏览器中尚未保存的正文（基于较早的版本），请核对后选择是否覆盖。"}
          action={
            restoredLocal.baseVersion === draft.version ? null : (
              <Button size="small" danger onClick={() => void keepMine()}>
                用本机内容覆盖
              </Button>
            )
          }
        />
      ) : null}
      {errors.length || warnings.length ? (
        <List
          size="small"
          bordered
          style={{ marginBottom: 12 }}
          header={<strong>正文检查：{errors.length} 个错误，{warnings.length} 个提示</strong>}
          dataSource={[...errors, ...warnings]}
          renderItem={(p) => (
            <List.Item
              actions={
                editable && p.suggestion
                  ? [
                      <Button key="r" size="small" onClick={() => replaceWithToken(p)}>
                        替换为绑定数据
                      </Button>,
                    ]
                  : []
              }
            >
              <Space orientation="vertical" size={0}>
                <span style={{ color: p.severity === "error" ? "#cf1322" : "#ad6800" }}>
                  {p.severity === "error" ? "错误" : "提示"}：{p.message}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {where(p)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : null}
      {skeleton.map((item, i) => {
        if (item.kind === "heading") heading = item.text;
        if (item.kind === "heading") {
          const cls = item.level === 1 ? styles.heading1 : styles.heading2;
          if (item.editable && editable) {
            return (
              <div key={i} className={cls}>
                <Input
                  aria-label={`标题：${item.standard}`}
                  defaultValue={doc.headings[item.partId] ?? ""}
                  placeholder={item.standard}
                  onChange={(e) => onHeading(item.partId, e.target.value)}
                  style={{ fontWeight: 600 }}
                />
              </div>
            );
          }
          const Tag_ = item.level === 1 ? "h3" : "h4";
          return (
            <Tag_ key={i} className={cls}>
              {(item.editable && doc.headings[item.partId]?.trim()) || item.standard}
            </Tag_>
          );
        }
        if (item.kind === "sentences") {
          return (
            <p key={i} className={styles.standard} title="根据统计数据生成，不可编辑">
              {runsText(item.runs)}
            </p>
          );
        }
        if (item.kind === "tables") return <p key={i} className={styles.tables}>（此处印出统计表）</p>;
        const lastMeasures = measures[item.id];
        return (
          <div key={i}>
            {lastMeasures ? <LastMeasures storageKey={`nianbao:measures:${year}:${orgCode}:${coverage ?? "area"}:${item.id}`} year={lastMeasures.year} items={lastMeasures.items} /> : null}
            <ParagraphComments comments={comments.filter((c) => c.blockId === item.id)} />
            <ProseBlock
              blockId={item.id}
              label={`${heading} ${item.prompt.replace(/。$/, "")}`}
              prompt={item.prompt}
              initial={doc.prose[item.id] ?? []}
              editable={editable}
              view={view}
              onChange={onBlockChange}
              onPick={setPickerFor}
              register={register}
            />
          </div>
        );
      })}
      {editable ? (
        <TokenPicker
          open={pickerFor !== null}
          catalog={catalog}
          onCancel={() => setPickerFor(null)}
          onInsert={(ref, format) => {
            const editor = pickerFor ? editors.current.get(pickerFor) : undefined;
            setPickerFor(null);
            editor?.chain().focus().insertContent({ type: "figureToken", attrs: { ref, format } }).run();
          }}
        />
      ) : null}
    </section>
  );
}
