/**
 * Finds which plot points each sentence of a block reveals. A plot point needs
 * its subject and one of its event patterns together: in the same sentence, or
 * with the subject in the previous sentence when this one says "she" or drops it.
 * Pure: text in, offsets out; the DOM and `scan` both call it.
 */
import { tokenize, type Token } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import type { CompiledCatalog, MentionDef, Pattern } from './compile';
import { NO_CLASS } from './resolver';

export interface PlotMatch {
  /** Index into the catalog's plot points. */
  plot: number;
  id: string;
  episode: number;
  /** Offsets in the block's text of the words that matched. */
  start: number;
  end: number;
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
}

interface Mention {
  from: number; // first token
  to: number; // one past the last token
  defs: MentionDef[];
  pronoun: boolean;
  gender?: 'f' | 'm';
}

interface Sentence {
  from: number;
  to: number;
  /** Offsets of the sentence in the block's text, without surrounding white space. */
  start: number;
  end: number;
  mentions: Mention[];
}

/** Words allowed between two words of an event pattern ("cuts off Baldor's hand"). */
const GAP = 3;
/** Extra room where a pattern has a slot in its middle ("kill Baldor's guards"). */
const SLOT_GAP = 6;

const EMPTY: BlockAnalysis = { sentences: [], characters: [], titleMentioned: false };

/** Analyses one block of text against a compiled catalog. */
export function analyseBlock(text: string, cc: CompiledCatalog): BlockAnalysis {
  const tokens = tokenize(text);
  const classes = tokens.map((t) => cc.resolver.resolve(t.word));
  if (!classes.some((c) => c !== NO_CLASS)) return EMPTY;

  const mentions = findMentions(classes, cc);
  const characters = new Set<string>();
  let titleMentioned = false;
  for (const m of mentions) {
    for (const d of m.defs) {
      if (d.kind === 'title') titleMentioned = true;
      else if (d.kind === 'name' && d.characterId) characters.add(d.characterId);
    }
  }
  const hasEvent = classes.some((c) => cc.patternsByFirstWord.has(c));
  if (!hasEvent) return { sentences: [], characters: [...characters], titleMentioned };

  const blocked = new Uint8Array(tokens.length);
  for (const m of mentions) {
    if (m.defs.some((d) => d.kind !== 'title')) blocked.fill(1, m.from, m.to);
  }
  const sentences = groupSentences(text, tokens, mentions);
  const results: SentenceResult[] = [];
  sentences.forEach((sentence, si) => {
    const reveals = new Map<number, PlotMatch>();
    for (let k = sentence.from; k < sentence.to; k++) {
      if (blocked[k]) continue;
      for (const pattern of cc.patternsByFirstWord.get(classes[k]!) ?? []) {
        if (reveals.has(pattern.plot)) continue;
        const span = matchPattern(pattern, k, classes, blocked, sentence, sentences[si - 1], cc);
        if (span) {
          const plot = cc.plots[pattern.plot]!;
          reveals.set(pattern.plot, {
            plot: pattern.plot, id: plot.id, episode: plot.episode,
            start: tokens[span.from]!.start, end: tokens[span.to - 1]!.end,
          });
        }
      }
    }
    if (reveals.size > 0) results.push({ start: sentence.start, end: sentence.end, reveals: [...reveals.values()] });
  });
  return { sentences: results, characters: [...characters], titleMentioned };
}

function findMentions(classes: number[], cc: CompiledCatalog): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < classes.length) {
    let node = cc.mentions;
    let best: { to: number; defs: MentionDef[] } | undefined;
    for (let j = i; j < classes.length; j++) {
      const next = node.next.get(classes[j]!);
      if (!next) break;
      node = next;
      if (node.defs) best = { to: j + 1, defs: node.defs };
    }
    if (best) {
      const pronoun = best.defs.every((d) => d.kind === 'pronoun');
      out.push({ from: i, to: best.to, defs: best.defs, pronoun, gender: best.defs[0]!.gender });
      i = best.to;
    } else i++;
  }
  return out;
}

function groupSentences(text: string, tokens: Token[], mentions: Mention[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  let m = 0;
  for (const span of splitSentences(text)) {
    const from = t;
    while (t < tokens.length && tokens[t]!.start < span.end) t++;
    if (t === from) continue;
    const own: Mention[] = [];
    while (m < mentions.length && mentions[m]!.from < t) own.push(mentions[m++]!);
    let start = span.start;
    let end = span.end;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    sentences.push({ from, to: t, mentions: own, start, end });
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
  classes: number[],
  blocked: Uint8Array,
  sentence: Sentence,
  previous: Sentence | undefined,
  cc: CompiledCatalog,
): TokenSpan | undefined {
  const parts = pattern.parts;
  const firstWord = parts.findIndex((p) => 'word' in p);
  // Place every word of the pattern, in order, each within a short gap of the last.
  const at: number[] = new Array(parts.length).fill(-1);
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
      if (classes[j] === part.word && !blocked[j]) {
        found = j;
        break;
      }
    }
    if (found < 0) return undefined;
    at[p] = cursor = found;
    gap = GAP;
  }

  let from = firstWordAt;
  let to = cursor + 1;
  const subjects = cc.plots[pattern.plot]!.subjects;
  let sawSlot = false;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!('slot' in part)) continue;
    sawSlot = true;
    const before = p > 0 ? at[p - 1]! : -1;
    const after = p + 1 < parts.length ? at[p + 1]! : -1;
    let mention: Mention | undefined;
    if (p === 0) mention = nearestBefore(sentence, after);
    else if (after < 0) mention = nearestAfter(sentence, before);
    else mention = sentence.mentions.find((m) => m.from > before && m.to <= after);
    if (!fills(part.slot, mention, sentence, previous, mention?.from ?? (p === 0 ? after : before))) return undefined;
    if (mention && !mention.pronoun) {
      from = Math.min(from, mention.from);
      to = Math.max(to, mention.to);
    }
  }
  if (!sawSlot) {
    const own = sentence.mentions.find((m) => !m.pronoun && (m.to <= firstWordAt || m.from > cursor) && hasKey(m, subjects));
    if (own) {
      from = Math.min(from, own.from);
      to = Math.max(to, own.to);
    } else {
      const standsAlone = sentence.mentions.some((m) => !m.pronoun && m.defs.some((d) => d.kind !== 'title'));
      const pronoun = sentence.mentions.some((m) => m.pronoun);
      if (standsAlone && !pronoun) return undefined;
      if (!previous?.mentions.some((m) => !m.pronoun && hasKey(m, subjects))) return undefined;
    }
  }
  return { from, to };
}

function nearestBefore(sentence: Sentence, tokenIndex: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of sentence.mentions) if (m.to <= tokenIndex) found = m;
  return found;
}

function nearestAfter(sentence: Sentence, tokenIndex: number): Mention | undefined {
  return sentence.mentions.find((m) => m.from > tokenIndex);
}

function hasKey(m: Mention, keys: ReadonlySet<string>): boolean {
  return m.defs.some((d) => keys.has(d.key));
}

/** Whether a slot is filled by `mention`, or by what a pronoun (or a dropped subject) stands for. */
function fills(
  accepted: ReadonlySet<string>,
  mention: Mention | undefined,
  sentence: Sentence,
  previous: Sentence | undefined,
  position: number,
): boolean {
  if (mention && !mention.pronoun) return hasKey(mention, accepted);
  const gender = mention?.gender;
  const candidates = [
    ...sentence.mentions.filter((m) => !m.pronoun && m.to <= position),
    ...(previous?.mentions.filter((m) => !m.pronoun) ?? []),
  ];
  return candidates.some((m) => hasKey(m, accepted) && (!gender || !m.gender || m.gender === gender));
}
