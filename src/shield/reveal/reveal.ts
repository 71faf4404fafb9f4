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
/** On a block while the reader holds a press on it (style.css shows the hold filling up). */
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
  const { t } = options;
  const card = new HintCard(doc, options.trustedOnly);
  const trusted = (e: Event) => !options.trustedOnly || e.isTrusted;
  const mode = () => options.mode?.() ?? 'click';
  const win = doc.defaultView!;

  const revealNow = (block: Element) => {
    card.hide();
    shield.reveal(block);
  };
  /** Swallows an event on a hidden block, so that the page (a link, a handler) never acts on it. */
  const swallow = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
  };

  // Press and hold: the press starts a timer; letting go, leaving or scrolling before it ends cancels it.
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

  options.listen(doc, 'click', (e) => {
    if (!trusted(e)) return;
    if (justRevealed && e.composedPath().includes(justRevealed)) {
      justRevealed = undefined;
      return swallow(e);
    }
    const block = shield.hiddenBlockAround(e.composedPath());
    if (!block) return;
    swallow(e);
    if (mode() === 'click') revealNow(block);
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

  const showFor = (e: Event) => {
    if (!trusted(e)) return;
    const path = e.composedPath();
    const block = shield.hiddenBlockAround(path);
    if (block) {
      if (card.target === block) return;
      const hint = shield.hintFor(block);
      if (!hint) return;
      const how = mode() === 'hold' ? t('hintHold') : t('hintClick');
      card.show(block, {
        title: t('hintTitle', hint.labels.join(' · ')),
        detail: [options.progressText?.(), how].filter(Boolean).join(' '),
        buttons: [
          { label: t('reveal'), primary: true, act: revealNow },
          {
            label: t('notSpoiler'),
            act: (b) => {
              const key = shield.markNotSpoiler(b);
              if (key) options.onNotSpoiler?.(key);
            },
          },
        ],
      });
      return;
    }
    const revealed = shield.revealedBlockAround(path);
    if (revealed) {
      if (card.target === revealed) return;
      const hint = shield.revealedHintFor(revealed);
      if (!hint) return;
      card.show(revealed, {
        title: t('hintRevealedTitle', hint.labels.join(' · ')),
        detail: '',
        buttons: [{ label: t('hideAgain'), act: (b) => shield.hideBlock(b) }],
      });
      return;
    }
    if (card.target) card.hideSoon();
  };
  options.listen(doc, 'mouseover', showFor);
  options.listen(doc, 'focusin', showFor);
  return card;
}
