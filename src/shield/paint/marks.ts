/**
 * Marks a hidden block and restores it. The public contract: the block carries
 * data-spoiler-shield="hidden" and data-spoiler-episode="N"; after a reveal,
 * data-spoiler-shield="revealed". While hidden, the block is focusable and labelled
 * for keyboards and screen readers (the hint card shows the same to the eye);
 * whatever it had before is put back exactly.
 */
import type { Hint } from '../../decide/verdict';

export const STATE_ATTR = 'data-spoiler-shield';
export const EPISODE_ATTR = 'data-spoiler-episode';
/**
 * On an element of a hidden unit that shows a picture through CSS (a background image), so the
 * stylesheet can blur it; images, pictures and videos are known by their tag.
 */
export const PICTURE_ATTR = 'data-spoiler-picture';

/** Pictures the stylesheet knows by their tag (see style.css). */
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO']);

/** Attributes the shield borrows while a block is hidden. */
const BORROWED = ['tabindex', 'role', 'aria-label'] as const;

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

  /**
   * Marks a block or picture inside a unit with the unit's state: it is not a passage of its own
   * (the unit is focused and revealed as one), so it borrows nothing. `picture` marks a picture
   * element, which the stylesheet blurs.
   */
  inner(el: Element, state: 'hidden' | 'revealed', episode: number, picture: boolean): void {
    this.giveBack(el);
    this.expected.set(el, [state, String(episode)]);
    setIfChanged(el, STATE_ATTR, state);
    setIfChanged(el, EPISODE_ATTR, String(episode));
    if (picture) this.flagPicture(el);
  }

  /** Flags an element that shows a picture through CSS, for the stylesheet (see PICTURE_ATTR). */
  flagPicture(el: Element): void {
    if (!MEDIA_TAGS.has(el.tagName) && !el.hasAttribute(PICTURE_ATTR)) el.setAttribute(PICTURE_ATTR, '');
  }

  /** Removes every mark from `block`. */
  clear(block: Element): void {
    this.expected.delete(block);
    this.giveBack(block);
    block.removeAttribute(STATE_ATTR);
    block.removeAttribute(EPISODE_ATTR);
    block.removeAttribute(PICTURE_ATTR);
  }

  /** Gives back the attributes the shield borrowed while `block` was a hidden passage. */
  giveBack(block: Element): void {
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
