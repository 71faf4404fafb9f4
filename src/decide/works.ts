/**
 * Which work a passage speaks of, when several followed shows share names (issue 13: the 2009 film
 * and the Netflix series both have a Juan, an Elena and a riot). Each show's pack lists its markers
 * ("film", "película", "Monzón"; "series", "Netflix", "episodio"). A sentence counts for the works
 * it names; a sentence naming none takes the last work named before it in the same block; with no
 * marker at all it counts for every show. Pure: text in, show ids out.
 */
import { tokenize, wordsOf, type Token } from '../lang/normalize';

export class WorkMarkers {
  /** Each show's markers as normalised word sequences. */
  private readonly byShow: ReadonlyArray<{ showId: string; phrases: string[][] }>;

  constructor(shows: ReadonlyArray<{ showId: string; markers?: readonly string[] }>) {
    this.byShow = shows.map((s) => ({ showId: s.showId, phrases: (s.markers ?? []).map(wordsOf).filter((p) => p.length > 0) }));
  }

  /** Whether any show has markers (with fewer than two shows, or none, there is nothing to tell apart). */
  get useful(): boolean {
    return this.byShow.filter((s) => s.phrases.length > 0).length >= 2;
  }

  /**
   * For a sentence at [start, end) of `text`: the shows it speaks of by its own markers, else by the
   * latest marked words before it in the block; undefined when nothing before or in it names a work.
   */
  worksOf(text: string, start: number, end: number, tokens: readonly Token[] = tokenize(text)): Set<string> | undefined {
    const inSentence = this.named(tokens, (t) => t.start >= start && t.end <= end);
    if (inSentence.size > 0) return inSentence;
    // The latest work named before the sentence: walk back to the nearest marker.
    let latest = -1;
    let found = new Set<string>();
    for (const s of this.byShow) {
      for (const p of s.phrases) {
        for (let i = 0; i + p.length <= tokens.length && tokens[i + p.length - 1]!.end <= start; i++) {
          if (p.every((w, k) => tokens[i + k]!.word === w)) {
            const at = tokens[i]!.start;
            if (at > latest) [latest, found] = [at, new Set([s.showId])];
            else if (at === latest) found.add(s.showId);
          }
        }
      }
    }
    return latest >= 0 ? found : undefined;
  }

  private named(tokens: readonly Token[], keep: (t: Token) => boolean): Set<string> {
    const out = new Set<string>();
    const words = tokens.filter(keep);
    for (const s of this.byShow) {
      if (s.phrases.some((p) => words.some((_, i) => p.every((w, k) => words[i + k]?.word === w)))) out.add(s.showId);
    }
    return out;
  }
}
