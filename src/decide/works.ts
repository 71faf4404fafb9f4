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
import { scopeEn } from '../lang/scope-en';
import { scopeEs } from '../lang/scope-es';

/** Phrases that open a clause about the work talked about, set against one just named ("aquí", "here"), as word lists. */
const THIS_WORK = [scopeEn, scopeEs].flatMap((l) => l.thisWork ?? []).map((p) => p.split(' '));
/** Words that may come before such a phrase ("y aquí", "but here"). */
const LEADING = new Set(['y', 'e', 'pero', 'and', 'but', 'while', 'mientras', 'que']);
/** Where a clause starts inside a sentence: after a semicolon, a colon, a dash, or a comma before "but" ("…la peli, pero…"). */
const CLAUSE_END = /[;:]|\s[—–]\s|,(?=\s+(?:pero|but|aunque|though|although)\b)/g;

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
  /** The shows that have markers, in the order given: the first is the followed show a page is read for. */
  private readonly marked: string[] = [];
  /** The markers found in the last token list asked about (a block's sentences share one). */
  private lastTokens: readonly Token[] | undefined;
  private lastFound: Found[] = [];

  constructor(shows: ReadonlyArray<{ showId: string; markers?: readonly string[] }>) {
    let withMarkers = 0;
    for (const s of shows) {
      const phrases = (s.markers ?? []).map(wordsOf).filter((p) => p.length > 0);
      if (phrases.length > 0) {
        withMarkers++;
        this.marked.push(s.showId);
      }
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

  /**
   * The works the words at `at` speak of, in the sentence [start, end): those of the sentence (worksOf), unless they lie in
   * a clause that opens on words for the work talked about ("En la peli la golpean; aquí la pisotean", "In the film he dies.
   * Here he lives") and names no work itself, after words that named only others: then the first show, the one read for.
   */
  worksAt(text: string, start: number, end: number, at: number, tokens: readonly Token[] = tokenize(text)): Set<string> | undefined {
    const sentence = this.worksOf(text, start, end, tokens);
    if (!sentence || sentence.size === 0) return sentence;
    let clause = start;
    CLAUSE_END.lastIndex = start;
    for (let m = CLAUSE_END.exec(text); m && m.index < at; m = CLAUSE_END.exec(text)) clause = m.index + m[0].length;
    const found = this.found(tokens);
    if (found.some((f) => f.start >= clause && f.end <= end) || !(opensOnThisWork(tokens, clause) || saysThisWork(tokens, clause, end))) return sentence;
    // "Here" is the work the page is read for (the first show), set against another: not one the words before named already.
    const before = clause > start ? new Set(found.filter((f) => f.start >= start && f.end <= clause).map((f) => f.showId)) : sentence;
    const own = this.marked[0];
    return own === undefined || before.has(own) ? sentence : new Set([own]);
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

/** Whether [from, end) holds words of more than one for the work talked about, anywhere ("…tiene más sentido en esta versión"). */
function saysThisWork(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = tokens.findIndex((t) => t.start >= from); i >= 0 && i < tokens.length && tokens[i]!.start < end; i++) {
    if (THIS_WORK.some((words) => words.length > 1 && words.every((w, k) => tokens[i + k]?.word === w && tokens[i + k]!.start < end))) return true;
  }
  return false;
}

/** Whether the first words at or after `from` are words for the work talked about ("aquí", "y acá", "but here"). */
function opensOnThisWork(tokens: readonly Token[], from: number): boolean {
  let i = tokens.findIndex((t) => t.start >= from);
  if (i < 0) return false;
  while (i < tokens.length && LEADING.has(tokens[i]!.word)) i++;
  return THIS_WORK.some((words) => words.every((w, k) => tokens[i + k]?.word === w));
}
