/**
 * Text a page adds that the shield has not read yet, painted over until it has. New text is read in the
 * microtask right after it comes (scheduler.ts), before the page can paint it, but that slice has a budget:
 * when it runs out (a slow machine, a large batch, a backlog), the rest waits for the next frames, and the
 * frame in between would paint it readable. A CI run on 29 Nov did that to two comments of an infinite feed.
 *
 * So while the page is painted and names a followed show, each node a page adds is marked as it is noted
 * (ChangeQueue, in the observer's callback, before any paint), and the marks go once the shield has nothing
 * queued: in the usual case within the same microtasks, so no frame ever shows them. The shield's stylesheet
 * (src/content/shield.css) paints a marked element's text transparent, whatever look the reader chose. Only
 * attributes are written; the page's text and nodes are left alone.
 */

/** On an element whose text the shield has not read yet. */
export const UNREAD_ATTR = 'data-spoiler-unread';

export class UnreadMarks {
  private readonly marked = new Set<Element>();

  /**
   * Paints `node`'s text over until `clear`: an element, or a text node's parent. Never <html> or <body>, nor what
   * hangs from <html> outside <body> (<head>, the shield's own hint card): no text a reader reads.
   */
  mark(node: Node): void {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || this.marked.has(el)) return;
    const doc = el.ownerDocument;
    if (el === doc.documentElement || el === doc.body || el.parentNode === doc.documentElement || doc.head?.contains(el)) return;
    this.marked.add(el);
    el.setAttribute(UNREAD_ATTR, '');
  }

  /** Lets every marked element be painted as it is. */
  clear(): void {
    if (this.marked.size === 0) return;
    for (const el of this.marked) el.removeAttribute(UNREAD_ATTR);
    this.marked.clear();
  }
}
