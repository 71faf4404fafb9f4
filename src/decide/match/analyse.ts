/**
 * Finds which plot points each sentence of a block reveals. A plot point needs
 * its subject and one of its event patterns together: in the same sentence, or
 * with the subject in the previous sentence when this one says "she" or drops it.
 * Pure: text in, offsets out; the DOM and `scan` both call it.
 */
import { ALONE_SLOT } from '../../catalog/pattern-syntax';
import { OPTIONAL_WORDS } from '../../lang';
import { tokenize, type Token } from '../../lang/normalize';
import { splitSentences } from '../../lang/sentences';
import type { CompiledCatalog, Pattern } from './compile';
import { NO_CLASS } from './resolver';
import { aloneAnchors, anchorOf, candidatePatterns, GAP, isAlone, wordsOf } from './candidates';
import { findMentions, type Mention } from './mentions';
import { ANYONE_SENTENCE, cliticObject, fills, objectAfter, possessiveBefore, subjectBefore, type Sentence, type Words } from './slots';

export interface PlotMatch {
  /** Index into the catalog's plot points. */
  plot: number;
  id: string;
  episode: number;
  /** Offsets in the block's text of the words that matched. */
  start: number;
  end: number;
  /** The catalog pattern that matched, for explanations and debugging. */
  pattern: string;
  /** It names its event with nobody in it (an `{alone}` pattern: "el rey ha muerto", "the hole in the wall"). */
  alone?: true;
}

export interface SentenceResult {
  start: number;
  end: number;
  reveals: PlotMatch[];
}

export interface BlockAnalysis {
  /** Only sentences that reveal something are listed. */
  sentences: SentenceResult[];
  /** Characters named in the block (by name, not by description or pronoun). */
  characters: string[];
  /** Of `characters`, those the block names only by a weak name (a surname alone, a number: MentionDef.weak). */
  weak?: string[];
  titleMentioned: boolean;
  /** With several shows (src/decide/shows.ts): the shows whose title the text names. */
  titleShows?: string[];
}

/** Extra room where a pattern has a slot in its middle ("kill Baldor's guards"). */
const SLOT_GAP = 6;
/**
 * A name of an event that has one word of its own ("the hand", "el maletín") tells it only as a heading or a
 * title does: with at most this many other words in its sentence ("The hand", "¿Qué había en el maletín de
 * Baldor?"). In a longer sentence it is the everyday word ("a cliffhanger that leaves your heart in your hand").
 */
const HEADING_ROOM = 5;
const EMPTY: BlockAnalysis = { sentences: [], characters: [], titleMentioned: false };

/**
 * Analyses one block of text against a compiled catalog. With `eventNamesOnly`, for a block that names
 * nobody by the gate's words and may hold a name of an event ("The hand"): only `{alone}` patterns are
 * tried, and whom it names (a "25" of "25 hours on a charge") counts for nothing. With `anyone`, a "he",
 * "she" or dropped subject that stands for no one named may stand for anyone of the show ("i still cant
 * believe he chose to stay inside"): what someone did, told of someone the text does not name.
 */
export function analyseBlock(text: string, catalog: CompiledCatalog, eventNamesOnly = false, anyone = false): BlockAnalysis {
  const read = mentionsIn(text, catalog);
  if (!read) return EMPTY;
  const { tokens, classes, found } = read;
  // Set phrases ("derechos violados") are found like names only to keep their words from being event words.
  const mentions = found.filter((m) => m.defs[0]!.kind !== 'idiom');
  const characters = new Set<string>();
  const strong = new Set<string>();
  let titleMentioned = false;
  for (const m of mentions) {
    if (m.foreign || eventNamesOnly) continue;
    for (const d of m.defs) {
      if (d.kind === 'title') titleMentioned = true;
      else if (d.kind === 'name' && d.characterId) {
        characters.add(d.characterId);
        if (!d.weak) strong.add(d.characterId);
      }
    }
  }
  const weak = [...characters].filter((c) => !strong.has(c));
  const named = weak.length > 0 ? { characters: [...characters], weak } : { characters: [...characters] };
  // Every pattern needs someone it is about, named somewhere in the block.
  // …or a name of an event that needs nobody ("the hole in the wall", an `{alone}` pattern).
  const namesSomeone = mentions.some((m) => !m.pronoun && !m.foreign && m.defs.some((d) => d.kind !== 'title' && d.kind !== 'other-work'));
  const aloneWords = aloneAnchors(catalog);
  const hasEvent = ((namesSomeone && !eventNamesOnly) || anyone || classes.some((c) => aloneWords.has(c))) && classes.some((c) => catalog.patternsByFirstWord.has(c));
  if (!hasEvent) return { sentences: [], ...named, titleMentioned };

  const blocked = new Uint8Array(tokens.length);
  for (const m of found) if (m.defs[0]!.kind === 'idiom') blocked.fill(1, m.from, m.to);
  // A name is never an event word ("La Bomba" is a man, not a bomb); descriptions can be ("the snitch"). Nor is
  // a long title: the cell of "Prison Cell 211" holds nobody, while "cell 211" alone may be the place.
  for (const m of mentions) {
    if (m.defs.some((d) => d.kind === 'name' || (d.kind === 'title' && m.to - m.from >= 3))) blocked.fill(1, m.from, m.to);
  }
  const words: Words = { text, tokens, classes, blocked };
  const sentences = groupSentences(text, tokens.map((t) => t.start), mentions);
  const results: SentenceResult[] = [];
  sentences.forEach((sentence, si) => {
    if (sentence.elsewhere) return;
    const previous = antecedentSentence(sentences, si) ?? (anyone ? ANYONE_SENTENCE : undefined);
    // "Who was the mole? Yori…": a question may be answered by the next sentence. So may a sentence that names
    // no one by a short one that only says who it was ("Le abren la puerta y decide quedarse. Ese es Juan.").
    const next = sentences[si + 1];
    const answer = next && !next.elsewhere && (text.slice(sentence.start, sentence.end).endsWith('?') || namesWhoItWas(sentence, next)) ? next : undefined;
    const reveals = new Map<number, PlotMatch>();
    const eventWords = new Map<number, number[]>();
    const present = wordsOf(words, sentence, catalog);
    for (let k = sentence.from; k < sentence.to; k++) {
      if (blocked[k]) continue;
      for (const pattern of candidatePatterns(catalog, classes, k, sentence.to, present)) {
        // A name of the event with nobody in it gives way to a telling that names someone (see Verdict.spoilersIn).
        const alone = isAlone(pattern);
        const found = reveals.get(pattern.plot);
        if ((found && (!found.alone || alone)) || (eventNamesOnly && !alone)) continue;
        const span = matchPattern(pattern, k, words, sentence, previous, answer, catalog);
        if (!span) continue;
        const plot = catalog.plots[pattern.plot]!;
        reveals.set(pattern.plot, {
          plot: pattern.plot, id: plot.id, episode: plot.episode,
          start: tokens[span.from]!.start, end: tokens[span.to - 1]!.end, pattern: pattern.source, ...(alone ? { alone: true as const } : {}),
        });
        eventWords.set(pattern.plot, span.event);
      }
    }
    const kept = [...reveals.values()].filter((b) => !toldAsEarlier(b, reveals, eventWords));
    if (kept.length > 0) results.push({ start: sentence.start, end: sentence.end, reveals: kept });
  });
  return { sentences: results, ...named, titleMentioned };
}

/**
 * Whether a text names the show (one of its titles), as analyseBlock's `titleMentioned` says, without
 * looking for events: regions ask it of headings, titles and posts.
 */
export function mentionsTitle(text: string, catalog: CompiledCatalog): boolean {
  return mentionsIn(text, catalog)?.found.some((m) => !m.foreign && m.defs[0]!.kind !== 'idiom' && m.defs.some((d) => d.kind === 'title')) ?? false;
}

/**
 * Whether a text names people or places of another work (the pack's `otherWorks`: the film a series remakes, its
 * actors) and no one of the show itself ("Luis Tosar as Malamadre is another level, but this one is good too").
 */
export function namesOnlyOtherWorks(text: string, catalog: CompiledCatalog): boolean {
  const found = mentionsIn(text, catalog)?.found.filter((m) => !m.foreign && m.defs[0]!.kind !== 'idiom');
  if (!found || !found.some((m) => m.defs.some((d) => d.kind === 'other-work'))) return false;
  return !found.some((m) => m.defs.some((d) => d.kind === 'name' || d.kind === 'description'));
}

/** A text's tokens, their word classes and what they name; undefined when no word is the catalog's. */
function mentionsIn(text: string, catalog: CompiledCatalog): { tokens: Token[]; classes: number[]; found: Mention[] } | undefined {
  const tokens = tokenize(text);
  const classes = tokens.map((t) => catalog.resolver.resolve(t.word));
  if (!classes.some((c) => c !== NO_CLASS)) return undefined;
  return { tokens, classes, found: findMentions(text, tokens, classes, catalog) };
}

/**
 * Whether the words that told `b` are part of a longer telling of an earlier event: "Juan chose to stay
 * inside, he says, to work as their informant" is the colonel's lie in episode 4, not Juan staying
 * behind in episode 6; "sacan a Baldor de su celda" is his seizure in episode 1, not his extraction.
 * The premise (episode 0) never hides a later event this way.
 */
function toldAsEarlier(b: PlotMatch, reveals: Map<number, PlotMatch>, words: Map<number, number[]>): boolean {
  const wb = words.get(b.plot)!;
  for (const a of reveals.values()) {
    if (a === b || a.episode === 0 || a.episode >= b.episode) continue;
    // Every word of b must be a word of a's pattern, not one a skipped over: "Yori is exposed as the mole" is
    // the exposure of episode 4 although "{who} is the mole" (episode 3) spans it.
    const wa = words.get(a.plot)!;
    if (wa.length > wb.length && wb.every((k) => wa.includes(k))) return true;
  }
  return false;
}

/** How many words a sentence that only says who the one before was about may have, a hashtag
 * of the show counted ("That's Juan. #PrisonCell211", "Típico de Calancho."). */
const TAG_WORDS = 5;

/** Whether `next` only names who `sentence`, which names no one, was about. */
function namesWhoItWas(sentence: Sentence, next: Sentence): boolean {
  return sentence.mentions.every((m) => m.pronoun) && next.to - next.from <= TAG_WORDS && next.mentions.some((m) => !m.pronoun);
}

/** The sentence a pronoun here may point back to: the previous one, or the one before if it names no one. */
function antecedentSentence(sentences: Sentence[], si: number): Sentence | undefined {
  for (let back = 1; back <= 2; back++) {
    const s = sentences[si - back];
    if (!s || s.elsewhere) return undefined;
    if (s.mentions.some((m) => !m.pronoun)) return s;
  }
  return undefined;
}

function groupSentences(text: string, tokenStarts: number[], mentions: Mention[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  let m = 0;
  for (const span of splitSentences(text)) {
    const from = t;
    while (t < tokenStarts.length && tokenStarts[t]! < span.end) t++;
    if (t === from) continue;
    const inSentence: Mention[] = [];
    while (m < mentions.length && mentions[m]!.from < t) inSentence.push(mentions[m++]!);
    let start = span.start;
    let end = span.end;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const elsewhere = inSentence.some((x) => x.defs.some((d) => d.kind === 'other-work'));
    // Slots are filled by people: titles and other works only decide whether a sentence counts.
    const people = inSentence.filter((x) => !x.defs.every((d) => d.kind === 'other-work' || d.kind === 'title'));
    sentences.push({ from, to: t, mentions: people, start, end, elsewhere });
  }
  return sentences;
}

interface TokenSpan {
  from: number;
  to: number;
}

/** What a pattern matched: its words with the names that fill it, and where each of its words is. */
interface PatternSpan extends TokenSpan {
  event: number[];
}

function matchPattern(
  pattern: Pattern,
  firstWordAt: number,
  words: Words,
  sentence: Sentence,
  previous: Sentence | undefined,
  answer: Sentence | undefined,
  catalog: CompiledCatalog,
): PatternSpan | undefined {
  const parts = pattern.parts;
  const firstWord = anchorOf(pattern);
  // Place every word of the pattern, in order, each within a short gap of the last.
  const at = scratch;
  at.length = parts.length;
  at.fill(-1);
  at[firstWord] = firstWordAt;
  let cursor = firstWordAt;
  let gap = GAP;
  for (let p = firstWord + 1; p < parts.length; p++) {
    const part = parts[p]!;
    if ('slot' in part) {
      if (!part.slot.has(ALONE_SLOT)) gap = GAP + SLOT_GAP;
      continue;
    }
    let found = -1;
    for (let j = cursor + 1; j < sentence.to && j <= cursor + 1 + gap; j++) {
      if (words.classes[j] === part.word && !words.blocked[j]) {
        found = j;
        break;
      }
    }
    // Two words of a pattern with nothing to fill between them stay in one clause: "Diego Calva is good; Noé
    // Hernández (the riot leader) is better" does not say anyone "is the leader".
    if (found >= 0 && gap === GAP && clauseBreakBetween(words, cursor, found)) found = -1;
    // An optional word is left out when the next word comes first ("gave away Baldor's briefcase in the finale"
    // must not take the "the" of "in the finale" for the one in "gave away the briefcase").
    const next = parts[p + 1];
    if (found >= 0 && part.optional && next && 'word' in next) {
      for (let j = cursor + 1; j < found; j++) if (words.classes[j] === next.word && !words.blocked[j]) found = -1;
    }
    if (found < 0) {
      if (part.optional) continue;
      return undefined;
    }
    at[p] = cursor = found;
    gap = GAP;
  }

  let from = firstWordAt;
  let to = cursor + 1;
  const event = at.filter((k) => k >= 0);
  const widen = (m: Mention) => {
    from = Math.min(from, m.from);
    to = Math.max(to, m.to);
  };
  let sawSlot = false;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!('slot' in part)) continue;
    sawSlot = true;
    if (part.slot.has(ALONE_SLOT)) {
      if (!namesAlone(event, words, sentence)) return undefined;
      continue;
    }
    const before = placedBefore(at, p);
    const after = placedAfter(at, p);
    let filler: Mention | undefined;
    if (part.clitic) filler = cliticObject(sentence, after, words, previous, part.slot);
    else if (part.possessive) filler = possessiveBefore(sentence, after, previous, part.slot);
    else if (before < 0) filler = subjectBefore(sentence, after, previous, part.slot, words);
    else if (after < 0) filler = objectAfter(sentence, before, words, previous, part.slot);
    // "hands Baldor's briefcase to": an owner whose thing stands between it and the next word is not the one
    // handed over ("kill Baldor's bodyguards" is Baldor's, with nothing between).
    else filler = sentence.mentions.find((m) => m.from > before && m.to <= after && fills(m, part.slot) && !(m.possessive && !m.pronoun && m.to < after));
    if (!filler) return undefined;
    if (filler.from >= sentence.from) widen(filler);
  }
  if (!sawSlot) {
    const subjects = catalog.plots[pattern.plot]!.subjects;
    // A subject other than the event's own words: "Who is the mole?" names nobody.
    const named = sentence.mentions.find((m) => !m.pronoun && fills(m, subjects) && !at.some((k) => k >= m.from && k < m.to));
    if (named) widen(named);
    else {
      // "It was a mercy kill." The subject may sit in the previous sentence, if nobody else is named here.
      const namesSomeoneElse = sentence.mentions.some((m) => !m.pronoun && m.defs.some((d) => d.kind !== 'title'));
      const inPrevious = previous?.mentions.some((m) => !m.pronoun && fills(m, subjects));
      const inAnswer = answer?.mentions.some((m) => !m.pronoun && fills(m, subjects));
      if (!inAnswer && (namesSomeoneElse || !inPrevious)) return undefined;
    }
  }
  return { from, to, event };
}

/** Where each part of the pattern being matched was placed (one array reused for every attempt). */
const scratch: number[] = [];

/** Punctuation that ends a clause inside a sentence: a semicolon, a colon (not a bracket: "killed (at his own request)"). */
const CLAUSE_BREAK = /[;:]/;

/** Whether a clause ends between tokens `a` and `b` of the block. */
function clauseBreakBetween(words: Words, a: number, b: number): boolean {
  return CLAUSE_BREAK.test(words.text.slice(words.tokens[a]!.end, words.tokens[b]!.start));
}

function placedBefore(at: number[], p: number): number {
  for (let q = p - 1; q >= 0; q--) if (at[q]! >= 0) return at[q]!;
  return -1;
}

function placedAfter(at: number[], p: number): number {
  for (let q = p + 1; q < at.length; q++) if (at[q]! >= 0) return at[q]!;
  return -1;
}

/**
 * Whether the words an `{alone}` pattern matched name its event by themselves here: two words of their own
 * ("hole … wall", "visores nocturnos") anywhere, one ("the hand") only in a sentence as short as a heading.
 */
function namesAlone(event: number[], words: Words, sentence: Sentence): boolean {
  const own = event.filter((k) => !OPTIONAL_WORDS.has(words.tokens[k]!.word)).length;
  return own >= 2 || sentence.to - sentence.from - event.length <= HEADING_ROOM;
}
