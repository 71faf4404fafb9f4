/**
 * The first-paint hold: entrypoints/content.css keeps the page from being painted (at most HOLD_MS) while <html>
 * has HOLD_ATTR, at most FRAME_HOLD_MS while it is FRAME_HOLD, and at most SHIELD_HOLD_MS once it is SHIELD_HOLD.
 * The gate (gate.ts) sets it as soon as it finds a followed show named, before that text is painted; the
 * shield lifts it once it has read what is parsed, and sets READY_ATTR. A page that names
 * no show is never held (the gate sets READY_ATTR once it is parsed). If the script never answers, the
 * page shows anyway.
 */

/** On <html> once the page may be painted. */
export const READY_ATTR = 'data-spoiler-shield-ready';
/** On <html> while the page must not be painted. */
export const HOLD_ATTR = 'data-spoiler-shield-hold';
/** The hold's cap (entrypoints/content.css): past it the page is painted, whatever the script does. */
export const HOLD_MS = 600;
/**
 * HOLD_ATTR's value in a subframe that names the show only with another frame ("Helena" in a comment widget)
 * while it waits for the top frame's shield to read its page. That wait is the top frame's whole start (the
 * shield's script, the catalog, the settings, its first read), which on a slow machine outlasts HOLD_MS: a
 * CI run on 29 Nov painted a comment frame's spoilers at 691 ms. A frame stays blank a little longer instead.
 */
export const FRAME_HOLD = 'frame';
export const FRAME_HOLD_MS = 1500;
/**
 * HOLD_ATTR's value once the gate has let the shield in: its start (its script, the settings and catalog, the
 * first read) is under way, and a failure to load or start lets the paint go at once (gate.ts, index.ts), so
 * the cap is only for a script that hangs. Measured on feed.html (29 Nov), from the gate's pass to the release:
 * 210-225 ms warm and 500 ms cold at full speed, 770-850 ms warm and 1.2 s cold with the CPU slowed 3x. A CI
 * run that day painted two of the feed's spoilers at 823 ms, when the plain cap had run out.
 */
export const SHIELD_HOLD = 'shield';
export const SHIELD_HOLD_MS = 2500;
/** The hold values by cap, shortest first: a hold only ever lengthens (the cap is timed from the first). */
export const HOLD_ORDER: readonly string[] = ['', FRAME_HOLD, SHIELD_HOLD];

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
