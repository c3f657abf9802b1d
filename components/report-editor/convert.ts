import type { JSONContent } from "@tiptap/core";
import { isToken, type Paragraph, type TokenFormat, type TokenRef } from "@/lib/report/narrative-doc";

/** A block's paragraphs as the editor's document. */
export function toEditorContent(paragraphs: readonly Paragraph[]): JSONContent {
  const content = paragraphs.map((p) => ({
    type: "paragraph",
    content: p.flatMap((x): JSONContent[] =>
      isToken(x) ? [{ type: "figureToken", attrs: { ref: x.token, format: x.format } }] : x.text ? [{ type: "text", text: x.text }] : [],
    ),
  }));
  return { type: "doc", content: content.length ? content : [{ type: "paragraph" }] };
}

/** The editor's document as paragraphs: text merged, tokens kept; blank trailing paragraphs dropped. */
export function fromEditorContent(json: JSONContent): Paragraph[] {
  const out: Paragraph[] = (json.content ?? []).map((block) => {
    const pieces: Paragraph = [];
    for (const n of block.content ?? []) {
      if (n.type === "figureToken" && n.attrs?.ref) pieces.push({ token: n.attrs.ref as TokenRef, format: (n.attrs.format as TokenFormat) ?? "wan" });
      else if (n.type === "text" && n.text) {
        const last = pieces[pieces.length - 1];
        if (last && !isToken(last)) last.text += n.text;
        else pieces.push({ text: n.text });
      }
    }
    return pieces;
  });
  while (out.length && out[out.length - 1]!.every((x) => !isToken(x) && x.text.trim() === "")) out.pop();
  return out;
}
