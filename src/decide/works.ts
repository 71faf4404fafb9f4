/**
 * Which work a passage speaks of, when several followed shows share names (issue 13: the 2009 film
 * and the Netflix series both have a Juan, an Elena and a riot). Each show's pack lists its markers
 * ("film", "película", "Monzón"; "series", "Netflix", "episodio"). A sentence counts for the works
 * it names (not one it compares with: "not in the film", "como en la película"); a sentence naming none
 * takes the works of the latest sentence before it in the same block that names one; with no marker at
 * all it counts for every show. Pure: text in, show ids out.
 */
import { tokenize, wordsOf, type Token } from '../lang/normalize';
import { COMPARING } from '../lang';

/** Small words that may stand between a comparing word and the work ("not in the film", "a diferencia de la película"). */
const BETWEEN = new Set(['in', 'the', 'a', 'en', 'la', 'el', 'de', 'del']);

/** Whether the marker at token `i` follows a comparing word: "it's not in the film", "como en la película". */
function compared(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && BETWEEN.has(tokens[k]!.word)) k--;
  return k >= 0 && COMPARING.has(tokens[k]!.word);
}

/**
 * A work's word used as a figure of speech, not for the work: a genre before it ("ep6 is a heist movie"), or Spanish
 * "de" with no article ("el apagón, la camilla: de película", "un final de película"; "de la película" is the film).
 */
const GENRES = new Set(['heist', 'action', 'horror', 'disaster', 'war', 'spy', 'gangster', 'monster', 'popcorn', 'buddy', 'caper', 'revenge', 'prison-break']);
/** The Spanish words for a film that "de" before them makes a figure of speech ("de película", not "de Monzón" nor "de 2009"). */
const FILM_NOUNS = new Set(['pelicula', 'peli', 'filme', 'cine']);
function figureOfSpeech(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.word;
  return before !== undefined && (GENRES.has(before) || (before === 'de' && FILM_NOUNS.has(tokens[i]!.word)));
}

/** Where a sentence ends between two markers. */
const SENTENCE_END = /[.!?…]\s/;

/** A marker found in a text: where it starts and ends, and its show. */
interface Found {
  start: number;
  end: number;
  showId: string;
}

export class WorkMarkers {
  /** Each marker phrase (normalised words) with its show, by its first word. */
  private readonly byFirstWord = new Map<string, Array<{ showId: string; words: string[] }>>();
  private readonly showsWithMarkers: number;
  /** The markers found in the last token list asked about (a block's sentences share one). */
  private lastTokens: readonly Token[] | undefined;
  private lastFound: Found[] = [];

  constructor(shows: ReadonlyArray<{ showId: string; markers?: readonly string[] }>) {
    let withMarkers = 0;
    for (const s of shows) {
      const phrases = (s.markers ?? []).map(wordsOf).filter((p) => p.length > 0);
      if (phrases.length > 0) withMarkers++;
      for (const words of phrases) {
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push({ showId: s.showId, words });
        this.byFirstWord.set(words[0]!, list);
      }
    }
    this.showsWithMarkers = withMarkers;
  }

  /** Whether any show has markers (with fewer than two shows, or none, there is nothing to tell apart). */
  get useful(): boolean {
    return this.showsWithMarkers >= 2;
  }

  /**
   * For a sentence at [start, end) of `text`: the shows it speaks of by its own markers, else by the
   * latest marked words before it in the block; undefined when nothing before or in it names a work.
   */
  worksOf(text: string, start: number, end: number, tokens: readonly Token[] = tokenize(text)): Set<string> | undefined {
    const found = this.found(tokens);
    const inSentence = new Set(found.filter((f) => f.start >= start && f.end <= end).map((f) => f.showId));
    if (inSentence.size > 0) return inSentence;
    // The latest work named before the sentence: the nearest marker that ends before it, with every work
    // named in its sentence ("the series gets it right in a way the film never needed to. The accountant in
    // his luxury cell…" goes on about either).
    let latest: Found | undefined;
    for (const f of found) if (f.end <= start && (!latest || f.start > latest.start)) latest = f;
    if (!latest) return undefined;
    const shows = new Set<string>();
    for (const f of found) if (f.end <= start && !SENTENCE_END.test(text.slice(Math.min(f.end, latest.start), Math.max(f.end, latest.start)))) shows.add(f.showId);
    return shows;
  }

  /** Every marker in a token list, in one pass (remembered for the last list). */
  private found(tokens: readonly Token[]): Found[] {
    if (tokens === this.lastTokens) return this.lastFound;
    const out: Found[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirstWord.get(tokens[i]!.word);
      if (!candidates) continue;
      for (const c of candidates) {
        const last = tokens[i + c.words.length - 1];
        if (last && c.words.every((w, k) => tokens[i + k]!.word === w) && !compared(tokens, i) && !figureOfSpeech(tokens, i)) out.push({ start: tokens[i]!.start, end: last.end, showId: c.showId });
      }
    }
    this.lastTokens = tokens;
    this.lastFound = out;
    return out;
  }
}
