/**
 * How the reader reveals a hidden block: one click, or a press held for a moment
 * (the reader's choice), or Enter or Space when it has focus. Pointing at it or
 * focusing it shows a card with "Reveal" and "Not a spoiler"; pointing at a block
 * the reader revealed shows "Hide again". Only the reader's own input counts:
 * events a page script dispatches are untrusted and do nothing.
 */
import type { Translate } from '../../i18n';
import type { RevealMode } from '../../settings-schema';
import type { Shield } from '../shield';
import { HintCard } from './hint-card';

/** How long a press must be held to reveal, in "press and hold" mode. */
export const HOLD_MS = 600;
/**
 * On a block while the reader holds a press on it. Nothing draws it (entrypoints/content/style.css has
 * no rule for it): it says which block a hold is on, to the tests and to anyone styling a hold later.
 */
export const HOLDING_ATTR = 'data-spoiler-holding';

export interface RevealOptions {
  /** Ignore untrusted (script-made) events. Off only in DOM tests, where every event is untrusted. */
  trustedOnly: boolean;
  /** Adds a listener that lives as long as the shield. */
  listen: (target: EventTarget, type: string, handler: (e: Event) => void) => void;
  /** The reader says a block is not a spoiler: remember its key for the site. */
  onNotSpoiler?: (key: string) => void;
  /** "Hidden because you have watched up to …", for the card. */
  progressText?: () => string;
  /** Click or press and hold (read at each press, so a change of setting applies at once). */
  mode?: () => RevealMode;
  t: Translate;
}

/** Listens on `doc` (capture phase, so a link inside a hidden block does not navigate first). Returns the card. */
export function listenForReveals(doc: Document, shield: Shield, options: RevealOptions): HintCard {
  const card = new HintCard(doc, options.trustedOnly);
  const reveals: Reveals = {
    doc,
    win: doc.defaultView!,
    shield,
    card,
    options,
    trusted: (e) => !options.trustedOnly || e.isTrusted,
    mode: () => options.mode?.() ?? 'click',
    revealNow: (block) => {
      card.hide();
      shield.reveal(block);
    },
  };
  const hold = new PressAndHold(reveals);
  listenForClicksAndKeys(reveals, hold);
  listenForPointing(reveals);
  return card;
}

/** What the listeners below share. */
interface Reveals {
  doc: Document;
  win: Window;
  shield: Shield;
  card: HintCard;
  options: RevealOptions;
  /** Whether an event counts: the reader's own (trusted) input, unless trustedOnly is off. */
  trusted(e: Event): boolean;
  mode(): RevealMode;
  /** Reveals a block and closes the card. */
  revealNow(block: Element): void;
}

/** Swallows an event on a hidden block, so that the page (a link, a handler) never acts on it. */
function swallow(e: Event): void {
  e.preventDefault();
  e.stopPropagation();
}

/** Press and hold: the press starts a timer; letting go, leaving or scrolling before it ends cancels it. */
class PressAndHold {
  private held: { block: Element; timer: number } | undefined;
  /** The block a hold just revealed: the click that ends the press must not reach the page. */
  private justRevealed: Element | undefined;

  constructor(private readonly r: Reveals) {
    const { doc, win, options } = r;
    options.listen(doc, 'pointerdown', (e) => this.press(e as PointerEvent));
    for (const type of ['pointerup', 'pointercancel', 'scroll']) options.listen(doc, type, this.cancel);
    options.listen(win, 'blur', this.cancel);
    options.listen(doc, 'pointerout', (e) => {
      if (this.held && !this.held.block.contains((e as PointerEvent).relatedTarget as Node | null)) this.cancel();
    });
  }

  /**
   * Whether a click ends the press that just revealed a block on its path: then the click is the
   * hold's, and is swallowed (once).
   */
  endsHold(e: Event): boolean {
    if (!this.justRevealed || !e.composedPath().includes(this.justRevealed)) return false;
    this.justRevealed = undefined;
    return true;
  }

  private press(e: PointerEvent): void {
    const { shield, win } = this.r;
    if (!this.r.trusted(e) || this.r.mode() !== 'hold' || e.button !== 0) return;
    const block = shield.hiddenBlockAround(e.composedPath());
    if (!block) return;
    this.cancel();
    block.setAttribute(HOLDING_ATTR, '');
    this.held = {
      block,
      timer: win.setTimeout(() => {
        block.removeAttribute(HOLDING_ATTR);
        this.held = undefined;
        this.justRevealed = block;
        win.setTimeout(() => (this.justRevealed = undefined), 1000);
        this.r.revealNow(block);
      }, HOLD_MS),
    };
  }

  private readonly cancel = (): void => {
    if (!this.held) return;
    this.r.win.clearTimeout(this.held.timer);
    this.held.block.removeAttribute(HOLDING_ATTR);
    this.held = undefined;
  };
}

/** A click reveals in "click" mode (and never reaches the page in either); Enter or Space reveals the focused block. */
function listenForClicksAndKeys(r: Reveals, hold: PressAndHold): void {
  const { doc, shield, options } = r;
  options.listen(doc, 'click', (e) => {
    if (!r.trusted(e)) return;
    if (hold.endsHold(e)) return swallow(e);
    const block = shield.hiddenBlockAround(e.composedPath());
    if (!block) return;
    swallow(e);
    if (r.mode() === 'click') r.revealNow(block);
  });
  options.listen(doc, 'keydown', (e) => {
    if (!r.trusted(e)) return;
    const key = (e as KeyboardEvent).key;
    if (key === 'Escape') return r.card.hide();
    if (key !== 'Enter' && key !== ' ') return;
    // Only the focused block itself: Enter in a link inside it is the link's. A key press is
    // deliberate, so it reveals in both modes.
    const target = e.composedPath()[0] as Element | undefined;
    if (!target || !shield.isHidden(target)) return;
    swallow(e);
    r.revealNow(target);
  });
}

/**
 * The card: pointing at or focusing a hidden block shows what it hides, with "Reveal" and "Not a
 * spoiler"; a block the reader revealed offers "Hide again"; anywhere else the card goes soon.
 */
function listenForPointing(r: Reveals): void {
  const showFor = (e: Event) => {
    if (!r.trusted(e)) return;
    const path = e.composedPath();
    const hidden = r.shield.hiddenBlockAround(path);
    if (hidden) return showHidden(r, hidden);
    const revealed = r.shield.revealedBlockAround(path);
    if (revealed) return showRevealed(r, revealed);
    if (r.card.target) r.card.hideSoon();
  };
  r.options.listen(r.doc, 'mouseover', showFor);
  r.options.listen(r.doc, 'focusin', showFor);
}

function showHidden(r: Reveals, block: Element): void {
  const { card, shield, options } = r;
  const { t } = options;
  if (card.target === block) return;
  const hint = shield.hintFor(block);
  if (!hint) return;
  const how = r.mode() === 'hold' ? t('hintHold') : t('hintClick');
  card.show(block, {
    title: t('hintTitle', hint.labels.join(' · ')),
    detail: [options.progressText?.(), how].filter(Boolean).join(' '),
    buttons: [
      { label: t('reveal'), primary: true, act: r.revealNow },
      {
        label: t('notSpoiler'),
        act: (b) => {
          const key = shield.markNotSpoiler(b);
          if (key) options.onNotSpoiler?.(key);
        },
      },
    ],
  });
}

function showRevealed(r: Reveals, block: Element): void {
  const { card, shield, options } = r;
  if (card.target === block) return;
  const hint = shield.revealedHintFor(block);
  if (!hint) return;
  card.show(block, {
    title: options.t('hintRevealedTitle', hint.labels.join(' · ')),
    detail: '',
    buttons: [{ label: options.t('hideAgain'), act: (b) => shield.hideBlock(b) }],
  });
}
