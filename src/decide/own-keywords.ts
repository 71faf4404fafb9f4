/**
 * The reader's own plot points: words or phrases, each tied to an episode. They are
 * read the way the catalog's event patterns are: folded to lower case without
 * accents, word by word, in one sentence, with a few small words allowed between
 * two of them ("Juan escapes the prison" still finds "Juan escapes prison"), word
 * endings allowed to differ after a shared start ("died" for "dies"; "mueren",
 * "muerto", and also "muerte", for "muere"; never "murió", whose start changes), and
 * one typo in a word of five letters or more forgiven. The sentences they mark are hidden like the
 * catalog's, whether or not the page is about the show: the reader asked for it.
 * Pure: text in, offsets out.
 */
import { PHRASE_SMALL_WORDS } from '../lang';
import { tokenize, wordsOf, type Token } from '../lang/normalize';
import { sameWord } from '../lang/word-classes';
import { splitSentences } from '../lang/sentences';
import type { PlotMatch, SentenceResult } from './match/analyse';
import { WordGate } from './match/gate';

export interface OwnPlotPoint {
  /** The word or phrase, as the reader wrote it. */
  text: string;
  /** The episode it belongs to (1 or more). */
  episode: number;
}

/** Marks a PlotMatch as one of the reader's own: `plot` is then an index into their list. */
export const OWN_PREFIX = 'own:';

/** Words that may stand between two words of a phrase. */
const GAP = 2;

/** A reader's phrase as it is matched: its words, small words left out. */
interface ReaderPhrase {
  plot: number;
  episode: number;
  words: string[];
}

export class OwnKeywords {
  private readonly phrases: ReaderPhrase[];
  private readonly gate: WordGate;
  /** Normalised text word → whether it can stand for this phrase word. */
  private readonly likeCache = new Map<string, boolean>();

  constructor(points: readonly OwnPlotPoint[]) {
    this.phrases = points
      .map((p, plot) => {
        const all = wordsOf(p.text);
        const words = all.filter((w) => !PHRASE_SMALL_WORDS.has(w));
        return { plot, episode: p.episode, words: words.length > 0 ? words : all };
      })
      .filter((p) => p.words.length > 0);
    // A text with no word that can stand for a phrase word cannot match. Every rule of sameWord keeps
    // the first letter, so each distinct word of a page is compared only with the phrase words that
    // share it, once (the gate caches the answer per word).
    const byInitial = new Map<string, string[]>();
    for (const w of new Set(this.phrases.flatMap((p) => p.words))) {
      const list = byInitial.get(w[0]!);
      if (list) list.push(w);
      else byInitial.set(w[0]!, [w]);
    }
    this.gate = new WordGate((w) => byInitial.get(w[0]!)?.some((want) => sameWord(w, want)) ?? false);
  }

  get size(): number {
    return this.phrases.length;
  }

  /** The sentences of `text` that hold one of the phrases, with what each holds. */
  find(text: string): SentenceResult[] {
    if (this.phrases.length === 0 || !this.gate.passes(text)) return [];
    const tokens = tokenize(text);
    const out: SentenceResult[] = [];
    for (const span of splitSentences(text)) {
      const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
      const reveals: PlotMatch[] = [];
      for (const p of this.phrases) {
        const hit = this.match(p.words, inside);
        if (hit) reveals.push({ plot: p.plot, id: `${OWN_PREFIX}${p.plot}`, episode: p.episode, start: hit[0], end: hit[1], pattern: p.words.join(' ') });
      }
      if (reveals.length > 0) out.push({ start: span.start, end: span.end, reveals });
    }
    return out;
  }

  /** The offsets of the first run of `tokens` that reads as `words`, if any. */
  private match(words: string[], tokens: Token[]): [number, number] | undefined {
    for (let i = 0; i < tokens.length; i++) {
      if (!this.like(tokens[i]!.word, words[0]!)) continue;
      let at = i;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        ok = false;
        for (let j = at + 1; j <= at + 1 + GAP && j < tokens.length; j++) {
          if (this.like(tokens[j]!.word, words[k]!)) {
            at = j;
            ok = true;
            break;
          }
        }
      }
      if (ok) return [tokens[i]!.start, tokens[at]!.end];
    }
    return undefined;
  }

  private like(word: string, want: string): boolean {
    const key = `${word}\u0000${want}`;
    let yes = this.likeCache.get(key);
    if (yes === undefined) {
      yes = sameWord(word, want);
      if (this.likeCache.size > 50_000) this.likeCache.clear();
      this.likeCache.set(key, yes);
    }
    return yes;
  }
}
