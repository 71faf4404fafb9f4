/**
 * The first-paint hold: style.css keeps the page from being painted (at most 0.6 s) until the shield
 * has read what is parsed and sets READY_ATTR on <html>. If the script never answers, the page shows
 * anyway.
 */

/** On <html> once the page may be painted. */
export const READY_ATTR = 'data-spoiler-shield-ready';

/** Lets the page be painted: now, or as soon as it has an <html> (at document_start it may not). */
export function releaseFirstPaint(doc: Document): void {
  if (doc.documentElement) {
    doc.documentElement.setAttribute(READY_ATTR, '');
    return;
  }
  const wait = new MutationObserver(() => {
    if (!doc.documentElement) return;
    wait.disconnect();
    doc.documentElement.setAttribute(READY_ATTR, '');
  });
  wait.observe(doc, { childList: true });
}
