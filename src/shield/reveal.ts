/**
 * How the reader reveals a hidden block: one click, or Enter or Space when it has
 * focus; pointing at it or focusing it shows a card with "Reveal" and "Not a
 * spoiler". Only the reader's own input counts: events a page script dispatches
 * are untrusted and do nothing.
 */
import type { Shield } from './shield';
import { HintCard } from './hint-card';

export interface RevealOptions {
  /** Ignore untrusted (script-made) events. Off only in DOM tests, where every event is untrusted. */
  trustedOnly: boolean;
  /** Adds a listener that lives as long as the shield. */
  listen: (target: EventTarget, type: string, handler: (e: Event) => void) => void;
  /** The reader says a block is not a spoiler: remember its key for the site. */
  onNotSpoiler?: (key: string) => void;
  /** "Hidden because you have watched up to …", for the card. */
  progressText?: () => string;
}

/** Listens on `doc` (capture phase, so a link inside a hidden block does not navigate first). Returns the card. */
export function listenForReveals(doc: Document, shield: Shield, options: RevealOptions): HintCard {
  const card = new HintCard(
    doc,
    {
      reveal: (block) => shield.reveal(block),
      notSpoiler: (block) => {
        const key = shield.markNotSpoiler(block);
        if (key) options.onNotSpoiler?.(key);
      },
    },
    options.trustedOnly,
  );
  const trusted = (e: Event) => !options.trustedOnly || e.isTrusted;

  const reveal = (e: Event) => {
    if (!trusted(e)) return;
    const block = shield.hiddenBlockAround(e.composedPath());
    if (!block) return;
    e.preventDefault();
    e.stopPropagation();
    card.hide();
    shield.reveal(block);
  };
  options.listen(doc, 'click', reveal);
  options.listen(doc, 'keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Escape') return card.hide();
    if (key !== 'Enter' && key !== ' ') return;
    // Only the focused block itself: Enter in a link inside it is the link's.
    const target = e.composedPath()[0] as Element | undefined;
    if (target && shield.isHidden(target)) reveal(e);
  });

  const showFor = (e: Event) => {
    if (!trusted(e)) return;
    const block = shield.hiddenBlockAround(e.composedPath());
    if (!block) {
      if (card.target) card.hideSoon();
      return;
    }
    if (card.target === block) return;
    const hint = shield.hintFor(block);
    if (!hint) return;
    card.show(block, { title: `Spoiler · ${hint.labels.join(' · ')}`, detail: options.progressText?.() ?? '' });
  };
  options.listen(doc, 'mouseover', showFor);
  options.listen(doc, 'focusin', showFor);
  return card;
}
