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
  /** The neutral labels of what it reveals ("A death in episode 5"). */
  labels: string[];
}

/** The hint on a hidden block; gives the episode and nothing else away. */
export function hintText(hint: Hint): string {
  const labels = [...new Set(hint.labels)];
  const what = labels.length > 0 ? labels.join(' · ') : `episode ${hint.episode}`;
  return `Spoiler · ${what} · click to reveal`;
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

  /** Marks `block` hidden. */
  hide(block: Element, hint: Hint): void {
    if (!this.saved.has(block)) this.saved.set(block, BORROWED.map((a) => block.getAttribute(a)));
    const label = hintText(hint);
    this.expected.set(block, ['hidden', String(hint.episode)]);
    setIfChanged(block, STATE_ATTR, 'hidden');
    setIfChanged(block, EPISODE_ATTR, String(hint.episode));
    setIfChanged(block, 'tabindex', '0');
    setIfChanged(block, 'role', 'button');
    setIfChanged(block, 'aria-label', label);
  }

  /** Marks `block` revealed by the reader and gives back what it borrowed. */
  revealed(block: Element, episode: number): void {
    this.giveBack(block);
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

/** The sentence ranges painted as hidden, through the CSS Custom Highlight API where there is one. */
export class HiddenRanges {
  private readonly highlight: Highlight | undefined;
  private readonly registry: HighlightRegistry | undefined;
  private readonly byBlock = new Map<Element, Range[]>();
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

  /** Whether sentences can be hidden one by one (otherwise the stylesheet hides whole blocks). */
  get precise(): boolean {
    return this.highlight !== undefined;
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

  set(block: Element, ranges: Range[]): void {
    this.remove(block);
    if (!this.highlight || ranges.length === 0) return;
    this.byBlock.set(block, ranges);
    for (const r of ranges) this.highlight.add(r);
    this.count += ranges.length;
  }

  remove(block: Element): void {
    const old = this.byBlock.get(block);
    if (!old) return;
    this.byBlock.delete(block);
    for (const r of old) this.highlight?.delete(r);
    this.count -= old.length;
  }

  clear(): void {
    this.byBlock.clear();
    this.count = 0;
    this.highlight?.clear();
  }
}
