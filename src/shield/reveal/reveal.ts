/**
 * How the reader reveals a hidden block: one click, or a press held for a moment
 * (the reader's choice), or Enter or Space when it has focus. Pointing at it or
 * focusing it shows a card with "Reveal" and "Not a spoiler"; pointing at a block
 * the reader revealed shows "Hide again". On a touch screen there is no pointing:
 * a tap opens the card instead of revealing (issue 16, point 3), and a long press
 * reveals only where the reader chose "press and hold". Only the reader's own
 * input counts: events a page script dispatches are untrusted and do nothing.
 */
import type { Translate } from '../../i18n';
import type { RevealMode } from '../../settings-schema';
import type { Shield } from '../shield';
import { HintCard } from './hint-card';
import type { ShowsHint } from '../../decide/shows';

/** How long a press must be held to reveal, in "press and hold" mode. */
export const HOLD_MS = 600;
/**
 * On a block while the reader holds a press on it. Nothing draws it (src/content/shield.css has
 * no rule for it): it says which block a hold is on, to the tests and to anyone styling a hold later.
 */
export const HOLDING_ATTR = 'data-spoiler-holding';

export interface RevealOptions {
  /** Ignore untrusted (script-made) events. Off only in DOM tests, where every event is untrusted. */
  trustedOnly: boolean;
  /** Adds a listener that lives as long as the shield. */
  listen: (target: EventTarget, type: string, handler: (e: Event) => void) => void;
  /** The reader says a block is not a spoiler: remember its key for the site (the block, to say which it was). */
  onNotSpoiler?: (key: string, block: Element) => void;
  /** "Hidden because you have watched up to …", for the card. */
  progressText?: (hint: ShowsHint) => string;
  /** Click or press and hold (read at each press, so a change of setting applies at once). */
  mode?: () => RevealMode;
  t: Translate;
}

/** Listens on `doc` (capture phase, so a link inside a hidden block does not navigate first). Returns the card. */
export function listenForReveals(doc: Document, shield: Shield, options: RevealOptions): HintCard {
  const card = new HintCard(doc, options.trustedOnly);
  const reveals: Reveals = {
    doc,
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
  const endsHold = listenForHolds(reveals);
  const cards = listenForPointing(reveals);
  listenForClicksAndKeys(reveals, endsHold, cards);
  return card;
}

/** What the three kinds of listener below share. */
interface Reveals {
  doc: Document;
  shield: Shield;
  card: HintCard;
  options: RevealOptions;
  /** Whether an event counts: the reader's own (trusted) input, unless trustedOnly is off. */
  trusted: (e: Event) => boolean;
  mode: () => RevealMode;
  /** Reveals a block and closes the card. */
  revealNow: (block: Element) => void;
}

/** Swallows an event on a hidden block, so that the page (a link, a handler) never acts on it. */
function swallow(e: Event): void {
  e.preventDefault();
  e.stopPropagation();
}

/**
 * Press and hold: the press starts a timer; letting go, leaving or scrolling before it ends cancels
 * it. Returns whether a click ends the press that just revealed a block (that click is the hold's:
 * it must not reach the page), which it tells once.
 */
function listenForHolds({ doc, shield, options, trusted, mode, revealNow }: Reveals): (click: Event) => boolean {
  const win = doc.defaultView!;
  let held: { block: Element; timer: number } | undefined;
  /** The block a hold just revealed: the click that ends the press must not reach the page. */
  let justRevealed: Element | undefined;
  const cancelHold = () => {
    if (!held) return;
    win.clearTimeout(held.timer);
    held.block.removeAttribute(HOLDING_ATTR);
    held = undefined;
  };
  options.listen(doc, 'pointerdown', (e) => {
    if (!trusted(e) || mode() !== 'hold' || (e as PointerEvent).button !== 0) return;
    const block = shield.hiddenBlockAround(e.composedPath());
    if (!block) return;
    cancelHold();
    block.setAttribute(HOLDING_ATTR, '');
    held = {
      block,
      timer: win.setTimeout(() => {
        block.removeAttribute(HOLDING_ATTR);
        held = undefined;
        justRevealed = block;
        win.setTimeout(() => (justRevealed = undefined), 1000);
        revealNow(block);
      }, HOLD_MS),
    };
  });
  for (const type of ['pointerup', 'pointercancel', 'scroll']) options.listen(doc, type, cancelHold);
  options.listen(win, 'blur', cancelHold);
  options.listen(doc, 'pointerout', (e) => {
    if (held && !held.block.contains((e as PointerEvent).relatedTarget as Node | null)) cancelHold();
  });
  return (click) => {
    if (!justRevealed || !click.composedPath().includes(justRevealed)) return false;
    justRevealed = undefined;
    return true;
  };
}

/**
 * A click reveals in "click" mode (and never reaches the page in either); a tap opens the card
 * instead, in both modes, and a tap on a block the reader revealed offers "Hide again". Enter or
 * Space reveals the focused block.
 */
function listenForClicksAndKeys({ doc, shield, card, options, trusted, mode, revealNow }: Reveals, endsHold: (click: Event) => boolean, cards: Cards): void {
  const touch = touchClicks(doc, options);
  options.listen(doc, 'click', (e) => {
    if (!trusted(e)) return;
    if (endsHold(e)) return swallow(e);
    const path = e.composedPath();
    const block = shield.hiddenBlockAround(path);
    if (!block) {
      // The revealed block is the page's again: its card comes up beside what the page does with the tap.
      const revealed = touch(e) ? shield.revealedBlockAround(path) : undefined;
      if (revealed) cards.showRevealed(revealed, true);
      return;
    }
    swallow(e);
    if (touch(e)) cards.showHidden(block, true);
    else if (mode() === 'click') revealNow(block);
  });
  options.listen(doc, 'keydown', (e) => {
    if (!trusted(e)) return;
    const key = (e as KeyboardEvent).key;
    if (key === 'Escape') return card.hide();
    if (key !== 'Enter' && key !== ' ') return;
    // Only the focused block itself: Enter in a link inside it is the link's. A key press is
    // deliberate, so it reveals in both modes.
    const target = e.composedPath()[0] as Element | undefined;
    if (!target || !shield.isHidden(target)) return;
    swallow(e);
    revealNow(target);
  });
}

/**
 * The card: pointing at or focusing a hidden block shows what it hides, with "Reveal" and "Not a
 * spoiler"; a block the reader revealed offers "Hide again"; anywhere else the card goes soon.
 */
function listenForPointing({ doc, shield, card, options, trusted, mode, revealNow }: Reveals): Cards {
  const { t } = options;
  const showHidden = (block: Element, byTouch = false) => {
    if (card.target === block && card.touch === byTouch) return;
    const hint = shield.hintFor(block);
    if (!hint) return;
    const how = mode() === 'hold' ? t('hintHold') : byTouch ? t('hintTap') : t('hintClick');
    card.show(block, {
      touch: byTouch,
      title: shield.words.label(hint),
      detail: [options.progressText?.(hint), how].filter(Boolean).join(' '),
      buttons: [
        { label: t('reveal'), primary: true, act: revealNow },
        {
          label: t('notSpoiler'),
          act: (b) => {
            const key = shield.markNotSpoiler(b);
            if (key) options.onNotSpoiler?.(key, b);
          },
        },
      ],
    });
  };
  const showRevealed = (block: Element, byTouch = false) => {
    if (card.target === block && card.touch === byTouch) return;
    const hint = shield.revealedHintFor(block);
    if (!hint) return;
    card.show(block, {
      touch: byTouch,
      title: shield.words.revealed(hint),
      detail: '',
      buttons: [{ label: t('hideAgain'), act: (b) => shield.hideBlock(b) }],
    });
  };
  const showFor = (e: Event) => {
    if (!trusted(e)) return;
    const path = e.composedPath();
    const hidden = shield.hiddenBlockAround(path);
    if (hidden) return showHidden(hidden);
    const revealed = shield.revealedBlockAround(path);
    if (revealed) return showRevealed(revealed);
    if (card.target) card.hideSoon();
  };
  options.listen(doc, 'mouseover', showFor);
  options.listen(doc, 'focusin', showFor);
  return { showHidden, showRevealed };
}

/** The card for a hidden block and for a revealed one; `byTouch` when a tap asked for it. */
interface Cards {
  showHidden(block: Element, byTouch?: boolean): void;
  showRevealed(block: Element, byTouch?: boolean): void;
}

/**
 * Whether a click comes from a touch screen: Chromium makes a click a PointerEvent with the
 * pointerType of the press behind it; where a browser does not, the latest press's type stands in.
 */
function touchClicks(doc: Document, options: RevealOptions): (click: Event) => boolean {
  let lastPress = '';
  options.listen(doc, 'pointerdown', (e) => (lastPress = (e as PointerEvent).pointerType ?? ''));
  return (click) => ((click as PointerEvent).pointerType || lastPress) === 'touch';
}
