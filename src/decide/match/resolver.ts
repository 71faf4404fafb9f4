/**
 * Maps a page word to a catalog word family: the word itself, then the word with
 * its ending cut, then a typo of a catalog word. Every answer is cached per word.
 *
 * A typo is found in three steps, cheapest first. A deletion index gives the
 * catalog words that share a one-letter deletion with the page word (a necessary
 * condition for one slip, and for most pairs in long words); the edit distance
 * decides which of them are close enough; fuse.js ranks them when more than one
 * is. fuse.js alone (one index per initial and length) was measured as the finder
 * and the judge: it cost 4 to 8 times as much per word and, since it counts a swap
 * as two edits and lets a longer catalog word add letters for free, it either lost
 * swapped-letter typos ("statoin", "jacskon") or took real words for catalog words
 * ("others" for "orders"). See docs/facts.md, "Finding typos".
 */
// The basic build: fuzzy search of one word list, without the extended query syntax we never use.
import Fuse from 'fuse.js/basic';
import { withinEdits } from '../../lang/edit-distance';
import { presentOf, reducedForms } from '../../lang/word-classes';

export const NO_CLASS = -1;
/** Shorter words are left exact: "looks" is one letter from "locks". */
const FUZZY_MIN_LENGTH = 6;
/** Edits forgiven: one, or two in a word of eight letters or more. */
const maxEdits = (word: string) => (word.length >= 8 ? 2 : 1);

/** The typo index of the catalog words with one initial. */
interface TypoIndex {
  /** Each word and each one-letter deletion of it → the catalog words it comes from. */
  deletions: Map<string, string[]>;
  /** Each catalog word → its place in the catalog, so that fuse.js breaks ties the same way every time. */
  order: Map<string, number>;
}

export class WordResolver {
  private readonly cache = new Map<string, number>();
  /** Per initial letter, built the first time a word with that initial needs it: most never do. */
  private readonly typoIndex = new Map<string, TypoIndex | null>();
  /** The catalog words long enough for a typo, by initial, in catalog order (one pass over the catalog's words). */
  private byInitial: Map<string, string[]> | undefined;

  constructor(
    /** Catalog word → class. */
    readonly classOf: ReadonlyMap<string, number>,
    /** Reduced form (see reducedForms) → class. */
    readonly formClass: ReadonlyMap<string, number>,
  ) {}

  /** Whether `word` is itself a catalog word (not reached by cutting an ending or by a typo). */
  isExact(word: string): boolean {
    return this.classOf.has(word);
  }

  /** The class of `word` (already normalised), or NO_CLASS. */
  resolve(word: string): number {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const found = this.lookup(word);
    this.cache.set(word, found);
    return found;
  }

  private lookup(word: string): number {
    const exact = this.classOf.get(word);
    if (exact !== undefined) return exact;
    // A participle's verb first ("cortado" is "corta"), then longer forms first: "losing" is "lose" before it is the Spanish article "los".
    const present = presentOf(word, true);
    const verb = present === undefined ? undefined : this.formClass.get(present);
    if (verb !== undefined) return verb;
    for (const form of reducedForms(word).sort((a, b) => b.length - a.length)) {
      const c = this.formClass.get(form);
      if (c !== undefined) return c;
    }
    return this.typo(word);
  }

  /** The class of the catalog word that `word` is a typo of, or NO_CLASS. */
  private typo(word: string): number {
    if (word.length < FUZZY_MIN_LENGTH || /\d/.test(word)) return NO_CLASS;
    const index = this.indexFor(word[0]!);
    if (!index) return NO_CLASS;
    // One deletion on each side: a typo, a letter too many or too few, two letters swapped, and most
    // pairs of such slips in longer words. Deleting two letters costs n² strings per page word.
    const close: string[] = [];
    for (const d of deletionsOf(word)) {
      for (const w of index.deletions.get(d) ?? []) if (!close.includes(w) && withinEdits(word, w, maxEdits(word))) close.push(w);
    }
    if (close.length <= 1) return close.length === 0 ? NO_CLASS : this.classOf.get(close[0]!)!;
    close.sort((a, b) => index.order.get(a)! - index.order.get(b)!);
    // Threshold 1: every one of them is close enough already; fuse.js only says which fits best.
    const [best] = new Fuse(close, { threshold: 1, ignoreLocation: true }).search(word, { limit: 1 });
    return this.classOf.get(best!.item)!;
  }

  private indexFor(initial: string): TypoIndex | null {
    let index = this.typoIndex.get(initial);
    if (index !== undefined) return index;
    const deletions = new Map<string, string[]>();
    const order = new Map<string, number>();
    for (const word of this.fuzzyWords().get(initial) ?? []) {
      order.set(word, order.size);
      for (const d of deletionsOf(word)) {
        const list = deletions.get(d);
        if (list) list.push(word);
        else deletions.set(d, [word]);
      }
    }
    index = order.size === 0 ? null : { deletions, order };
    this.typoIndex.set(initial, index);
    return index;
  }

  private fuzzyWords(): Map<string, string[]> {
    if (!this.byInitial) {
      this.byInitial = new Map();
      for (const word of this.classOf.keys()) {
        if (word.length < FUZZY_MIN_LENGTH || /\d/.test(word)) continue;
        const list = this.byInitial.get(word[0]!);
        if (list) list.push(word);
        else this.byInitial.set(word[0]!, [word]);
      }
    }
    return this.byInitial;
  }
}

/** The word and every string made by deleting one of its characters. */
function deletionsOf(word: string): Set<string> {
  const out = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}
