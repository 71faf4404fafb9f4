/**
 * The sentences of hidden blocks, painted through the CSS Custom Highlight API.
 */

/** The name of the shield's highlight in `CSS.highlights` (style.css paints it). */
export const HIGHLIGHT_NAME = 'spoiler-shield';

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
