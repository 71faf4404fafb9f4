/**
 * What the blocks of a region are, by structure and their own words: one person's words in a thread (a
 * comment and the comment it replies to), a byline, a label, a sentence of the story. Used by regions.ts.
 */
import { HEADING_SELECTOR, HEADING_TAGS as HEADINGS } from './blocks';
import { classWords } from './class-words';
import { looksLikeUnit, MAX_UNIT_TEXT } from './units';
import { isAboutThePage, isQuestion, opensInEpisode, opensInTime } from '../decide/scope/episode-scope';
import type { Scope } from './region-types';
import { saysJustWatched } from '../decide/scope/whole-show';

/** Words of a class or id of a line about the page, not its story (a byline, a date, tags). */
const META_WORDS = new Set(['byline', 'meta', 'author', 'date', 'time', 'dateline', 'credit', 'credits', 'tags', 'share', 'autor', 'fecha']);

/** Words of a class or id of a box of replies under a comment. */
const REPLY_WORDS = new Set(['reply', 'replies', 'children', 'child', 'respuestas', 'respuesta', 'nested', 'subcomments']);

/** How far up a paragraph of a comment its comment is looked for. */
const COMMENT_DEPTH = 4;

/** Words of a class or id of one person's words in a thread. */
const COMMENT_WORDS = new Set(['comment', 'reply', 'post', 'tweet', 'toot', 'message', 'answer', 'comentario', 'respuesta', 'publicacion']);

function isComment(el: Element): boolean {
  return el.getAttribute('role') === 'comment' || classWords(el).some((w) => COMMENT_WORDS.has(w));
}

/** The comment, post or reply a paragraph belongs to (by its class or role), if any. */
export function commentAround(el: Element): Element | null {
  let e: Element | null = el;
  for (let n = 0; e && n < COMMENT_DEPTH && e.tagName !== 'BODY' && e.tagName !== 'MAIN'; e = e.parentElement, n++) {
    if (isComment(e)) return e;
  }
  return null;
}

/** The comment a reply answers: the unit just before the box of replies the reply sits in. */
export function repliedTo(unit: Element): Element | null {
  let box: Element | null = unit.parentElement;
  for (let n = 0; box && n < 2 && !classWords(box).some((w) => REPLY_WORDS.has(w)); n++) box = box.parentElement;
  if (!box || !classWords(box).some((w) => REPLY_WORDS.has(w))) return null;
  const before = box.previousElementSibling;
  return before && (isComment(before) || looksLikeUnit(before)) ? before : null;
}

export function lastHeadingIn(el: Element): Element | null {
  if (!el.firstElementChild) return null;
  const all = el.querySelectorAll(HEADING_SELECTOR);
  return all.length > 0 ? all[all.length - 1]! : null;
}

/** A line that opens with "By" or "Por" and a capitalised name. */
const BYLINE = /^(?:[Bb]y|BY|[Pp]or|POR)\s+\p{Lu}/u;
/** "Publicado el 16 de febrero de 2025 · 1 h 12 min", "Published Feb 16, 2025", "Updated on 3 March": a dateline. */
const DATELINE = /^(?:publicado|published|actualizado|updated|posted)(?:\s+(?:el|on|a las|at))?\s+(?:\d|\p{L}+\.?\s+\d)/iu;
/** A byline longer than this is a sentence ("By Friday, Juan …"). */
const MAX_BYLINE_WORDS = 14;

/** Words of a class that name a card's title ("r-title", "video-title", "titulo"). */
const TITLE_WORDS = new Set(['title', 'titulo', 'headline']);

/**
 * A card's titles: its headings, else its links that hold words (a video card's thumbnail link comes before
 * its title link), else what its classes call its title (a result whose link is the thumbnail alone).
 */
export function cardTitles(unit: Element): Element[] {
  const headings = unit.querySelectorAll(HEADING_SELECTOR);
  if (headings.length > 0) return [...headings];
  if (unit.tagName === 'A') return [unit];
  const links = [...unit.querySelectorAll('a[href]')].filter((a) => /\S/.test(a.textContent ?? ''));
  if (links.length > 0) return links;
  const classed = [...unit.querySelectorAll('[class]')].filter((e) => classWords(e).some((w) => TITLE_WORDS.has(w)));
  if (classed.length > 0) return classed;
  const bold = boldTitle(unit);
  return bold ? [bold] : [];
}

/** Fewer words than this in bold is a name (a comment's author), not a card's title. */
const MIN_BOLD_TITLE_WORDS = 4;

/**
 * The title of a card that sets it in bold, with no heading, link or class to say so: a thumbnail, then "<b>Episode 2
 * RECAP: …</b>", then its channel line. The bold run opens the card's words and holds a few of them; a comment's bold
 * author name ("<b>mario_l</b> what a finale") is shorter, and a card without a picture is a post.
 */
function boldTitle(unit: Element): Element | null {
  const bold = unit.querySelector('b, strong');
  if (!bold || !unit.querySelector('img, picture, video, [style*="background"]')) return null;
  if (!hasWords(bold.textContent ?? '', MIN_BOLD_TITLE_WORDS)) return null;
  // Its first words are the bold run's (found without reading the whole unit's text: units' ancestors are asked too).
  const first = firstWords(unit);
  return first && bold.contains(first) ? bold : null;
}

/** The first text node of `el` that holds more than white space, or null. */
export function firstWords(el: Element): Node | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let node = walker.nextNode();
  while (node && !/\S/.test(node.nodeValue ?? '')) node = walker.nextNode();
  return node;
}

/** Whether `el` is what a card may call its title: a heading, a link, or what its classes call a title. */
export function isTitleLike(el: Element): boolean {
  return HEADINGS.has(el.tagName) || el.tagName === 'A' || classWords(el).some((w) => TITLE_WORDS.has(w));
}

/** Whether `el` is a link or holds a heading, a link or what a class calls a title: what a card's title is. */
export function hasTitle(el: Element): boolean {
  return el.tagName === 'A' || el.querySelector('h1, h2, h3, h4, h5, h6, a[href], [class*="title" i], [class*="titulo" i]') !== null || boldTitle(el) !== null;
}

/** A byline, a date line or tags: about the page, not its story. */
function isMeta(el: Element): boolean {
  for (let e: Element | null = el, n = 0; e && n < 3; e = e.parentElement, n++) if (classWords(e).some((w) => META_WORDS.has(w))) return true;
  const text = el.textContent ?? '';
  if (text.includes('©')) return true;
  // "By Dani Ferrer · February 9, 2025", "Por Rodrigo Salcedo | 11 de febrero de 2025".
  if ((BYLINE.test(text.trim()) || DATELINE.test(text.trim()) || isCountLine(text)) && (text.match(/\p{L}+/gu)?.length ?? 0) <= MAX_BYLINE_WORDS) return true;
  // A thread's pages: "Página 1 de 12 · Siguiente › · Responder al hilo", "Page 1 of 7 · Next ›".
  if (PAGINATION.test(text) && text.length < 120) return true;
  if (el.tagName === 'TIME' || el.querySelector('time')) return (el.textContent ?? '').length < 160;
  return false;
}

/** A count of a post's readers or answers: "1.2 mil votos positivos", "12 respuestas", "2,341 viewers", "37 likes". */
const COUNT = /^[\d.,]+\s*(?:k|m|mil)?\s+(?:votos?(?:\s+positivos)?|respuestas?|vistas|reproducciones|comentarios?|seguidores|me gusta|views|viewers|likes?|plays|answers?|upvotes?|comments?|replies|followers|shares)$/iu;

/**
 * "Mariel Ontiveros · Abogada penalista · 1.2 mil votos positivos", "12 respuestas · 48 mil vistas · Pregunta hecha
 * por Anónimo", "slowburn_sol · Just Chatting · 2,341 viewers": a line of parts, one of them a count. It tells who
 * wrote or how many read, not the story (a count line that tells it is still read by its own words).
 */
function isCountLine(text: string): boolean {
  const parts = text.split(/\s[·|•]\s/);
  return parts.length >= 2 && parts.some((p) => COUNT.test(p.trim()));
}

const PAGINATION = /^\s*(?:p[áa]gina|page|p[áa]g\.)\s*\d+\s*(?:de|of|\/)\s*\d+\b/i;

/** Whether a text is a question or a few words: a label, not a sentence of the story. */
export function isLabel(text: string): boolean {
  return isQuestion(text) || !hasWords(text, MIN_STORY_WORDS);
}

/**
 * Whether a card's text is a label: a few words, or one question alone ("Does Calancho die?"). A card whose title
 * opens on a cry and goes on ("¿¿LANZALLAMAS?? 😳 Celda 211 capítulo 1 primera vez viéndola"), or whose description
 * ends on a question ("… Full spoilers. Who deserved it and who didn't?"), is a card.
 */
export function isCardLabel(text: string): boolean {
  return !hasWords(text, MIN_STORY_WORDS) || (isQuestion(text) && !/[.!?？][^.!?？]*\p{L}/u.test(text.trim().replace(/[?？\s]+$/, '')));
}

/** Fewer words than this is a label ("Released", "Synopsis", "Share on X"), not a sentence of the story. */
const MIN_STORY_WORDS = 6;

/**
 * Whether a block tells the story: a sentence or more, not a byline, a warning or a score. (Whether its
 * words are a link's is not asked: what is hidden must not depend on the inline elements around a text;
 * links to other pages, "« Episode 1 recap", say "recap" and are left alone for that.)
 */
export function isStory(el: Element): boolean {
  const text = el.textContent ?? '';
  if (!hasWords(text, MIN_STORY_WORDS)) return false;
  return !isMeta(el) && !isAboutThePage(text);
}

const LETTERS = /\p{L}+/gu;

/**
 * Whether `el` holds most of the words of `post`, one person's post or comment that says its writer just watched an
 * episode: its body, a story whatever it says of the page ("Just finished ep 5 … That poor girl … Comment below,
 * spoilers ok up to ep 5!"). Not a thread's rules ("Spoilers de la serie, avisen con el número de capítulo").
 */
export function isWatchedPostBody(el: Element, post: Element): boolean {
  const words = (text: string | null) => text?.match(LETTERS)?.length ?? 0;
  const own = words(el.textContent);
  return own >= MIN_STORY_WORDS && own * 2 >= words(post.textContent) && saysJustWatched(el.textContent ?? '');
}

/** Whether `text` has at least `n` words (counted only that far). */
function hasWords(text: string, n: number): boolean {
  LETTERS.lastIndex = 0;
  let found = 0;
  while (found < n && LETTERS.exec(text)) found++;
  return found >= n;
}

/** A comment of one person's words (not a blog's "post" that holds a whole article: see Regions.ownEpisode). */
export function isViewerComment(comment: Element | null): boolean {
  return comment !== null && (comment.textContent ?? '').length <= MAX_UNIT_TEXT;
}

/** A text with its hashtags spelt as words: "#PrisonCell211" names the show as "Prison Cell 211" does. */
export function spellHashtags(text: string): string {
  return text.replace(/#(\p{L}[\p{L}\p{N}_]*)/gu, (_, tag: string) => tag.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{L})(\p{N})/gu, '$1 $2'));
}

/**
 * A paragraph that opens by placing itself in an episode ("In episode two Juan is no longer just hiding …", "En el
 * capítulo 4, …"), on a page about the show: that episode's, whatever heading it is under. As a story: it is hidden
 * only if it names someone or something of the show ("In episode two the pacing slows down" is not). The show's length
 * is asked only of a paragraph that opens with such a word (a page that names nobody never loads the catalog).
 */
export function openingScope(el: Element, isUnit: () => boolean, lastEpisode: () => number, namesShow: (text: string) => boolean): Scope | undefined {
  const text = el.textContent ?? '';
  if (!opensInTime(text) || isUnit() || !isStory(el)) return undefined;
  const episode = opensInEpisode(text, lastEpisode());
  return episode && namesShow(text) ? { episode, source: el, story: true } : undefined;
}
