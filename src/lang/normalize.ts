/**
 * Text normalisation shared by the catalog compiler and the page scanner: case,
 * accents, curly quotes, possessives and English "n't". Tokens keep offsets into
 * the original text so that matches map back to DOM ranges.
 */
import { CANONICAL, DROPPED_TAILS, NEGATIVE_STEMS, SPLIT } from './index';

const MARKS = /\p{M}+/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/**
 * A character that folding does more to than lower-case it: outside ASCII (marks, compatibility forms, curly
 * quotes), or the backtick (a quote). Most words and many texts have none.
 */
const NEEDS_FOLDING = /[^\0-\x5f\x61-\x7f]/;

/** Whether folding `text` does more than lower-case it (see NEEDS_FOLDING): without, its folding can skip the rest. */
export function needsFolding(text: string): boolean {
  return NEEDS_FOLDING.test(text);
}

function foldCharacters(text: string): string {
  if (!needsFolding(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"');
}

/** Lower case without accents ("Muerte de Helena" → "muerte de helena"), and nothing else: no quote, word or length changed. */
export function withoutMarks(text: string): string {
  return needsFolding(text) ? text.normalize('NFD').replace(MARKS, '').toLowerCase() : text.toLowerCase();
}

/** Normalises free text: lower case, no accents, straight quotes, no possessive 's, "n't" as " not". */
export function normalizeText(text: string): string {
  let out = foldCharacters(text);
  // Until nothing changes: dropping one apostrophe can make another possessive ("s''s", found by fuzzing).
  for (let before = ''; before !== out; ) {
    before = out;
    out = out
      .replace(/(\p{L})'s(?![\p{L}\p{N}])/gu, '$1')
      .replace(/(\p{L})s'(?![\p{L}\p{N}])/gu, '$1s')
      .replace(/(\p{L})n't(?![\p{L}\p{N}])/gu, '$1 not');
  }
  return out;
}

export interface Token {
  /** The normalised word. */
  word: string;
  /** Offsets of the original text the word came from. */
  start: number;
  end: number;
  /** The word carried a possessive 's (or s') that normalisation dropped. */
  possessive?: boolean;
}

/**
 * A word of raw text, with an apostrophe part kept attached so "doesn't" and "Calancho's" stay one
 * piece, or an emoji of mourning (see MOURNING). Global: use it with matchAll, or copy it (`new RegExp(WORD)`) to step through a text with exec.
 */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC][\p{L}\p{M}]+)*|[💔🥀🕊🪦⚰†✝✞]/gu;

/**
 * Emoji of mourning (a broken heart, a wilted rose, a dove, a headstone, a coffin) are a word: "Carnalita 💔" says "RIP
 * Carnalita". So is the dagger or cross a family tree or a cast list sets by the dead: "Carajo †".
 */
const MOURNING = /^[💔🥀🕊🪦⚰†✝✞]$/u;

const wordCache = new Map<string, string[]>();
const WORD_CACHE_LIMIT = 50_000;

/** Normalises one word and splits English contractions; returns one or two words. Cached per raw word. */
export function normalizeWord(raw: string): string[] {
  let words = wordCache.get(raw);
  if (!words) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    words = normalizeUncached(raw);
    wordCache.set(raw, words);
  }
  return words;
}

/**
 * Where words run together in a hashtag or a handle: "QEPDCalancho", "JuanElNuevoJefe", "PrisonCell211" (a
 * lower-case letter before a capital, capitals before a capitalised word, a letter before a number).
 */
const JOINED = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})/u;

function normalizeUncached(raw: string): string[] {
  if (MOURNING.test(raw)) return ['rip'];
  // "#QEPDCalancho" says "QEPD Calancho": each word it joins is read (not a word with an apostrophe part: "O'Neill").
  if (JOINED.test(raw) && !/['\u2019\u02BC]/.test(raw)) return raw.split(JOINED).flatMap((part) => normalizeUncached(part));
  const folded = foldCharacters(raw);
  const parts = folded.split("'");
  let words: string[];
  if (parts.length === 1) words = [folded];
  else {
    const head = parts[0]!;
    const tail = parts.slice(1).join('');
    if (tail === 't' && head.endsWith('n') && head.length > 1) {
      const stem = head.slice(0, -1);
      words = [NEGATIVE_STEMS[stem] ?? stem, 'not'];
    } else if (DROPPED_TAILS.has(tail)) words = [head];
    else words = [head + tail];
  }
  return words.flatMap((w) => SPLIT[w] ?? [CANONICAL[w] ?? w]);
}

/** The normalised words of `text`, without their offsets. */
export function wordsOf(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

/** WORD, stepped through with exec by tokenize (one copy: tokenize never runs inside itself). */
const STEP = new RegExp(WORD);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
const UNDERSCORE = 0x5f;

/** Whether a word carries a possessive: "Calancho's", "Calancho’s", or "guards'" (an s, then an apostrophe after the word). */
function endsPossessive(raw: string, after: number): boolean {
  const n = raw.length;
  if ((raw.charCodeAt(n - 1) | 0x20) !== 0x73) return false;
  return (n >= 2 && APOSTROPHES.has(raw.charCodeAt(n - 2))) || after === 0x27;
}

/** The last text tokenized, and its tokens: a block's text is asked for again by the verdict of its works. */
let lastText: string | undefined;
let lastTokens: Token[] = [];

/** Splits text into normalised words with their offsets in `text` (shared: never change the list or its tokens). */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  const words = STEP;
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    // A word joined to the next or the last by an underscore is part of a user name ("Warden_Pete", "escape_artist_78",
    // "colonel_klink_fan"): it names no one and nothing of a story.
    if (text.charCodeAt(start - 1) === UNDERSCORE || text.charCodeAt(end) === UNDERSCORE) continue;
    const possessive = endsPossessive(raw, text.charCodeAt(end));
    for (const word of normalizeWord(raw)) tokens.push(possessive ? { word, start, end, possessive } : { word, start, end });
  }
  lastText = text;
  lastTokens = tokens;
  return tokens;
}
