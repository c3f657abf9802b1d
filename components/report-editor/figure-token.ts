import { Node, mergeAttributes } from "@tiptap/core";
import type { TokenFormat, TokenRef } from "@/lib/report/narrative-doc";

/** What a chip shows: the value printed now, or why it cannot print. */
export type ChipView = { text: string; title: string; error: boolean };

export type FigureTokenOptions = { view: (ref: TokenRef, format: TokenFormat) => ChipView };

/**
 * A bound figure inside a paragraph: an inline atom (the cursor steps over it, Backspace
 * deletes it whole) holding the token, drawn as a chip with the value it prints now.
 */
export const FigureToken = Node.create<FigureTokenOptions>({
  name: "figureToken",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { view: () => ({ text: "?", title: "", error: true }) };
  },

  addAttributes() {
    return {
      ref: {
        default: null,
        parseHTML: (el) => JSON.parse(el.getAttribute("data-ref") ?? "null") as TokenRef | null,
        renderHTML: (attrs) => ({ "data-ref": JSON.stringify(attrs.ref) }),
      },
      format: {
        default: "wan",
        parseHTML: (el) => el.getAttribute("data-format") ?? "wan",
        renderHTML: (attrs) => ({ "data-format": attrs.format as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-figure-token]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(HTMLAttributes, { "data-figure-token": "" })];
  },

  renderText({ node }) {
    return this.options.view(node.attrs.ref as TokenRef, node.attrs.format as TokenFormat).text;
  },

  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement("span");
      const v = this.options.view(node.attrs.ref as TokenRef, node.attrs.format as TokenFormat);
      dom.setAttribute("data-figure-token", "");
      dom.setAttribute("contenteditable", "false");
      dom.setAttribute("role", "img");
      dom.setAttribute("aria-label", `绑定数据：${v.text}${v.error ? `（${v.title}）` : ""}`);
      dom.title = v.title;
      dom.textContent = v.text;
      dom.className = v.error ? "figure-chip figure-chip-error" : "figure-chip";
      return { dom };
    };
  },
});
