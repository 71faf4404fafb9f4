/**
 * Which event patterns are worth trying where: the catalog's patterns indexed by their first word and the
 * word after it, each with the words it cannot match without (a sentence without one of them is not
 * tried), and the words that names of events need (`aloneAnchors`). Used by analyse.ts.
 */
import { ALONE_SLOT } from '../../catalog/pattern-syntax';
import { OPTIONAL_WORDS } from '../../lang';
import type { CompiledCatalog, Pattern } from './compile';
import { NO_CLASS } from './resolver';
import type { Sentence, Words } from './slots';

/** Words allowed between two words of an event pattern ("cuts off Baldor's hand"). */
export const GAP = 3;

/** A pattern with its place in the catalog's order and the classes of the words it cannot match without. */
type Candidate = [order: number, pattern: Pattern, required: readonly number[]];

interface FirstWordIndex {
  /** Patterns to try whatever follows (their second part is a slot or an optional word, or there is none). */
  always: Candidate[];
  /** The rest, by the class of their second word, which must come within GAP words. */
  bySecond: Map<number, Candidate[]>;
}
const secondWordIndexes = new WeakMap<CompiledCatalog, Map<number, FirstWordIndex>>();

/** Which word classes a sentence has: `seen[c] === stamp` (one array per catalog, a new stamp per sentence). */
export interface Present {
  seen: Int32Array;
  stamp: number;
}
const presentByCatalog = new WeakMap<CompiledCatalog, Present>();

/** The classes of a sentence's words that an event pattern may use (not names, idioms or long titles). */
export function wordsOf(words: Words, sentence: Sentence, catalog: CompiledCatalog): Present {
  let present = presentByCatalog.get(catalog);
  if (!present) {
    let classes = 0;
    for (const c of catalog.resolver.classOf.values()) classes = Math.max(classes, c + 1);
    present = { seen: new Int32Array(classes), stamp: 0 };
    presentByCatalog.set(catalog, present);
  }
  const stamp = ++present.stamp;
  const { seen } = present;
  for (let k = sentence.from; k < sentence.to; k++) {
    const c = words.classes[k]!;
    if (c !== NO_CLASS && !words.blocked[k]) seen[c] = stamp;
  }
  return present;
}

/**
 * The patterns worth trying at token k, in catalog order. Common first words ("is", "the") start
 * hundreds of patterns; only those whose second word is among the next few tokens can match, and
 * only those whose every required word is in the sentence (`present`: matchPattern places each
 * required word on a word of the sentence that no name blocks, so a pattern without one would fail).
 */
export function candidatePatterns(catalog: CompiledCatalog, classes: number[], k: number, end: number, present: Present): Pattern[] {
  const first = classes[k]!;
  const all = catalog.patternsByFirstWord.get(first);
  if (!all) return [];
  let byFirst = secondWordIndexes.get(catalog);
  if (!byFirst) secondWordIndexes.set(catalog, (byFirst = new Map()));
  let index = byFirst.get(first);
  if (!index) {
    index = { always: [], bySecond: new Map() };
    all.forEach((pattern, order) => {
      const anchor = anchorOf(pattern);
      const required = pattern.parts.flatMap((part, p) => (p > anchor && 'word' in part && !part.optional ? [part.word] : []));
      const next = pattern.parts[anchor + 1];
      const candidate: Candidate = [order, pattern, required];
      if (!next || 'slot' in next || next.optional) index!.always.push(candidate);
      else {
        const list = index!.bySecond.get(next.word);
        if (list) list.push(candidate);
        else index!.bySecond.set(next.word, [candidate]);
      }
    });
    byFirst.set(first, index);
  }
  const { seen: has, stamp } = present;
  const fits = (c: Candidate) => c[2].every((w) => has[w] === stamp);
  const picked = index.always.filter(fits);
  const seen: number[] = [];
  for (let j = k + 1; j < end && j <= k + 1 + GAP; j++) {
    const c = classes[j]!;
    if (seen.includes(c)) continue;
    seen.push(c);
    const list = index.bySecond.get(c);
    if (list) for (const candidate of list) if (fits(candidate)) picked.push(candidate);
  }
  if (picked.length > 1) picked.sort((a, b) => a[0] - b[0]);
  return picked.map((x) => x[1]);
}

const anchors = new WeakMap<Pattern, number>();

/** The index of a pattern's first word part. */
export function anchorOf(pattern: Pattern): number {
  let a = anchors.get(pattern);
  if (a === undefined) anchors.set(pattern, (a = pattern.parts.findIndex((p) => 'word' in p)));
  return a;
}

/** Whether a pattern names its event by itself (it has an `{alone}` slot). */
export function isAlone(pattern: Pattern): boolean {
  return pattern.parts.some((part) => 'slot' in part && part.slot.has(ALONE_SLOT));
}

const aloneAnchorCache = new WeakMap<CompiledCatalog, ReadonlySet<number>>();

/**
 * The classes of words without which no name of an event can be there (one word of its own of each `{alone}`
 * pattern): a block with one of them is read even if it names nobody, and the gate lets it through.
 */
export function aloneAnchors(catalog: CompiledCatalog): ReadonlySet<number> {
  if (catalog.aloneAnchors) return catalog.aloneAnchors;
  const cached = aloneAnchorCache.get(catalog);
  if (cached) return cached;
  const optional = new Set([...OPTIONAL_WORDS].map((w) => catalog.resolver.resolve(w)));
  const anchors = new Set<number>();
  let lengths: Map<number, number> | undefined;
  for (const list of catalog.patternsByFirstWord.values()) {
    for (const p of list) {
      if (!isAlone(p)) continue;
      // Its longest word of its own, the likeliest to be rare: "goggles", not the "night" of "last night".
      // (By its parts, not its source text, which a catalog read from the wire format does not keep.)
      let best: { word: number; length: number } | undefined;
      for (const part of p.parts) {
        if (!('word' in part) || optional.has(part.word)) continue;
        const length = (lengths ??= longestWordOfClass(catalog)).get(part.word) ?? 0;
        if (!best || length >= best.length) best = { word: part.word, length };
      }
      if (best) anchors.add(best.word);
    }
  }
  aloneAnchorCache.set(catalog, anchors);
  return anchors;
}

/** The length of the longest word of each word class. */
function longestWordOfClass(catalog: CompiledCatalog): Map<number, number> {
  const lengths = new Map<number, number>();
  for (const [word, c] of catalog.resolver.classOf) lengths.set(c, Math.max(lengths.get(c) ?? 0, word.length));
  return lengths;
}
