/**
 * Finds which plot points each sentence of a block reveals. A plot point needs
 * its subject and one of its event patterns together: in the same sentence, or
 * with the subject in the previous sentence when this one says "she" or drops it.
 * Pure: text in, offsets out; the DOM and `scan` both call it.
 */
import { tokenize } from '../../lang/normalize';
import { splitSentences } from '../../lang/sentences';
import type { CompiledCatalog, Pattern } from './compile';
import { NO_CLASS } from './resolver';
import { findMentions, type Mention } from './mentions';
import { cliticObject, fills, objectAfter, possessiveBefore, subjectBefore, type Sentence, type Words } from './slots';

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
  titleMentioned: boolean;
  /** With several shows (src/decide/shows.ts): the shows whose title the text names. */
  titleShows?: string[];
}

/** Words allowed between two words of an event pattern ("cuts off Baldor's hand"). */
const GAP = 3;
/** Extra room where a pattern has a slot in its middle ("kill Baldor's guards"). */
const SLOT_GAP = 6;
const EMPTY: BlockAnalysis = { sentences: [], characters: [], titleMentioned: false };

/** Analyses one block of text against a compiled catalog. */
export function analyseBlock(text: string, catalog: CompiledCatalog): BlockAnalysis {
  const tokens = tokenize(text);
  const classes = tokens.map((t) => catalog.resolver.resolve(t.word));
  if (!classes.some((c) => c !== NO_CLASS)) return EMPTY;

  const mentions = findMentions(text, tokens, classes, catalog);
  const characters = new Set<string>();
  let titleMentioned = false;
  for (const m of mentions) {
    if (m.foreign) continue;
    for (const d of m.defs) {
      if (d.kind === 'title') titleMentioned = true;
      else if (d.kind === 'name' && d.characterId) characters.add(d.characterId);
    }
  }
  // Every pattern needs someone it is about, named somewhere in the block.
  const namesSomeone = mentions.some((m) => !m.pronoun && !m.foreign && m.defs.some((d) => d.kind !== 'title' && d.kind !== 'other-work'));
  const hasEvent = namesSomeone && classes.some((c) => catalog.patternsByFirstWord.has(c));
  if (!hasEvent) return { sentences: [], characters: [...characters], titleMentioned };

  const blocked = new Uint8Array(tokens.length);
  // A name is never an event word ("La Bomba" is a man, not a bomb); descriptions can be ("the snitch").
  for (const m of mentions) {
    if (m.defs.some((d) => d.kind === 'name')) blocked.fill(1, m.from, m.to);
  }
  const words: Words = { text, tokens, classes, blocked };
  const sentences = groupSentences(text, tokens.map((t) => t.start), mentions);
  const results: SentenceResult[] = [];
  sentences.forEach((sentence, si) => {
    if (sentence.elsewhere) return;
    const previous = antecedentSentence(sentences, si);
    // "Who was the mole? Yori…": a question may be answered by the next sentence.
    const answer = text.slice(sentence.start, sentence.end).endsWith('?') && !sentences[si + 1]?.elsewhere ? sentences[si + 1] : undefined;
    const reveals = new Map<number, PlotMatch>();
    for (let k = sentence.from; k < sentence.to; k++) {
      if (blocked[k]) continue;
      for (const pattern of candidatePatterns(catalog, classes, k, sentence.to)) {
        if (reveals.has(pattern.plot)) continue;
        const span = matchPattern(pattern, k, words, sentence, previous, answer, catalog);
        if (!span) continue;
        const plot = catalog.plots[pattern.plot]!;
        reveals.set(pattern.plot, {
          plot: pattern.plot, id: plot.id, episode: plot.episode,
          start: tokens[span.from]!.start, end: tokens[span.to - 1]!.end, pattern: pattern.source,
        });
      }
    }
    if (reveals.size > 0) results.push({ start: sentence.start, end: sentence.end, reveals: [...reveals.values()] });
  });
  return { sentences: results, characters: [...characters], titleMentioned };
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

function matchPattern(
  pattern: Pattern,
  firstWordAt: number,
  words: Words,
  sentence: Sentence,
  previous: Sentence | undefined,
  answer: Sentence | undefined,
  catalog: CompiledCatalog,
): TokenSpan | undefined {
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
      gap = GAP + SLOT_GAP;
      continue;
    }
    let found = -1;
    for (let j = cursor + 1; j < sentence.to && j <= cursor + 1 + gap; j++) {
      if (words.classes[j] === part.word && !words.blocked[j]) {
        found = j;
        break;
      }
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
  const widen = (m: Mention) => {
    from = Math.min(from, m.from);
    to = Math.max(to, m.to);
  };
  let sawSlot = false;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!('slot' in part)) continue;
    sawSlot = true;
    const before = placedBefore(at, p);
    const after = placedAfter(at, p);
    let filler: Mention | undefined;
    if (part.clitic) filler = cliticObject(sentence, after, words, previous, part.slot);
    else if (part.possessive) filler = possessiveBefore(sentence, after, previous, part.slot);
    else if (before < 0) filler = subjectBefore(sentence, after, previous, part.slot, words);
    else if (after < 0) filler = objectAfter(sentence, before, words, previous, part.slot);
    else filler = sentence.mentions.find((m) => m.from > before && m.to <= after && fills(m, part.slot));
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
  return { from, to };
}

interface FirstWordIndex {
  /** Patterns to try whatever follows (their second part is a slot or an optional word, or there is none). */
  always: Array<[number, Pattern]>;
  /** The rest, by the class of their second word, which must come within GAP words. */
  bySecond: Map<number, Array<[number, Pattern]>>;
}
const secondWordIndexes = new WeakMap<CompiledCatalog, Map<number, FirstWordIndex>>();

/**
 * The patterns worth trying at token k, in catalog order. Common first words ("is", "the") start
 * hundreds of patterns; only those whose second word is among the next few tokens can match.
 */
function candidatePatterns(catalog: CompiledCatalog, classes: number[], k: number, end: number): Pattern[] {
  const first = classes[k]!;
  const all = catalog.patternsByFirstWord.get(first);
  if (!all) return [];
  if (all.length <= 4) return all;
  let byFirst = secondWordIndexes.get(catalog);
  if (!byFirst) secondWordIndexes.set(catalog, (byFirst = new Map()));
  let index = byFirst.get(first);
  if (!index) {
    index = { always: [], bySecond: new Map() };
    all.forEach((pattern, order) => {
      const next = pattern.parts[anchorOf(pattern) + 1];
      if (!next || 'slot' in next || next.optional) index!.always.push([order, pattern]);
      else {
        const list = index!.bySecond.get(next.word);
        if (list) list.push([order, pattern]);
        else index!.bySecond.set(next.word, [[order, pattern]]);
      }
    });
    byFirst.set(first, index);
  }
  const picked: Array<[number, Pattern]> = [...index.always];
  const seen: number[] = [];
  for (let j = k + 1; j < end && j <= k + 1 + GAP; j++) {
    const c = classes[j]!;
    if (seen.includes(c)) continue;
    seen.push(c);
    const list = index.bySecond.get(c);
    if (list) picked.push(...list);
  }
  return picked.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

/** Where each part of the pattern being matched was placed (one array reused for every attempt). */
const scratch: number[] = [];
const anchors = new WeakMap<Pattern, number>();

/** The index of a pattern's first word part. */
function anchorOf(pattern: Pattern): number {
  let a = anchors.get(pattern);
  if (a === undefined) anchors.set(pattern, (a = pattern.parts.findIndex((p) => 'word' in p)));
  return a;
}

function placedBefore(at: number[], p: number): number {
  for (let q = p - 1; q >= 0; q--) if (at[q]! >= 0) return at[q]!;
  return -1;
}

function placedAfter(at: number[], p: number): number {
  for (let q = p + 1; q < at.length; q++) if (at[q]! >= 0) return at[q]!;
  return -1;
}
