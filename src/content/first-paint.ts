/**
 * The first-paint hold: style.css keeps the page from being painted (at most 0.6 s) while <html> has
 * HOLD_ATTR. The gate (gate.ts) sets it as soon as it finds a followed show named, before that text is
 * painted; the shield lifts it once it has read what is parsed, and sets READY_ATTR. A page that names
 * no show is never held (the gate sets READY_ATTR once it is parsed). If the script never answers, the
 * page shows anyway.
 */

/** On <html> once the page may be painted. */
export const READY_ATTR = 'data-spoiler-shield-ready';
/** On <html> while the page must not be painted. */
export const HOLD_ATTR = 'data-spoiler-shield-hold';

/** Lets the page be painted: now, or as soon as it has an <html> (at document_start it may not). */
export function releaseFirstPaint(doc: Document): void {
  const release = (html: Element) => {
    html.setAttribute(READY_ATTR, '');
    html.removeAttribute(HOLD_ATTR);
  };
  if (doc.documentElement) {
    release(doc.documentElement);
    return;
  }
  const wait = new MutationObserver(() => {
    if (!doc.documentElement) return;
    wait.disconnect();
    release(doc.documentElement);
  });
  wait.observe(doc, { childList: true });
}
