"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { Button } from "antd";
import { useEffect, useRef } from "react";
import type { Paragraph, TokenFormat, TokenRef } from "@/lib/report/narrative-doc";
import { fromEditorContent, toEditorContent } from "./convert";
import { FigureToken, type ChipView } from "./figure-token";
import styles from "./narrative-editor.module.css";

type Props = {
  blockId: string;
  label: string;
  prompt: string;
  initial: readonly Paragraph[];
  editable: boolean;
  view: (ref: TokenRef, format: TokenFormat) => ChipView;
  onChange: (blockId: string, paragraphs: Paragraph[]) => void;
  onPick: (blockId: string) => void;
  register: (blockId: string, editor: Editor | null) => void;
};

/**
 * One prose block of the outline as a Tiptap editor: paragraphs of plain text (no bold, lists,
 * headings: the PDF prints body text only) and bound figure chips.
 */
export function ProseBlock({ blockId, label, prompt, initial, editable, view, onChange, onPick, register }: Props) {
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const editor = useEditor({
    immediatelyRender: false,
    editable,
    extensions: [
      StarterKit.configure({
        blockquote: false,
        bold: false,
        bulletList: false,
        code: false,
        codeBlock: false,
        hardBreak: false,
        heading: false,
        horizontalRule: false,
        italic: false,
        listItem: false,
        listKeymap: false,
        link: false,
        orderedList: false,
        strike: false,
        underline: false,
      }),
      FigureToken.configure({ view }),
    ],
    content: toEditorContent(initial),
    editorProps: {
      attributes: { "aria-label": `${label}正文`, role: "textbox", "aria-multiline": "true", class: styles.editable!, "data-placeholder": prompt },
      handleDOMEvents: {
        // The pinyin of an input method is in the document until a character is chosen: the
        // change is reported once it is committed, so no pinyin is saved or previewed.
        compositionend: (view) => {
          setTimeout(() => {
            if (!view.isDestroyed && !view.composing) changeRef.current(blockId, fromEditorContent(view.state.doc.toJSON()));
          });
          return false;
        },
      },
    },
    onUpdate: ({ editor: e }) => {
      if (!e.view.composing) changeRef.current(blockId, fromEditorContent(e.getJSON()));
    },
  });

  useEffect(() => {
    register(blockId, editor);
    return () => register(blockId, null);
  }, [blockId, editor, register]);

  return (
    <div className={styles.block}>
      {editable ? (
        <div className={styles.toolbar}>
          <Button size="small" onClick={() => onPick(blockId)} aria-label={`插入数据（${label}）`}>
            插入数据
          </Button>
          <span className={styles.prompt}>{prompt}</span>
        </div>
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
