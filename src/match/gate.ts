/**
 * The cheap first look at a block: does any of its words name someone from the
 * show? One regular-expression pass over the raw text, with the answer for each
 * distinct word cached, so a block that names nobody costs about what reading
 * it costs. Only blocks that pass are tokenised and analysed.
 */
import { normalizeWord } from '../text/normalize';
import type { CompiledCatalog } from './compile';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC][\p{L}\p{M}]+)*/gu;
/** Enough distinct words for a very long page; past it the cache starts again. */
const CACHE_LIMIT = 200_000;

export class WordGate {
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly test: (normalizedWord: string) => boolean) {}

  /** Gate on the exact words of names and titles (before the catalog is rebuilt). */
  static ofWords(words: ReadonlySet<string>): WordGate {
    return new WordGate((w) => words.has(w));
  }

  /** Gate on any word that can carry a mention, typos included (the resolver's fuzzy step). */
  static ofCatalog(cc: CompiledCatalog): WordGate {
    return new WordGate((w) => cc.mentionClasses.has(cc.resolver.resolve(w)));
  }

  /** Whether any word of `text` passes. */
  passes(text: string): boolean {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const raw = m[0];
      let hit = this.cache.get(raw);
      if (hit === undefined) {
        hit = normalizeWord(raw).some(this.test);
        if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
        this.cache.set(raw, hit);
      }
      if (hit) return true;
    }
    return false;
  }
}
