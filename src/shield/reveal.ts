/**
 * One click, Enter or Space on a hidden block reveals it. Only the reader's own
 * input counts: events a page script dispatches are not trusted and do nothing.
 */
import type { Shield } from './shield';

export interface RevealOptions {
  /** Ignore untrusted (script-made) events. Off only in DOM tests, where every event is untrusted. */
  trustedOnly: boolean;
  /** Adds a listener that lives as long as the shield. */
  listen: (target: EventTarget, type: string, handler: (e: Event) => void) => void;
}

/** Listens on `doc` (capture phase, so a link inside a hidden block does not navigate first). */
export function listenForReveals(doc: Document, shield: Shield, options: RevealOptions): void {
  const reveal = (e: Event) => {
    if (options.trustedOnly && !e.isTrusted) return;
    const block = shield.hiddenBlockAround(e.composedPath());
    if (!block) return;
    e.preventDefault();
    e.stopPropagation();
    shield.reveal(block);
  };
  options.listen(doc, 'click', reveal);
  options.listen(doc, 'keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    // Only the focused block itself: Enter in a link inside it is the link's.
    const target = e.composedPath()[0] as Element | undefined;
    if (target && shield.isHidden(target)) reveal(e);
  });
}
