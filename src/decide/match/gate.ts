/**
 * The cheap first look at a block: does any of its words name someone from the
 * show? One regular-expression pass over the raw text, with the answer for each
 * distinct word cached, so a block that names nobody costs about what reading
 * it costs. Only blocks that pass are tokenised and analysed.
 */
import { normalizeWord, WORD } from '../../lang/normalize';
import { aloneAnchors } from './candidates';
import type { CompiledCatalog } from './compile';

/** The words of a text, as the tokeniser finds them; a copy of its own, since exec keeps its place in it. */
const WORDS = new RegExp(WORD);
/** Enough distinct words for a very long page; past it the cache starts again. */
const CACHE_LIMIT = 200_000;

export class WordGate {
  private readonly cache = new Map<string, boolean>();

  constructor(
    private readonly test: (normalizedWord: string) => boolean,
    /** A text that this does not match cannot pass: one native scan instead of a lookup per word. */
    private readonly prefilter?: RegExp,
  ) {}

  /** Gate on the exact words of names and titles (before the catalog is rebuilt). */
  static ofWords(words: ReadonlySet<string>): WordGate {
    return new WordGate((w) => words.has(w), substringsOf(words));
  }

  /** Gate on any word that can carry a mention, typos included (the resolver's fuzzy step). */
  static ofCatalog(catalog: CompiledCatalog): WordGate {
    return new WordGate((w) => catalog.mentionClasses.has(catalog.resolver.resolve(w)));
  }

  /**
   * Gate on a word that a name of an event needs ("goggles", "maletín"; see aloneAnchors): a block that
   * names nobody is read for those names alone.
   */
  static ofEventNames(catalog: CompiledCatalog): WordGate {
    const words = aloneAnchors(catalog);
    return new WordGate((w) => words.has(catalog.resolver.resolve(w)));
  }

  /** Whether any word of `text` passes. */
  passes(text: string): boolean {
    if (this.prefilter && !this.prefilter.test(text)) return false;
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
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

/** Letters that normalisation folds: each may be written with an accent, or followed by combining marks. */
const FOLDS: Record<string, string> = { a: 'aáàâäã', e: 'eéèêë', i: 'iíìîï', o: 'oóòôöõ', u: 'uúùûü', n: 'nñ', c: 'cç' };

/**
 * A regular expression that finds any of `words` (normalised: lower case, no accents) inside a raw
 * text, whatever its case and accents: a necessary condition, checked word by word afterwards.
 */
function substringsOf(words: ReadonlySet<string>): RegExp | undefined {
  if (words.size === 0 || [...words].some((w) => !/^[a-z0-9]+$/.test(w))) return undefined;
  // Combining accents as a range and no `u` flag: the same matches for these words, and V8 parses and
  // compiles the expression in under a millisecond instead of about nine (it is built when the shield starts).
  const letter = (c: string) => (FOLDS[c] ? `[${FOLDS[c]}][\\u0300-\\u036f]*` : c);
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => [...w].map(letter).join(''));
  return new RegExp(alternatives.join('|'), 'i');
}
