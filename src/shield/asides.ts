/**
 * What lies around a page's main content: navigation, sidebars, "trending" and "related" boxes, footers,
 * banners and ads, found by tag, role and the words of a class or id. A block there is a pointer to another
 * page, not part of this one's story; a box whose own words name the show is a region of its own (regions.ts).
 * Answers are kept per element: new content changes no element's ancestors; a box's words are read again when
 * content comes into it (`changed`).
 */
import { classWords } from './class-words';
import { scopeText } from '../decide/scope/episode-scope';

const ASIDE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);
const ASIDE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'search']);
/** Words of a class or id that name something around the main content, not part of it. */
const ASIDE_WORDS = new Set([
  'sidebar', 'side', 'rail', 'trending', 'trend', 'related', 'popular', 'most', 'recommended', 'recommendations', 'nav',
  'navbar', 'navigation', 'menu', 'footer', 'cookie', 'cookies', 'consent', 'gdpr', 'ad', 'ads', 'advert',
  'advertisement', 'sponsored', 'promo', 'newsletter', 'subscribe', 'breadcrumb', 'breadcrumbs', 'widget', 'masthead',
  'topbar', 'copyright', 'legal', 'pie', 'tendencias', 'relacionados', 'relacionadas', 'publicidad', 'anuncio', 'leidos', 'populares',
]);
/** Words of a class or id of a column beside the main one: one that is a post's own is part of the post. */
const COLUMN_WORDS = new Set(['sidebar', 'side', 'rail']);
/** Words of a class or id of one person's post: its side column holds its caption and its comments (issue 12). */
const POST_WORDS = new Set(['post', 'publicacion', 'tweet', 'status']);
/** How far above a column the post it belongs to may be. */
const POST_DEPTH = 2;

/** How much of a box's text is read to know whether it names the show. */
const MAX_BOX_TEXT = 4000;

/** Whether `el` itself is navigation, a sidebar, a footer, a banner or an ad (by tag, role, class, or its heading). */
function isAsideItself(e: Element): boolean {
  return ASIDE_TAGS.has(e.tagName) || ASIDE_ROLES.has(e.getAttribute('role') ?? '') || classWords(e).some((w) => ASIDE_WORDS.has(w)) || isNamedBox(e);
}

/**
 * A heading that names a box of pointers to other pages: "Related", "Read next", "More from Culture", "You may also
 * like", "Más reseñas", "Te puede interesar", "Lo más visto" (folded to lower case without accents).
 */
const BOX_HEADING = /^(?:related(?: \w+)?|read next|read more|more (?:from|on|in|reviews|stories|news|recaps|like this)\b.*|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|most (?:read|popular|viewed)|popular(?: now)?|also on \w.*|(?:\w+ )?relacionad[oa]s|(?:\w+ )?similares|similar \w+|(?:episodios|capitulos|programas|numeros|ediciones) anteriores|(?:previous|past|older|more) (?:episodes|issues)|mas (?:resenas|notas|leidas|leidos|vistos?|populares|de|en)\b.*|lo mas (?:visto|leido|popular)|te puede interesar|te recomendamos|sigue leyendo|recomendad[oa]s|tendencias)$/;

/**
 * Whether `e` is a box of links under its own heading that names it ("<section><h3>Related</h3><ul>…"): a box
 * around the article, however its site marks it. Its first child is the heading, and it holds links.
 */
function isNamedBox(e: Element): boolean {
  const heading = e.firstElementChild;
  if (!heading || !/^H[2-6]$/.test(heading.tagName) || (e.tagName !== 'SECTION' && e.tagName !== 'DIV')) return false;
  return isBoxHeading(heading.textContent ?? '') && e.querySelector('a[href]') !== null;
}

/**
 * Whether a heading names a box of pointers to other pages ("Hilos relacionados", "Similar threads"): a section under
 * it covers no episode of the page's, even where no box around it says so (regions.ts).
 */
export function isBoxHeading(heading: string): boolean {
  return BOX_HEADING.test(scopeText(heading).replace(/[^\p{L}\d ]+/gu, ' ').replace(/\s+/g, ' ').trim());
}

/**
 * Whether `e` is a side column of a post, by its class alone ("ip-side" in "ip-post": the caption and comments beside
 * an Instagram-like picture): the post's words, not a sidebar around the page.
 */
function isPostColumn(e: Element): boolean {
  if (ASIDE_TAGS.has(e.tagName) || ASIDE_ROLES.has(e.getAttribute('role') ?? '')) return false;
  const words = classWords(e);
  if (words.some((w) => ASIDE_WORDS.has(w) && !COLUMN_WORDS.has(w))) return false;
  let a = e.parentElement;
  for (let n = 0; a && n < POST_DEPTH && a.tagName !== 'BODY'; a = a.parentElement, n++) if (classWords(a).some((w) => POST_WORDS.has(w))) return true;
  return false;
}

export class Asides {
  private aside = new WeakMap<Element, boolean>();
  private boxNamed = new WeakMap<Element, boolean>();

  /** Forgets every answer (nodes left the page, or it is read again). */
  reset(): void {
    this.aside = new WeakMap();
    this.boxNamed = new WeakMap();
  }

  /** Content came into `el`: if it is a box, its words are read again. */
  changed(el: Element): void {
    this.boxNamed.delete(el);
  }

  /** Whether `el` lies around the main content: navigation, a sidebar, a footer, a banner, an ad. */
  isAside(el: Element): boolean {
    const path: Element[] = [];
    let answer = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = this.aside.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(e);
      if (e.tagName === 'BODY' || e.tagName === 'MAIN' || e.getAttribute('role') === 'main') break;
      if (isAsideItself(e) && !isPostColumn(e)) {
        answer = true;
        break;
      }
    }
    for (const e of path) this.aside.set(e, answer);
    return answer;
  }

  /** Whether `el` lies in a box around the main content whose own words (up to MAX_BOX_TEXT) name the show. */
  namesShow(el: Element, namesShow: (text: string) => boolean): boolean {
    if (!this.isAside(el)) return false;
    const box = boxOf(el);
    if (!box) return false;
    let answer = this.boxNamed.get(box);
    if (answer === undefined) this.boxNamed.set(box, (answer = namesShow(boxText(box, MAX_BOX_TEXT))));
    return answer;
  }
}

/** The nearest element around `el` that is itself around the main content (the box, not the whole sidebar). */
function boxOf(el: Element): Element | null {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) if (isAsideItself(e)) return e;
  return null;
}

/** Elements that end a line of a box's text: "#Celda211<br>48,2 mil posts" is two lines, not "#Celda21148,2". */
const LINE_ENDS = new Set(['BR', 'LI', 'P', 'DIV', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'UL', 'OL', 'FIGCAPTION']);

/** The text of a box, up to `max` characters, with a line break where a <br> or a block element splits it. */
function boxText(box: Element, max: number): string {
  let out = '';
  const walker = box.ownerDocument.createTreeWalker(box, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (LINE_ENDS.has((n as Element).tagName)) out += '\n';
  }
  return out.slice(0, max);
}
