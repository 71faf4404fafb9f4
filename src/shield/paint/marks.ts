/**
 * Marks a hidden block and restores it. The public contract: the block carries
 * data-spoiler-shield="hidden" and data-spoiler-episode="N"; after a reveal,
 * data-spoiler-shield="revealed". While hidden, the block is focusable and labelled
 * for keyboards and screen readers (the hint card shows the same to the eye);
 * whatever it had before is put back exactly.
 */

export const STATE_ATTR = 'data-spoiler-shield';
export const EPISODE_ATTR = 'data-spoiler-episode';
export const HIGHLIGHT_NAME = 'spoiler-shield';

/** Attributes the shield borrows while a block is hidden. */
const BORROWED = ['tabindex', 'role', 'aria-label'] as const;

export interface Hint {
  episode: number;
  /** The neutral labels of what it reveals ("A death in episode 5", "your keyword"), in the interface's language. */
  labels: string[];
}

export class BlockMarks {
  private readonly saved = new WeakMap<Element, Array<string | null>>();
  /** What each marked block should carry: its state and episode. */
  private readonly expected = new WeakMap<Element, [string, string]>();

  /** Whether the block still carries the marks the shield set (a page script may have changed them). */
  isAsSet(block: Element): boolean {
    const e = this.expected.get(block);
    if (!e) return block.getAttribute(STATE_ATTR) === null && block.getAttribute(EPISODE_ATTR) === null;
    return block.getAttribute(STATE_ATTR) === e[0] && block.getAttribute(EPISODE_ATTR) === e[1];
  }

  /** Whether `attr` on `block` is one the shield borrowed while hiding it. */
  isBorrowed(block: Element, attr: string): boolean {
    return this.saved.has(block) && (BORROWED as readonly string[]).includes(attr);
  }

  /** Marks `block` hidden; `label` is its accessible name while hidden (it names the episode). */
  hide(block: Element, hint: Hint, label: string): void {
    if (!this.saved.has(block)) this.saved.set(block, BORROWED.map((a) => block.getAttribute(a)));
    this.expected.set(block, ['hidden', String(hint.episode)]);
    setIfChanged(block, STATE_ATTR, 'hidden');
    setIfChanged(block, EPISODE_ATTR, String(hint.episode));
    setIfChanged(block, 'tabindex', '0');
    setIfChanged(block, 'role', 'button');
    setIfChanged(block, 'aria-label', label);
  }

  /**
   * Marks `block` revealed by the reader and gives back what it borrowed. When it has the keyboard's
   * focus, it stays focusable (tabindex -1) until focus leaves it, so the reader does not lose their
   * place; its own role and label come back at once, so a screen reader reads its text.
   */
  revealed(block: Element, episode: number): void {
    const doc = block.ownerDocument;
    const focused = doc.activeElement === block || (block.getRootNode() as ShadowRoot | Document).activeElement === block;
    if (focused && this.saved.has(block)) {
      const before = this.saved.get(block)!;
      BORROWED.forEach((attr, i) => {
        if (attr === 'tabindex') return setIfChanged(block, attr, '-1');
        const v = before[i];
        if (v === null || v === undefined) block.removeAttribute(attr);
        else setIfChanged(block, attr, v);
      });
      block.addEventListener(
        'blur',
        () => {
          if (this.expected.get(block)?.[0] === 'revealed') this.giveBack(block);
        },
        { once: true },
      );
    } else this.giveBack(block);
    this.expected.set(block, ['revealed', String(episode)]);
    setIfChanged(block, STATE_ATTR, 'revealed');
    setIfChanged(block, EPISODE_ATTR, String(episode));
  }

  /** Removes every mark from `block`. */
  clear(block: Element): void {
    this.expected.delete(block);
    this.giveBack(block);
    block.removeAttribute(STATE_ATTR);
    block.removeAttribute(EPISODE_ATTR);
  }

  private giveBack(block: Element): void {
    const before = this.saved.get(block);
    if (!before) return;
    this.saved.delete(block);
    BORROWED.forEach((attr, i) => {
      const v = before[i];
      if (v === null || v === undefined) block.removeAttribute(attr);
      else setIfChanged(block, attr, v);
    });
  }
}

function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * While a hidden block waits for its sentences to join the highlight, it carries
 * this attribute and the stylesheet paints its whole text over (see style.css).
 */
export const PENDING_ATTR = 'data-spoiler-pending';

/**
 * The sentence ranges painted as hidden, through the CSS Custom Highlight API
 * where there is one. Every change to the highlight makes the browser look at the
 * whole page again before the next paint, so changes are staged and applied
 * together (`flush`), a few times a second at most while a page loads; a block
 * that waits is painted over whole, so nothing is readable meanwhile.
 */
export class HiddenRanges {
  private readonly highlight: Highlight | undefined;
  private readonly registry: HighlightRegistry | undefined;
  /** Ranges in the highlight, per block. */
  private readonly byBlock = new Map<Element, AbstractRange[]>();
  /** Ranges waiting for the next flush, per block. */
  private readonly staged = new Map<Element, AbstractRange[]>();
  /** Ranges in the highlight, as the shield set them. */
  private count = 0;

  constructor(win: Window & typeof globalThis) {
    const api = (win as { CSS?: typeof CSS }).CSS;
    if (api && 'highlights' in api && typeof win.Highlight === 'function') {
      this.highlight = new win.Highlight();
      this.registry = api.highlights;
      api.highlights.set(HIGHLIGHT_NAME, this.highlight);
    }
  }

  /** Whether changes wait for `flush`. */
  get waiting(): boolean {
    return this.staged.size > 0;
  }

  /**
   * Puts the highlight back if a page script took it away: unregistered it
   * (`CSS.highlights.clear()`), or emptied it. Returns true if it had to.
   */
  restore(): boolean {
    if (!this.highlight) return false;
    let repaired = false;
    if (this.registry!.get(HIGHLIGHT_NAME) !== this.highlight) {
      this.registry!.set(HIGHLIGHT_NAME, this.highlight);
      repaired = true;
    }
    if (this.highlight.size !== this.count) {
      this.highlight.clear();
      for (const ranges of this.byBlock.values()) for (const r of ranges) this.highlight.add(r);
      repaired = true;
    }
    return repaired;
  }

  /** Stages `ranges` as the block's hidden sentences; the block is painted over whole until `flush`. */
  set(block: Element, ranges: AbstractRange[]): void {
    if (!this.highlight || ranges.length === 0) return this.remove(block);
    const old = this.byBlock.get(block);
    if (old && sameRanges(old, ranges)) {
      this.unstage(block);
      return;
    }
    this.staged.set(block, ranges);
    if (!block.hasAttribute(PENDING_ATTR)) block.setAttribute(PENDING_ATTR, '');
  }

  /** Applies every staged change to the highlight at once. */
  flush(): void {
    if (!this.highlight || this.staged.size === 0) return;
    for (const [block, ranges] of this.staged) {
      this.take(block);
      if (!block.isConnected) continue;
      this.byBlock.set(block, ranges);
      for (const r of ranges) this.highlight.add(r);
      this.count += ranges.length;
    }
    for (const block of this.staged.keys()) block.removeAttribute(PENDING_ATTR);
    this.staged.clear();
  }

  /** Takes a block's sentences out of the highlight, now. */
  remove(block: Element): void {
    this.unstage(block);
    this.take(block);
  }

  clear(): void {
    for (const block of this.staged.keys()) block.removeAttribute(PENDING_ATTR);
    this.staged.clear();
    this.byBlock.clear();
    this.count = 0;
    this.highlight?.clear();
  }

  private unstage(block: Element): void {
    if (this.staged.delete(block)) block.removeAttribute(PENDING_ATTR);
  }

  private take(block: Element): void {
    const old = this.byBlock.get(block);
    if (!old) return;
    this.byBlock.delete(block);
    for (const r of old) this.highlight?.delete(r);
    this.count -= old.length;
  }
}

function sameRanges(a: AbstractRange[], b: AbstractRange[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (r, i) =>
        r.startContainer === b[i]!.startContainer &&
        r.startOffset === b[i]!.startOffset &&
        r.endContainer === b[i]!.endContainer &&
        r.endOffset === b[i]!.endOffset,
    )
  );
}
