/**
 * The post a comment hangs under, and a comment's author line, by structure (issue 12). A comment section
 * sits under its post: the caption beside an Instagram-like picture, a group's post above its comment
 * bubbles, a tweet above its replies. Its post is what comes before the comments at the nearest level that
 * has something before them that is no comment like it (its owner, its words, its counters). What the post
 * says decides the section (src/decide/scope/whole-show.ts): regions.ts asks. Answers are kept by the
 * comment's parent (its siblings share them) until the page changes around it.
 */
import { classesOf, classWords } from './class-words';
import { looksLikeUnit, MAX_UNIT_TEXT } from './units';
import { BLOCK_TAGS, HEADING_TAGS as HEADINGS, HEADING_SELECTOR } from './blocks';
import { commentAround, hasTitle, spellHashtags } from './region-blocks';
import type { Scope } from './regions';
import { talkEpisode, wordCount } from '../decide/scope/whole-show';
import { scopeEn } from '../lang/scope-en';
import { scopeEs } from '../lang/scope-es';
import { ANY_EPISODE, episodeScope } from '../decide/scope/episode-scope';
import { commentEpisode } from '../decide/scope/comment-scope';

/** How far above a comment the level that holds its post may be (a reply's box, the comment list, the post's side). */
const POST_DEPTH = 4;
/** How far above a block of words its comment may be. */
const UNIT_DEPTH = 2;
/** Where the climb stops. */
const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN']);
/** A comment's action bar: its buttons between dots ("Me gusta · Responder · 6 h", "21 · Reply · Share"). */
const ACTION_BAR = /(?:^|·|\s)(?:reply|responder|share|compartir|me gusta|like|report|reportar)\s*(?:·|$)/im;
/** An author line has at most this many words ("Héctor Villalobos · Miembro destacado · 6 h"). */
const AUTHOR_WORDS = 8;

export interface Post {
  /** The element the post's words start in (the first of them): revealing it reveals the section. */
  source: Element;
  text: string;
}

export class PostTalk {
  private posts = new WeakMap<Element, Post | null>();
  private units = new WeakMap<Element, Element | null>();
  /** The last episode each post opens talk about, naming the show (null: none), by post. */
  private opened = new WeakMap<Post, number | null>();

  constructor(readonly options: TalkOptions) {}

  /** Forgets every answer. */
  reset(): void {
    this.posts = new WeakMap();
    this.units = new WeakMap();
  }

  /**
   * The last episode `post` opens talk about (the whole show's, or one it just watched: see whole-show.ts) when it names
   * the show itself ("#PrisonCell211" too); undefined when it opens none.
   */
  opens(post: Post): number | undefined {
    const options = this.options;
    let answer = this.opened.get(post);
    if (answer === undefined) {
      // The show's name first: a page that names nobody never loads the catalog for the show's length.
      const names = options.namesShow(post.text.includes('#') ? `${post.text}\n${spellHashtags(post.text)}` : post.text);
      answer = (names && talkEpisode(post.text, options.lastEpisode())) || null;
      this.opened.set(post, answer);
    }
    return answer ?? undefined;
  }

  /** Content went into `el`: a comment list that grew, or a post whose words changed, is asked again. */
  changed(el: Element): void {
    this.posts.delete(el);
    this.units.delete(el);
  }

  /**
   * The comment a block of words lies in when nothing names it one ("x3bubble" in "x2c"): the nearest element a little
   * above it that is an item of a list by structure (units.ts), with no title of its own. Kept by the block's parent.
   */
  unitAbove(el: Element): Element | null {
    const key = el.parentElement;
    if (!key) return null;
    let answer = this.units.get(key);
    if (answer === undefined) {
      answer = null;
      for (let p: Element | null = key, n = 0; p && n < UNIT_DEPTH && !STOP_TAGS.has(p.tagName); p = p.parentElement, n++) {
        if (looksLikeUnit(p)) {
          answer = hasTitle(p) || (p.textContent ?? '').length > MAX_UNIT_TEXT ? null : p;
          break;
        }
      }
      this.units.set(key, answer);
    }
    return answer;
  }

  /** The post `comment` hangs under, or null (a feed of posts, nothing before the list, an article above it). */
  postAbove(comment: Element): Post | null {
    const key = comment.parentElement;
    if (!key) return null;
    let answer = this.posts.get(key);
    if (answer === undefined) {
      answer = findPost(comment);
      this.posts.set(key, answer);
    }
    return answer;
  }
}

function findPost(comment: Element): Post | null {
  const classes = classesOf(comment);
  const kin = (s: Element, cur: Element): boolean => {
    if (classes.length === 0) return s.tagName === comment.tagName && classesOf(s).length === 0;
    const own = classesOf(s);
    if (own.some((c) => classes.includes(c)) || (cur !== comment && own.some((c) => classesOf(cur).includes(c)))) return true;
    // A box of replies: it holds comments like this one.
    return s.getElementsByClassName(classes[0]!).length > 0;
  };
  let cur = comment;
  for (let level = 0; level < POST_DEPTH; level++) {
    const parent = cur.parentElement;
    // The page's main content may be the post and its comments ("<main><article class=post>…<section class=comments>"):
    // its children are looked at, nothing above it.
    if (!parent || (STOP_TAGS.has(parent.tagName) && parent.tagName !== 'MAIN')) return null;
    let text = '';
    let first: Element | null = null;
    for (let s = cur.previousElementSibling; s; s = s.previousElementSibling) {
      if (kin(s, cur)) continue;
      const words = wordsIn(s);
      if (!/\p{L}/u.test(words)) continue;
      // A thread's title and its notices head the thread (its headings scope it: regions.ts), not one person's post.
      if (HEADINGS.has(s.tagName) || s.querySelector(HEADING_SELECTOR)) return null;
      text = `${words}\n${text}`;
      first = s;
      if (text.length > MAX_UNIT_TEXT) return null;
    }
    if (first) return { source: first, text };
    if (parent.tagName === 'MAIN') return null;
    cur = parent;
  }
  return null;
}

/**
 * A comment's author line: the short run of words its text opens with, in an element of its own ("camila.rvs",
 * "sad_tortilla · 18h", "Jurel_Frito 301 points"), when the comment says more after it. Undefined otherwise.
 */
export function authorLine(comment: Element): string | undefined {
  // A card is a link, and its first words are its title ("EL NUEVO REY 👑 capítulo 6 reacción"), no author's.
  if (comment.tagName === 'A') return undefined;
  const doc = comment.ownerDocument;
  const walker = doc.createTreeWalker(comment, 4 /* NodeFilter.SHOW_TEXT */);
  let node = walker.nextNode();
  // Past a time stamp before the name ("[21:05]" in a chat log's "[21:05] lupe.exe snacks ready"): words have letters.
  while (node && !/\p{L}/u.test(node.nodeValue ?? '')) node = walker.nextNode();
  let line = node?.parentElement ?? null;
  if (!line || line === comment) return undefined;
  // The largest element around the first words, below the comment, that is still a line.
  while (line.parentElement && line.parentElement !== comment && wordCount(line.parentElement.textContent ?? '') <= AUTHOR_WORDS) line = line.parentElement;
  // A line of its own, or an element that says what it is by a class ("u", "x8name"), or a bare <b> in a comment with an
  // action bar ("Me gusta · Responder · 6 h"): not a bare <b> or <span> that may wrap any words of a sentence (what is
  // hidden must not depend on how a page wraps its words).
  // So is a bare <b> that opens the comment and reads as a name ("<b>Ruth Ann Pickering</b> Is it dubbed…").
  if (!BLOCK_TAGS.has(line.tagName) && !line.getAttribute('class') && !line.id && !ACTION_BAR.test(comment.textContent ?? '') && !boldName(line)) return undefined;
  const text = line.textContent ?? '';
  const n = wordCount(text);
  if (n === 0 || n > AUTHOR_WORDS || n >= wordCount(comment.textContent ?? '')) return undefined;
  // Nor is a line that names an episode: a title ("Episode 6 reaction").
  if (episodeScope(text, ANY_EPISODE) !== undefined) return undefined;
  return text.trim();
}

/** A bold run of one to four capitalised words or handles, perhaps after a role ("Admin · Paty Guerra", "@tito_88:"), or a user name ("u/tacosdeadobada"). */
const BOLD_NAME = /^(?:(?:[\p{Lu}@][\p{L}\d._'-]*(?:\s+·)?\s+){0,3}[\p{Lu}@][\p{L}\d._'-]*|u\/[\p{L}\d._-]+):?$/u;

function boldName(line: Element): boolean {
  return (line.tagName === 'B' || line.tagName === 'STRONG') && BOLD_NAME.test((line.textContent ?? '').trim());
}

/**
 * An element's text as a reader sees it: a space where a block or a line break parts two runs of text ("· 2 h</div>YA
 * TERMINÉ" are two runs of words), none inside a word split across nodes or inline elements ("fina<b>le</b>").
 */
export function wordsIn(el: Element): string {
  // Not a signature under the post ("Chihuahua capital | Voy en el cap 3"): its writer's, not the post's words.
  // The filter is a call into script for every node: asked only of a post that may hold one (a class that says so).
  const filter = el.querySelector(MAY_BE_SIGNATURE) ? SKIP_SIGNATURES : null;
  const walker = el.ownerDocument.createTreeWalker(el, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */, filter);
  let out = '';
  let block: Node | null = null;
  for (let n = walker.nextNode(); n && out.length <= MAX_UNIT_TEXT; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if ((n as Element).tagName === 'BR') out += ' ';
      continue;
    }
    let b: Node | null = n.parentNode;
    while (b && b !== el && !BLOCK_TAGS.has((b as Element).tagName)) b = b.parentNode;
    if (block !== null && b !== block) out += ' ';
    block = b;
    out += n.nodeValue ?? '';
  }
  return out;
}

/** Words of a class or id of a signature under a post. */
const SIGNATURE_WORDS = new Set(['firma', 'signature', 'sig', 'sign']);
/** Elements whose class may hold a signature word (SIGNATURE_WORDS are checked as words by the filter). */
const MAY_BE_SIGNATURE = '[class*="firma" i], [class*="sig" i]';
/** Leaves out signatures (and all they hold) from a walk of a post's words. */
const SKIP_SIGNATURES = {
  acceptNode: (n: Node): number => (n.nodeType === 1 && classWords(n as Element).some((w) => SIGNATURE_WORDS.has(w)) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
};

const REPLYING_TO = new RegExp(`(?:^|[^\\p{L}])(?:${[scopeEn, scopeEs].flatMap((l) => l.replyingTo ?? []).join('|')})\\s+@([\\p{L}\\p{N}_.]+)`, 'iu');
/** How many posts before a reply the post it answers may be. */
const ANSWERED_DEPTH = 30;
/** How far into a post its author line, with its handle, may run. */
const HANDLE_ROOM = 80;

/**
 * The episode a reply in a feed talks of when it names none itself: a post that says it answers a handle ("Replying
 * to @jules", "En respuesta a @sebas") answers the nearest post before it by that handle, and talks of the episode
 * that post names ("episode 3. i'm not ok…" → "and where he hides the body 😬"). Undefined otherwise.
 */
export function answeredEpisode(post: Element, lastEpisode: number): number | undefined {
  const m = REPLYING_TO.exec(wordsIn(post));
  if (!m) return undefined;
  const handle = `@${m[1]!.replace(/\.$/, '')}`.toLowerCase();
  for (let s = post.previousElementSibling, n = 0; s && n < ANSWERED_DEPTH; s = s.previousElementSibling, n++) {
    const words = wordsIn(s);
    const at = words.toLowerCase().indexOf(handle);
    if (at < 0 || at > HANDLE_ROOM) continue;
    return REPLYING_TO.test(words) ? undefined : commentEpisode(words, lastEpisode);
  }
  return undefined;
}

/** What whole-show talk asks of the page. */
export interface TalkOptions {
  namesShow(text: string): boolean;
  lastEpisode(): number;
}

/**
 * The scope of `el`, in a comment (or one itself, `isUnit`) under a post that opens talk about the whole show (or up to an
 * episode it names) and names it: that episode, marked `talk` (its chatter, counted in its own words past its `author`
 * line, stays readable: see scopeHides).
 */
export function wholeShowScope(el: Element, isUnit: () => boolean, talk: PostTalk): Scope | undefined {
  // A post of a feed whose class says nothing ("cmt", "x2c") is a comment too: an item of a list, no card with a title.
  const comment = isUnit() && !hasTitle(el) ? el : (commentAround(el) ?? talk.unitAbove(el));
  const post = comment ? talk.postAbove(comment) : null;
  const last = comment && post ? talk.opens(post) : undefined;
  if (!comment || !post || last === undefined) return undefined;
  const author = authorLine(comment);
  // One that looks back at an earlier episode ("the very first scene", "lo del 2") talks of that one.
  const own = commentEpisode(comment.textContent ?? '', last);
  return { episode: own !== undefined && own < last ? own : last, source: post.source, talk: author ? { author } : {} };
}
