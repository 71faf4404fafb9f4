/**
 * Units: the things a reader takes in as one — a comment, a post, a tweet, a card or video tile, an
 * item of a result list, a table row. A unit that reveals anything is hidden whole, author line,
 * thumbnail and all, not sentence by sentence (see reader.ts and hidden-blocks.ts).
 *
 * They are found by structure, never by site: a table row; a list item; an element among siblings
 * of the same tag and class (a repeated item) that holds little text; an <article> among articles;
 * a figure with its caption. Words such as "comment" or "card" in a class or id, and the roles
 * article and listitem, count as supporting evidence. Nothing that holds the page's heading, a
 * section of an article (a heading and paragraphs), four paragraphs of its own or more than MAX_UNIT_TEXT characters
 * is a unit.
 *
 * Units are only looked for around blocks that have something to hide, so a page that is not about the
 * show pays nothing. What each element is (a unit, too big for one) is cached and kept while the page
 * only grows (`changed` forgets the elements new content went into, and the elements beside it, whose
 * siblings changed); which unit holds an element is worked out again for each batch of changes (an epoch).
 */

import { BLOCK_TAGS, HEADING_SELECTOR } from './blocks';
import { isGridRow } from './table-rows';
import { classesOf, classWords } from './class-words';
import type { Grown } from './changes';

/** A unit holds at most this much text (whitespace runs counted as one). */
export const MAX_UNIT_TEXT = 1500;
/** How far above a text its unit may be; a page nested thousands deep costs no more than a real one. */
const MAX_CLIMB = 24;

/** Elements that may be a repeated item; custom elements (a dash in the name) too. */
const CONTAINER_TAGS = new Set(['DIV', 'LI', 'TR', 'ARTICLE', 'SECTION', 'ASIDE', 'A', 'FIGURE']);
/** Blocks that hold text, not items. */
const TEXT_BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'LI', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'FIGCAPTION', 'SUMMARY', 'LEGEND', 'BLOCKQUOTE', 'ADDRESS',
]);
/** Where the climb stops: the page's frame, and its main region. */
const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN']);
const UNIT_ROLES = new Set(['article', 'listitem', 'row', 'comment']);
/** Words of a class or id that name a unit. */
const HINT_WORDS = new Set([
  'comment', 'reply', 'post', 'tweet', 'status', 'card', 'tile', 'item', 'entry', 'message', 'result', 'video',
  'thread', 'answer', 'review', 'trend', 'story', 'teaser', 'clip', 'toot',
  'comentario', 'respuesta', 'publicacion', 'tarjeta', 'resultado',
]);

/** What the climb learnt about one element. */
interface Facts {
  /** Its text is too long, or it holds a page heading or an article section: no ancestor can be a unit. */
  tooBig: boolean;
  unit: boolean;
  /** What of a unit the reader takes as its own words (see ownBox), once asked. */
  box?: Element;
}

/** Finds the unit around an element; what it learns is kept until the page changes around it (see `changed`). */
export class UnitFinder {
  private facts = new WeakMap<Element, Facts>();
  private around = new Map<Element, Element | null>();
  private epoch = -1;

  /** Forgets everything: nodes left the page, text changed in place, or the page is read again. */
  reset(): void {
    this.facts = new WeakMap();
    this.around.clear();
  }

  /**
   * Content was added (and nothing else changed): forgets what the elements it went into, and those
   * around them, are, and what the nodes beside it are (a twin came, or words beside a link). An element
   * too big for a unit stays so: adding only adds text, headings and items.
   */
  changed(grown: Grown): void {
    const seen = new Set<Element>();
    for (const n of grown.neighbours) if (n.nodeType === 1) this.forget(n as Element);
    for (const target of grown.targets) {
      for (let e = target.nodeType === 1 ? (target as Element) : target.parentElement; e && !seen.has(e); e = e.parentElement) {
        seen.add(e);
        this.forget(e);
      }
    }
  }

  private forget(el: Element): void {
    if (this.facts.get(el)?.tooBig === false) this.facts.delete(el);
  }

  /** The innermost unit that holds `el` (itself included), or null; `epoch` says whether the page changed. */
  unitAround(el: Element, epoch: number): Element | null {
    if (epoch !== this.epoch) {
      this.around.clear();
      this.epoch = epoch;
    }
    const known = this.around.get(el);
    if (known !== undefined) return known;
    const climbed: Element[] = [];
    let answer: Element | null = null;
    for (let e: Element | null = el; e && climbed.length < MAX_CLIMB; e = e.parentElement) {
      const cached = this.around.get(e);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      climbed.push(e);
      if (STOP_TAGS.has(e.tagName) || e.getAttribute('role') === 'main') break;
      const facts = this.factsOf(e);
      if (facts.tooBig) break;
      if (facts.unit) {
        answer = (facts.box ??= ownBox(e));
        break;
      }
    }
    for (const e of climbed) this.around.set(e, answer);
    return answer;
  }

  /** The innermost unit that holds both nodes, or null. */
  unitHolding(first: Node, last: Node, epoch: number): Element | null {
    const start = first.nodeType === 1 ? (first as Element) : first.parentElement;
    let unit = start ? this.unitAround(start, epoch) : null;
    for (let n = 0; unit && !unit.contains(last); n++) {
      unit = unit.parentElement && n < MAX_CLIMB ? this.unitAround(unit.parentElement, epoch) : null;
    }
    return unit;
  }

  private factsOf(el: Element): Facts {
    let facts = this.facts.get(el);
    if (!facts) {
      const tooBig = longerThanUnit(el) || isArticleLevel(el);
      facts = { tooBig, unit: !tooBig && (looksLikeUnit(el) || this.repliesTo(el)) };
      this.facts.set(el, facts);
    }
    return facts;
  }

  /**
   * Whether `el` is a reply nested inside a unit of its kind (same tag, a class in common): a comment's lone
   * answer, which has no twin beside it (`.thing` > `.child` > `.thing`).
   */
  private repliesTo(el: Element): boolean {
    const classes = classesOf(el);
    if (classes.length === 0 || !isContainer(el)) return false;
    let a = el.parentElement;
    for (let n = 0; a && n < KIN_DEPTH && !STOP_TAGS.has(a.tagName); a = a.parentElement, n++) {
      if (a.tagName === el.tagName && sharesClass(classes, classesOf(a))) return this.factsOf(a).unit;
    }
    return false;
  }
}

/** How far above a reply the comment it answers may be. */
const KIN_DEPTH = 4;

/**
 * Whether the element's text is longer than MAX_UNIT_TEXT, whitespace runs counted as one character.
 * Counted only as far as the limit: the ancestors of a block are asked too, up to the whole article.
 */
function longerThanUnit(el: Element): boolean {
  const text = el.textContent ?? '';
  if (text.length <= MAX_UNIT_TEXT) return false;
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x1680 && WHITESPACE.test(text[i]!));
    if (!space || !inSpace) n++;
    if (n > MAX_UNIT_TEXT) return true;
    inSpace = space;
  }
  return false;
}
const WHITESPACE = /\s/;

/**
 * Above the level of an item: it holds the page's heading, several headings, a heading with paragraphs
 * under it (a section of an article), or is itself a list of items (three or more alike).
 */
function isArticleLevel(el: Element): boolean {
  // Most elements asked are a post's or card's inner boxes, holding text and a few inline elements.
  if (el.firstElementChild === null) return false;
  if (el.querySelector('h1, main, [role="main"]')) return true;
  const headings = el.querySelectorAll('h2, h3, h4, h5, h6').length;
  if (headings >= 2 || (headings === 1 && el.querySelectorAll('p').length >= 2 && !isRated(el) && !isTagged(el))) return true;
  return isList(el) || (hasManyParagraphs(el) && !isRated(el) && !isTagged(el));
}

/**
 * A post of this many paragraphs, items and quotes of its own (not its replies') is read as an article is, block by block
 * (a bug report with its steps, a long forum answer): hidden whole for one line, it would hide its steps and its thanks
 * with it. Not a reader's rated review, nor a listed work with its tags: those are items, read whole.
 */
const MAX_UNIT_PARAGRAPHS = 4;
const PARAGRAPHS = 'p, li, pre, blockquote, dd';

/** Whether `el` holds MAX_UNIT_PARAGRAPHS paragraphs of its own, not counting those of a reply like it inside it. */
function hasManyParagraphs(el: Element): boolean {
  const found = el.querySelectorAll(PARAGRAPHS);
  if (found.length < MAX_UNIT_PARAGRAPHS) return false;
  const classes = classesOf(el);
  let own = 0;
  for (const p of found) {
    let inReply = false;
    for (let a: Element | null = p; a && a !== el && !inReply; a = a.parentElement) inReply = a.tagName === el.tagName && (classes.length === 0 ? classesOf(a).length === 0 : sharesClass(classes, classesOf(a)));
    if (!inReply && ++own >= MAX_UNIT_PARAGRAPHS) return true;
  }
  return false;
}

/** A reader's rating in a row of stars or out of 5 or 10: "★★★★☆", "7/10" (not an episode's score, "★ 8.2"). */
const RATING = /[★☆]{3}|\b\d{1,2}(?:[.,]\d)?\s*\/\s*(?:5|10)\b/;

/** A reader's review with its title, rating, author and words: an item of a list of reviews, not a section of an article. */
function isRated(el: Element): boolean {
  return el.querySelector('h2') === null && RATING.test(el.textContent ?? '');
}

/** A line of tags: "Tags: Yori-centric · Informants · Episode 4 Spoilers", "Etiquetas: drama, Juan". */
const TAGS_LINE = /^\s*(?:tags|etiquetas)\s*:\s*\S+\s*[·,|•]\s*\S/i;

/** A listed work with its title, its tags and its summary (a fan-fiction archive's card): an item of a list, not a section of an article. */
function isTagged(el: Element): boolean {
  if (el.querySelector('h2') !== null) return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (TAGS_LINE.test(c.textContent ?? '')) return true;
  return false;
}

/**
 * A comment that holds the replies to it (an <li> with its words and the <ol> of answers, a `.thing` with its
 * `.entry` and its `.child` box) is its words alone: the one child that holds all of them, so that hiding
 * it hides no reply, each reply being a unit judged by its own words. The unit itself when its words lie in
 * several children, or beside them, or when it holds no reply (an item like it, inside it).
 */
function ownBox(unit: Element): Element {
  const classes = classesOf(unit);
  const isReply = (e: Element) => (classes.length === 0 ? classesOf(e).length === 0 : sharesClass(classes, classesOf(e)));
  const replies = [...unit.getElementsByTagName(unit.tagName)].filter(isReply);
  if (replies.length === 0) return unit;
  const holdsReply = (c: Element) => replies.some((r) => c.contains(r));
  let box: Element | null = null;
  for (let n = unit.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if (/\S/.test((n as Text).data)) return unit;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const c = n as Element;
    if (holdsReply(c) || (!/\S/.test(c.textContent ?? '') && c.querySelector(PICTURES) === null)) continue;
    if (box) return unit;
    box = c;
  }
  return box ?? unit;
}

/** A poll's option: a few words and its share of the votes ("No, he should have gone out with the medics 33%"). */
const POLL_OPTION = /^[^\n]{1,80}?\d{1,3}(?:[.,]\d)?\s*%$/;

/**
 * Whether `el` is a poll's option. Asked of list items, of repeated items and of a list's children, a list of 20,000
 * comments included: its last words are looked at first (a share of the votes ends it), and its whole text only when
 * they end in "%".
 */
function isPollOption(el: Element): boolean {
  if (el.tagName === 'TR' || el.childElementCount > MAX_OPTION_CHILDREN) return false;
  let last: Node | null = el.lastChild;
  while (last && (last.nodeType !== 3 || !/\S/.test((last as Text).data))) last = last.nodeType === 1 && last.lastChild ? last.lastChild : last.previousSibling;
  if (!last || !/%\s*$/.test((last as Text).data)) return false;
  const text = el.textContent ?? '';
  return text.length <= 100 && POLL_OPTION.test(text.trim());
}

/** A poll's option holds its words and its share, and little else. */
const MAX_OPTION_CHILDREN = 4;

/**
 * Whether three or more of its children are items alike (containers of the same tag sharing a class). A poll's options
 * are not items of a list: they are its post's.
 */
function isList(el: Element): boolean {
  const seen = new Map<string, number>();
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (!isContainer(c) || isPollOption(c)) continue;
    const key = `${c.tagName} ${classesOf(c)[0] ?? ''}`;
    const n = (seen.get(key) ?? 0) + 1;
    if (n >= 3) return true;
    seen.set(key, n);
  }
  return false;
}

/** Whether `el` is a unit by its own structure (size and article level aside). */
export function looksLikeUnit(el: Element): boolean {
  const tag = el.tagName;
  const role = el.getAttribute('role');
  if (role && UNIT_ROLES.has(role)) return true;
  // A row of an episode grid is no unit: each of its cells tells of its own column's episode.
  if (tag === 'TR') return el.children.length >= 2 && !isGridRow(el);
  // A poll's option is its post's words, not an item of its own (asked last: every element a climb meets is asked this).
  if (tag === 'LI') return !isPollOption(el);
  if (tag === 'FIGURE') return el.querySelector('figcaption') !== null;
  if (!isContainer(el) || inRunningText(el)) return false;
  if (tag === 'ARTICLE') return hasTwin(el, false) || el.parentElement?.closest('article, li') != null;
  const hinted = hasHint(el);
  // A section is part of a document's outline: only one that says it is an item counts.
  if (tag === 'SECTION' && !hinted) return false;
  // A list of bare links (trending, related) is a list of items too, and so is a list of custom elements
  // (<ytd-video-renderer>): a custom element's tag names its kind, as a class does.
  if (hasTwin(el, hinted || tag === 'A' || tag.includes('-'))) return !isPollOption(el);
  // A lone reply, nested under the comment it answers, is a comment too: its twin is beside its parent.
  if (!hinted || el.parentElement === null) return false;
  if (hasTwin(el.parentElement, false, classesOf(el))) return true;
  // A post above the comments under it ("post-main" beside its "c" replies) is one person's words of its own;
  // not a thread's first post with its title (its heading heads the thread: see section-headings.ts).
  return hasRepeatedSibling(el) && el.querySelector(HEADING_SELECTOR) === null;
}

/** Whether a sibling of `el` (a little way off at most) is a repeated item: a container among twins of it. */
function hasRepeatedSibling(el: Element): boolean {
  for (let s = el.parentElement?.firstElementChild ?? null, n = 0; s && n < 40; s = s.nextElementSibling, n++) {
    if (s !== el && isContainer(s) && classesOf(s).length > 0 && hasTwin(s, false)) return true;
  }
  return false;
}

/** Elements that sit among words (a link, an emphasis, a span). */
const INLINE_TAGS = new Set(['A', 'SPAN', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'MARK', 'U', 'S', 'CODE', 'ABBR', 'CITE', 'Q', 'SUB', 'SUP', 'TIME']);

/**
 * A link among the words of a sentence, or inside a paragraph, heading, list item or cell, is part of
 * that text, not an item of its own (the list item or row around it is).
 */
function inRunningText(el: Element): boolean {
  // The nearest words on either side, past empty text nodes (a page may split its text anywhere).
  for (const next of [(n: Node) => n.previousSibling, (n: Node) => n.nextSibling]) {
    let s = next(el);
    while (s && s.nodeType === 3 && (s as Text).data.length === 0) s = next(s);
    if (s && s.nodeType === 3 && /\S/.test((s as Text).data)) return true;
    // Words that run on into an inline element right beside it, with no space between, are one run of text
    // ("<a>Helena dies in </a><a>ep 5</a>"); a list of links has space, or items, between its links.
    if (s && s.nodeType === 1 && INLINE_TAGS.has((s as Element).tagName)) return true;
  }
  const parent = el.parentElement;
  if (!parent) return false;
  return TEXT_BLOCKS.has(parent.tagName) || (!BLOCK_TAGS.has(parent.tagName) && !parent.tagName.includes('-'));
}

/**
 * Whether a sibling is an item like it: a container sharing a class (a list of results may mix
 * <a class="result"> and <div class="result">), or, when `classless` is enough, one of the same tag
 * without a class either.
 */
/** What a bare item may hold instead of words. */
const PICTURES = 'img, picture, svg, video, canvas';

function hasTwin(el: Element, classless: boolean, classes: readonly string[] = classesOf(el)): boolean {
  if (classes.length === 0 && !classless) return false;
  const twin = (s: Element | null) =>
    s !== null &&
    s !== el &&
    (classes.length === 0
      ? // A bare twin must hold something: an empty link beside a link does not make a list of links.
        s.tagName === el.tagName && classesOf(s).length === 0 && (/\S/.test(s.textContent ?? '') || s.querySelector(PICTURES) !== null)
      : isContainer(s) && sharesClass(classes, classesOf(s)));
  if (twin(el.previousElementSibling) || twin(el.nextElementSibling)) return true;
  // Twins need not be next to each other (an ad between two posts): look a little further.
  for (let s = el.parentElement?.firstElementChild ?? null, n = 0; s && n < 40; s = s.nextElementSibling, n++) {
    if (classes.length > 0 && twin(s)) return true;
  }
  return false;
}

function isContainer(el: Element): boolean {
  return CONTAINER_TAGS.has(el.tagName) || el.tagName.includes('-');
}

function sharesClass(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return a.length > 0;
  for (const c of a) if (b.includes(c)) return true;
  return false;
}

/** Whether the class or id names a unit ("comment", "video-card", "searchResult"). */
export function hasHint(el: Element): boolean {
  return classWords(el).some((word) => HINT_WORDS.has(word) || (word.endsWith('s') && HINT_WORDS.has(word.slice(0, -1))));
}
