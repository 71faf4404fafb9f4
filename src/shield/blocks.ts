/**
 * Where text lives on a page: blocks (the nearest block element around a text
 * node) and the text of a block, as one string with a map back to its text nodes.
 * Tag names decide what is a block, so no style is ever computed.
 */

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'LEGEND',
]);

/** Elements whose text is never read or marked. */
export const SKIP_TAGS = new Set([
  'HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT', 'CANVAS',
]);

/** Whether text inside `el` must be left alone: skipped tags and editable regions. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The block that owns a text node's text, or null when the text is in a skipped region. */
export function blockOf(node: Node): Element | null {
  let block: Element | null = null;
  for (let el = node.parentElement ?? hostOf(node); el; el = el.parentElement ?? hostOf(el)) {
    if (isSkipped(el)) return null;
    if (!block && BLOCK_TAGS.has(el.tagName)) block = el;
  }
  return block;
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root !== node && 'host' in root ? (root as ShadowRoot).host : null;
}

export interface TextPiece {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

export interface BlockText {
  text: string;
  pieces: TextPiece[];
}

/** The block's own text: its text nodes that no nested block or skipped element claims. */
export function readBlockText(block: Element): BlockText {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      const el = node as Element;
      if (el !== block && (BLOCK_TAGS.has(el.tagName) || isSkipped(el))) return 2; // FILTER_REJECT: not its text
      return 3; // FILTER_SKIP: look inside
    },
  });
  const pieces: TextPiece[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (data.length === 0) continue;
    pieces.push({ node: n as Text, start: text.length });
    text += data;
  }
  return { text, pieces };
}

/** The blocks that own the text inside `root` (itself included). */
export function blocksWithin(root: Node, into: Set<Element>): void {
  if (root.nodeType === 3) {
    const b = blockOf(root);
    if (b) into.add(b);
    return;
  }
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1;
      return isSkipped(node as Element) ? 2 : 3;
    },
  });
  let lastParent: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3 || n.parentNode === lastParent) continue;
    lastParent = n.parentNode;
    if (!/\S/.test((n as Text).data)) continue;
    const b = blockOf(n);
    if (b) into.add(b);
  }
}

/** A DOM range over [start, end) of a block's text. */
export function rangeOver(bt: BlockText, start: number, end: number): Range | null {
  const at = (offset: number, preferEnd: boolean): [Text, number] | null => {
    for (let i = 0; i < bt.pieces.length; i++) {
      const p = bt.pieces[i]!;
      const len = p.node.data.length;
      if (offset < p.start + len || (preferEnd && offset === p.start + len)) return [p.node, offset - p.start];
    }
    return null;
  };
  const s = at(start, false);
  const e = at(end, true);
  if (!s || !e) return null;
  const range = s[0].ownerDocument.createRange();
  range.setStart(s[0], s[1]);
  range.setEnd(e[0], e[1]);
  return range;
}
