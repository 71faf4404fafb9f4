/**
 * Maps a page word to a catalog word family. Exact words first, then the word
 * with its ending cut, and fuse.js only for the few words one typo away from a
 * catalog word (found cheaply by shared deletions). Every answer is cached per word.
 */
// The basic build: fuzzy search of one word list, without the extended query syntax we never use.
import Fuse from 'fuse.js/basic';
import { withinEdits } from '../../lang/edit-distance';
import { reducedForms } from '../../lang/word-classes';

export const NO_CLASS = -1;
/** Shorter words are left exact: "looks" is one letter from "locks". */
const FUZZY_MIN_LENGTH = 6;

export class WordResolver {
  private readonly cache = new Map<string, number>();
  /** Per initial letter, built the first time a word with that initial needs it: most never do. */
  private readonly typoIndex = new Map<string, { deletions: Map<string, string[]>; fuse: Fuse<string> } | null>();

  constructor(
    /** Catalog word → class. */
    readonly classOf: ReadonlyMap<string, number>,
    /** Reduced form (see reducedForms) → class. */
    readonly formClass: ReadonlyMap<string, number>,
  ) {}

  /** The typo index of the catalog words starting with `initial`: their deletions, and fuse.js over them. */
  private indexFor(initial: string): { deletions: Map<string, string[]>; fuse: Fuse<string> } | null {
    let index = this.typoIndex.get(initial);
    if (index !== undefined) return index;
    const words: string[] = [];
    const deletions = new Map<string, string[]>();
    for (const word of this.classOf.keys()) {
      if (word[0] !== initial || word.length < FUZZY_MIN_LENGTH || /\d/.test(word)) continue;
      words.push(word);
      for (const d of deletionsOf(word, 1)) {
        const list = deletions.get(d);
        if (list) list.push(word);
        else deletions.set(d, [word]);
      }
    }
    index = words.length === 0 ? null : { deletions, fuse: new Fuse(words, { includeScore: true, threshold: 0.34, ignoreLocation: true }) };
    this.typoIndex.set(initial, index);
    return index;
  }

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
    // Longer forms first: "losing" is "lose" before it is the Spanish article "los".
    for (const form of reducedForms(word).sort((a, b) => b.length - a.length)) {
      const c = this.formClass.get(form);
      if (c !== undefined) return c;
    }
    return this.fuzzy(word);
  }

  private fuzzy(word: string): number {
    if (word.length < FUZZY_MIN_LENGTH || /\d/.test(word)) return NO_CLASS;
    const index = this.indexFor(word[0]!);
    if (!index) return NO_CLASS;
    const maxDistance = word.length >= 8 ? 2 : 1;
    const candidates = new Set<string>();
    // One deletion on each side: a typo, a letter too many or too few, two letters swapped, and most
    // pairs of such slips in longer words. Deleting two letters costs n² strings per page word.
    for (const d of deletionsOf(word, 1)) for (const w of index.deletions.get(d) ?? []) candidates.add(w);
    if (candidates.size === 0) return NO_CLASS;
    for (const hit of index.fuse.search(word, { limit: 5 })) {
      if (candidates.has(hit.item) && withinEdits(word, hit.item, maxDistance)) {
        return this.classOf.get(hit.item) ?? NO_CLASS;
      }
    }
    return NO_CLASS;
  }
}

/** The word and every string made by deleting up to `depth` of its characters. */
function deletionsOf(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}
