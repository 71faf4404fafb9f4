/**
 * Text a page shows outside its blocks: the document's title (in the tab strip
 * and history) and the `title`, `alt` and `aria-label` attributes (tooltips,
 * images, screen readers). While one of them would spoil, it holds a neutral
 * text; the page's own value is kept and put back exactly when it may be read.
 * If the page writes a new value meanwhile, that becomes its own value.
 */
import type { SpoilerAt, SpoilerWords } from './spoiler-label';

export const LABEL_ATTRS = ['title', 'alt', 'aria-label'] as const;
export type LabelAttr = (typeof LABEL_ATTRS)[number];

interface Covered {
  own: string;
  shown: string;
}

export class CoveredLabels {
  private readonly attrs = new Map<Element, Map<string, Covered>>();
  private title: Covered | undefined;

  constructor(
    private readonly doc: Document,
    private readonly words: SpoilerWords,
  ) {}

  /** The page's own title, whatever is shown now. */
  pageTitle(): string {
    const now = this.doc.title;
    if (this.title && now === this.title.shown) return this.title.own;
    this.title = undefined;
    return now;
  }

  /** Shows a neutral title that keeps the site's name (`site`, see siteNameOf). */
  coverTitle(at: SpoilerAt, site: string): void {
    const own = this.pageTitle();
    const shown = this.words.pageTitle(at, site);
    this.title = { own, shown };
    if (this.doc.title !== shown) this.doc.title = shown;
  }

  showTitle(): void {
    if (!this.title) return;
    const { own, shown } = this.title;
    this.title = undefined;
    if (this.doc.title === shown) this.doc.title = own;
  }

  /** Whether the value `el[name]` holds now is the neutral text the shield put there. */
  isOwnValue(el: Element, name: string): boolean {
    const c = this.attrs.get(el)?.get(name);
    return c !== undefined && el.getAttribute(name) === c.shown;
  }

  /** The page's own value of an attribute (null when absent). */
  pageValue(el: Element, name: LabelAttr): string | null {
    const now = el.getAttribute(name);
    const byName = this.attrs.get(el);
    const c = byName?.get(name);
    if (c && now === c.shown) return c.own;
    if (c) this.drop(el, name);
    return now;
  }

  cover(el: Element, name: LabelAttr, at: SpoilerAt): void {
    const own = this.pageValue(el, name);
    if (own === null) return;
    const shown = this.words.label(at);
    let byName = this.attrs.get(el);
    if (!byName) this.attrs.set(el, (byName = new Map()));
    byName.set(name, { own, shown });
    if (el.getAttribute(name) !== shown) el.setAttribute(name, shown);
  }

  show(el: Element, name: LabelAttr): void {
    const c = this.attrs.get(el)?.get(name);
    if (!c) return;
    this.drop(el, name);
    if (el.getAttribute(name) === c.shown) el.setAttribute(name, c.own);
  }

  /** Puts back every value the shield covered. */
  restoreAll(): void {
    for (const [el, byName] of [...this.attrs]) for (const name of [...byName.keys()]) this.show(el, name as LabelAttr);
    this.showTitle();
  }

  private drop(el: Element, name: string): void {
    const byName = this.attrs.get(el);
    byName?.delete(name);
    if (byName?.size === 0) this.attrs.delete(el);
  }
}

/** Separators between a page's own title and its site's name ("Helena dies | The Binge Ledger"). */
const TITLE_PARTS = /\s+(?:[|\u2013\u2014\u00b7\u2022:]{1,2}|-)\s+/;
/** A site's name is short; a longer last part is more of the title. */
const SITE_NAME_MAX = 40;

/** The site's name as a page's title gives it (its last part after a separator), else undefined. */
export function siteNameOf(title: string): string | undefined {
  const parts = title.split(TITLE_PARTS);
  const last = parts.length >= 2 ? parts[parts.length - 1]!.trim() : '';
  return last && last.length <= SITE_NAME_MAX ? last : undefined;
}
