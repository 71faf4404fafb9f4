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

/** Heading elements, and a selector for them. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

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

/**
 * The block's own text: its text nodes that no nested block or skipped element claims. A line break
 * (<br>) separates the words on either side with a "\n" that no text node holds: "Tendencia en
 * México<br><b>QEPD Calancho</b><br>12 mil posts" reads as three lines, not "MéxicoQEPD Calancho12".
 */
export function readBlockText(block: Element): BlockText {
  // A shadow host that is not itself a block element owns its shadow tree's loose text.
  const root: Node = !BLOCK_TAGS.has(block.tagName) && block.shadowRoot ? block.shadowRoot : block;
  const pieces: TextPiece[] = [];
  let text = '';
  let lineBreak = false;
  // A plain loop over firstChild / nextSibling: no filter callback per node, which is what makes a
  // TreeWalker with a filter slow when called from a content script.
  let n: Node | null = root.firstChild;
  while (n) {
    let inside = false;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (data.length > 0) {
        if (lineBreak && text.length > 0) text += '\n';
        lineBreak = false;
        pieces.push({ node: n as Text, start: text.length });
        text += data;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === 'BR') lineBreak = true;
      // Nested blocks and skipped elements are not its text; nor is another shadow tree.
      inside = !BLOCK_TAGS.has(el.tagName) && !isSkipped(el) && el.shadowRoot === null;
    }
    if (inside && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n !== root && n.nextSibling === null) n = n.parentNode!;
    n = n === root ? null : n.nextSibling;
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
  /** The next node to visit; null when the walk is over. */
  private next: Node | null = null;
  private lastParent: Node | null = null;
  done = false;

  /**
   * `memo` may be shared by the walks of one slice (the page cannot change between them); a walk
   * over nodes the parser just added then climbs to the document only once.
   * `labelled`: told, when the walk starts, of each element of the root that `selector` matches (elements with
   * a label to read: one native search of the subtree, not a question to every element the walk passes),
   * outside skipped regions, as the walk would have met them.
   */
  constructor(
    readonly root: Node,
    private readonly onShadowRoot?: (root: ShadowRoot) => void,
    labelled?: { selector: string; found(el: Element): void },
    private memo: BlockMemo = new Map(),
  ) {
    const type = root.nodeType;
    if (!root.isConnected || (type !== 1 && type !== 3 && type !== 9 && type !== 11)) {
      this.done = true;
      return;
    }
    // Inside a skipped region (a mutation in a textarea, say) there is nothing to read.
    if (type === 1 && ownerOf(root as Element, this.memo) === SKIP) {
      this.done = true;
      return;
    }
    this.next = root;
    if (labelled && type !== 3) {
      const within = (root as ParentNode).querySelectorAll(labelled.selector);
      if (type === 1 && (root as Element).matches(labelled.selector)) labelled.found(root as Element);
      for (let i = 0; i < within.length; i++) if (ownerOf(within[i]!, this.memo) !== SKIP) labelled.found(within[i]!);
    }
  }

  /** Walks on until `maxBlocks` blocks were added to `into` or the walk ends; returns the number of nodes visited. */
  step(into: { has(b: Element): boolean; add(b: Element): void }, maxBlocks: number, memo?: BlockMemo): number {
    if (this.done) return 0;
    if (memo) this.memo = memo;
    const root = this.root;
    let n = this.next;
    // The page may have taken the node the walk stopped at out of the tree: start again from the top.
    if (n && n !== root && !root.contains(n)) n = root.isConnected ? root : null;
    let visited = 0;
    let added = 0;
    while (n) {
      visited++;
      let inside = true;
      if (n.nodeType === 3) {
        inside = false;
        // Siblings share a block: one text with something to read per parent is enough.
        if (n.parentNode !== this.lastParent && /\S/.test((n as Text).data)) {
          this.lastParent = n.parentNode;
          const b = blockOf(n, this.memo);
          if (b && !into.has(b)) {
            into.add(b);
            added++;
          }
        }
      } else if (n.nodeType === 1) {
        const el = n as Element;
        if (el !== root && isSkipped(el)) inside = false;
        else if (el.shadowRoot) this.onShadowRoot?.(el.shadowRoot);
      }
      if (inside && n.firstChild) n = n.firstChild;
      else {
        while (n && n !== root && n.nextSibling === null) n = n.parentNode;
        n = n === root || n === null ? null : n.nextSibling;
      }
      if (added >= maxBlocks) break;
    }
    this.next = n;
    if (!n) this.done = true;
    return visited;
  }
}

/** A DOM range over [start, end) of a block's text. */
export function rangeOver(bt: BlockText, start: number, end: number): AbstractRange | null {
  const at = (offset: number, preferEnd: boolean): [Text, number] | null => {
    for (let i = 0; i < bt.pieces.length; i++) {
      const p = bt.pieces[i]!;
      const len = p.node.data.length;
      // An offset in a line break between two pieces (see readBlockText) stands at the next piece's start.
      if (offset < p.start + len || (preferEnd && offset === p.start + len)) return [p.node, Math.max(0, offset - p.start)];
    }
    return null;
  };
  const s = at(start, false);
  const e = at(end, true);
  if (!s || !e) return null;
  // A StaticRange where there is one: a live Range is updated by the browser on every change to the
  // page, which on a long page with thousands of hidden sentences makes every change slower. The
  // shield reads a block again whenever its text changes, so a static range never goes stale for long.
  const win = s[0].ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (win && typeof win.StaticRange === 'function') {
    return new win.StaticRange({ startContainer: s[0], startOffset: s[1], endContainer: e[0], endOffset: e[1] });
  }
  const range = s[0].ownerDocument.createRange();
  range.setStart(s[0], s[1]);
  range.setEnd(e[0], e[1]);
  return range;
}
