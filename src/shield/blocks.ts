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

/** In a walk's memo: the element is inside a skipped region. */
const SKIP = 'skip';
export type BlockMemo = Map<Element, Element | null | typeof SKIP>;

/**
 * The block that owns a text node's text, or null when the text is in a skipped
 * region. Inside a shadow root the block is the nearest block element of the
 * shadow tree, or else the shadow host: a shadow tree's text is never read as part
 * of a block outside it. `memo` caches the answer per element for one walk, so
 * a walk over a deep page costs one step per element, not one per level per text.
 */
export function blockOf(node: Node, memo: BlockMemo = new Map()): Element | null {
  const parent = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!parent) {
    // Text directly in a shadow root: its host owns it.
    const host = shadowHostOf(node);
    return host && ownerOf(host, memo) !== SKIP ? host : null;
  }
  const answer = ownerOf(parent, memo);
  return answer === SKIP ? null : answer;
}

/** The host when `node` sits directly in a shadow root. */
export function shadowHostOf(node: Node): Element | null {
  const parent = node.parentNode;
  return parent !== null && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : null;
}

function ownerOf(el: Element, memo: BlockMemo): Element | null | typeof SKIP {
  const path: Element[] = [];
  let above: Element | null | typeof SKIP = null;
  for (let e: Element | null = el; e; ) {
    const known = memo.get(e);
    if (known !== undefined) {
      above = known;
      break;
    }
    path.push(e);
    if (e.parentElement) {
      e = e.parentElement;
      continue;
    }
    const host = shadowHostOf(e);
    if (host) {
      // The top of a shadow tree: the host owns what no block inside claims, unless it is skipped.
      above = ownerOf(host, memo) === SKIP ? SKIP : host;
    }
    break;
  }
  let answer = above;
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i]!;
    if (answer !== SKIP) {
      if (isSkipped(p)) answer = SKIP;
      else if (BLOCK_TAGS.has(p.tagName)) answer = p;
    }
    memo.set(p, answer);
  }
  return answer;
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
  // A shadow host that is not itself a block element owns its shadow tree's loose text.
  const root = !BLOCK_TAGS.has(block.tagName) && block.shadowRoot ? block.shadowRoot : block;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      const el = node as Element;
      if (el !== block && (BLOCK_TAGS.has(el.tagName) || isSkipped(el) || el.shadowRoot)) return 2; // FILTER_REJECT: not its text
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

/** The blocks that own the text inside `root` (itself included), in one go; see BlockWalk for the sliced version. */
export function blocksWithin(root: Node, into: Set<Element>): void {
  const walk = new BlockWalk(root);
  while (!walk.done) walk.step(into, Infinity);
}

/**
 * A resumable walk over the text under `root`, finding the blocks that own it.
 * `step` stops after `maxBlocks` new blocks so the caller can keep its slices
 * short; shadow roots met on the way are reported to `onShadowRoot`.
 */
export class BlockWalk {
  private readonly walker: TreeWalker | undefined;
  private readonly memo: BlockMemo = new Map();
  private lastParent: Node | null = null;
  private started = false;
  done = false;

  constructor(
    readonly root: Node,
    private readonly onShadowRoot?: (root: ShadowRoot) => void,
    private readonly onElement?: (el: Element) => void,
  ) {
    if (!root.isConnected) {
      this.done = true;
      return;
    }
    if (root.nodeType === 3) return;
    if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) {
      this.done = true;
      return;
    }
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    // Inside a skipped region (a mutation in a textarea, say) there is nothing to read.
    if (root.nodeType === 1 && blockOf(root, this.memo) === null && ownerIsSkipped(root as Element, this.memo)) {
      this.done = true;
      return;
    }
    this.walker = doc.createTreeWalker(root, 0x1 | 0x4, {
      acceptNode(node) {
        if (node.nodeType === 3) return 1;
        return isSkipped(node as Element) ? 2 : 1;
      },
    });
  }

  /** Walks on until `maxBlocks` blocks were added to `into` or the walk ends; returns the number of nodes visited. */
  step(into: { has(b: Element): boolean; add(b: Element): void }, maxBlocks: number): number {
    if (this.done) return 0;
    if (!this.walker) {
      // A single text node.
      this.done = true;
      const b = blockOf(this.root, this.memo);
      if (b && /\S/.test((this.root as Text).data)) into.add(b);
      return 1;
    }
    let visited = 0;
    let added = 0;
    if (!this.started) {
      this.started = true;
      if (this.root.nodeType === 1) this.element(this.root as Element);
    }
    for (let n = this.walker.nextNode(); ; n = this.walker.nextNode()) {
      if (!n) {
        this.done = true;
        break;
      }
      visited++;
      if (n.nodeType === 1) {
        this.element(n as Element);
        continue;
      }
      // Siblings share a block: one text with something to read per parent is enough.
      if (n.parentNode === this.lastParent || !/\S/.test((n as Text).data)) continue;
      this.lastParent = n.parentNode;
      const b = blockOf(n, this.memo);
      if (b && !into.has(b)) {
        into.add(b);
        if (++added >= maxBlocks) break;
      }
    }
    return visited;
  }

  private element(el: Element): void {
    if (el.shadowRoot) this.onShadowRoot?.(el.shadowRoot);
    if (this.onElement && el.hasAttributes()) this.onElement(el);
  }
}

function ownerIsSkipped(el: Element, memo: BlockMemo): boolean {
  return memo.get(el) === SKIP;
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
