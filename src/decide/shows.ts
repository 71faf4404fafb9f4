/**
 * The decision over the followed shows (issue 13), for the shield and for `scan`: one Verdict per
 * show, each with the reader's progress in that show and its own "is this page about the show". A
 * sentence's reveals carry the show they belong to; where several shows are known, a sentence counts
 * only for the work its context names ("in the 2009 film", "la serie"), and for every followed show
 * when it names none (works.ts). The hint names the show. Pure, like Verdict: no DOM, no extension API.
 *
 * An analysis is one BlockAnalysis for all the shows, so the shield keeps, merges and slices it as it
 * did for one show: each reveal has its `showId`, each character is `<showId>\u001f<name>`, and
 * `titleShows` lists the shows whose title the text names.
 */
import type { CompiledCatalog } from './match/compile';
import type { BlockAnalysis, PlotMatch, SentenceResult } from './match/analyse';
import { OWN_PREFIX, type OwnPlotPoint } from './own-keywords';
import { mergeSentences, Verdict, type CatalogSource, type Hint, type VerdictOptions } from './verdict';
import { WorkMarkers } from './works';
import { tokenize } from '../lang/normalize';

export interface FollowedShow {
  /** The show's compiled catalog, or a source that compiles it when a page first names the show. */
  catalog: CompiledCatalog | CatalogSource;
  /** The show's id (taken from the catalog when it is compiled, or from the source when it has one). */
  showId?: string;
  /** The reader's progress in this show: the last episode watched, 0 for none (a film: 0 or 1). */
  watched: number;
  /** How the hint names the show ("Prison Cell 211"); the catalog's title when left out. */
  title?: string;
  /** The show's work markers (the catalog's when it is compiled, or the source's). */
  markers?: readonly string[];
}

/** A reveal and the show it belongs to. */
export interface ShowReveal extends PlotMatch {
  showId: string;
}

export interface ShowSentence extends SentenceResult {
  reveals: ShowReveal[];
}

/** What a block reveals for every followed show at once (see the file's comment). */
export interface ShowsAnalysis extends BlockAnalysis {
  sentences: ShowSentence[];
}

/** One show's part of a hint: its id and the latest episode its passage reveals. */
export interface HintPart {
  showId: string;
  episode: number;
}

/** A hint that also says which shows its passage spoils. */
export interface ShowsHint extends Hint {
  showIds: string[];
  /** Each show's part, in the order the shows are followed. */
  parts: HintPart[];
}

/** Options of ShowsVerdict: Verdict's, and the markers of works that are known but not followed. */
export interface ShowsVerdictOptions extends VerdictOptions {
  /**
   * Other works the reader does not follow, with their markers: a sentence that names only one of
   * them ("in the series" when only the film is followed) counts for none of the followed shows.
   */
  knownWorks?: ReadonlyArray<{ showId: string; markers: readonly string[] }>;
}

/** A reader's own plot point, for one show (the first followed show when `showId` is left out or unknown). */
export interface ShowOwnPlotPoint extends OwnPlotPoint {
  showId?: string;
}

/** Between a show's id and a character's name in `BlockAnalysis.characters`. */
const SHOW_SEP = '\u001f';

interface Entry {
  showId: string;
  title: string;
  watched: number;
  verdict: Verdict;
}

export class ShowsVerdict {
  private readonly entries: Entry[];
  private readonly works: WorkMarkers;
  private readonly single: boolean;

  constructor(shows: readonly FollowedShow[], options: ShowsVerdictOptions = {}) {
    if (shows.length === 0) throw new Error('ShowsVerdict needs at least one followed show');
    this.entries = shows.map((s) => {
      const compiled = 'load' in s.catalog ? undefined : s.catalog;
      const showId = s.showId ?? compiled?.showId ?? ('load' in s.catalog ? s.catalog.showId : undefined);
      if (!showId) throw new Error('a followed show given as a catalog source needs its showId');
      return { showId, title: s.title ?? compiled?.title ?? s.catalog.title ?? showId, watched: s.watched, verdict: new Verdict(s.catalog, options) };
    });
    this.single = this.entries.length === 1;
    const ids = new Set(this.entries.map((e) => e.showId));
    if (ids.size !== this.entries.length) throw new Error('each show can be followed once');
    const followedWorks = shows.map((s, i) => ({ showId: this.entries[i]!.showId, markers: s.markers ?? s.catalog.markers ?? [] }));
    this.works = new WorkMarkers([...followedWorks, ...(options.knownWorks ?? []).filter((w) => !ids.has(w.showId))]);
  }

  /**
   * The decision regions (src/shield/regions.ts) read a page with: the first followed show's, and
   * that show's id for the episode scope they give.
   */
  get regionVerdict(): Verdict {
    return this.entries[0]!.verdict;
  }

  /** Whether a text tells an event of the first show of someone it does not name (see Verdict.tellsOfSomeone). */
  tellsOfSomeone(text: string): boolean {
    return this.regionVerdict.tellsOfSomeone(text);
  }

  get regionShowId(): string {
    return this.entries[0]!.showId;
  }

  /** The followed shows' ids, in the order given. */
  get showIds(): string[] {
    return this.entries.map((e) => e.showId);
  }

  /** Sets the reader's progress in one show; false when the show is not followed or nothing changed. */
  setWatched(showId: string, watched: number): boolean {
    const e = this.entries.find((x) => x.showId === showId);
    if (!e || e.watched === watched) return false;
    e.watched = watched;
    return true;
  }

  /** The reader's progress in one show (undefined when it is not followed). */
  watchedIn(showId: string): number | undefined {
    return this.entries.find((x) => x.showId === showId)?.watched;
  }

  /** Sets the reader's own plot points, each for its show; true when any show's changed. */
  setOwnPlotPoints(points: readonly ShowOwnPlotPoint[]): boolean {
    let changed = false;
    const followed = new Set(this.showIds);
    const showOf = (p: ShowOwnPlotPoint) => (p.showId !== undefined && followed.has(p.showId) ? p.showId : this.entries[0]!.showId);
    for (const e of this.entries) {
      const mine = points.filter((p) => showOf(p) === e.showId);
      changed = e.verdict.setOwnPlotPoints(mine.map(({ text, episode }) => ({ text, episode }))) || changed;
    }
    return changed;
  }

  /** Bumped when the reader's own plot points change: what was read under another version is read again. */
  get ownVersion(): number {
    let v = 0;
    for (const e of this.entries) v += e.verdict.ownVersion;
    return v;
  }

  /**
   * What `text` reveals for the followed shows; undefined when none can be in it. `passedOver` is
   * called when a show's catalog is not rebuilt yet and the text names no one from it.
   */
  analyse(text: string, passedOver?: () => void): ShowsAnalysis | undefined {
    let out: ShowsAnalysis | undefined;
    const titleShows: string[] = [];
    for (const e of this.entries) {
      const a = e.verdict.analyse(text, passedOver);
      if (!a) continue;
      out ??= { sentences: [], characters: [], titleMentioned: false, titleShows };
      if (a.titleMentioned) {
        out.titleMentioned = true;
        titleShows.push(e.showId);
      }
      for (const c of a.characters) out.characters.push(e.showId + SHOW_SEP + c);
      if (a.weak) (out.weak ??= []).push(...a.weak.map((c) => e.showId + SHOW_SEP + c));
      for (const s of a.sentences) out.sentences.push({ ...s, reveals: s.reveals.map((r) => ({ ...r, showId: e.showId })) });
    }
    if (!out) return undefined;
    out.sentences = this.byWork(text, this.single ? out.sentences : mergeSentences(out.sentences));
    return out;
  }

  /**
   * Whether a text says it speaks only of works other than `showId` ("In the film Malamadre survives", "Luis Tosar was a force of nature"):
   * a region of that show's episode does not take it in.
   */
  speaksOfOtherWork(text: string, showId: string | undefined, namesNoOne = false): boolean {
    if (!showId) return false;
    const works = this.works.useful ? this.works.worksOf(text, 0, text.length) : undefined;
    if (works !== undefined && works.size > 0) return !works.has(showId);
    // A text no work's marker places, that names no one of the show (`namesNoOne`, known to the caller) and names another
    // work's people (the film the series remakes, its actors), speaks of that work. (Asked only then: it reads the text again.)
    return namesNoOne && this.regionVerdict.namesOnlyOtherWorks(text);
  }

  /** Counts what a block names towards each show's "the page is about it"; true when any verdict changed. */
  notePage(analysis: BlockAnalysis): boolean {
    let changed = false;
    for (const e of this.entries) {
      const prefix = e.showId + SHOW_SEP;
      const mine = (ids: readonly string[]) => ids.filter((c) => c.startsWith(prefix)).map((c) => c.slice(prefix.length));
      const characters = mine(analysis.characters);
      const weak = mine(analysis.weak ?? []);
      const title = analysis.titleShows ? analysis.titleShows.includes(e.showId) : analysis.titleMentioned && this.single;
      if (characters.length > 0 || title) changed = e.verdict.notePage({ sentences: [], characters, weak, titleMentioned: title }) || changed;
    }
    return changed;
  }

  /** Another frame of the tab names a followed show; true when that changed anything. */
  setTabMentioned(): boolean {
    let changed = false;
    for (const e of this.entries) changed = e.verdict.setTabMentioned() || changed;
    return changed;
  }

  /** Whether the page (or another frame of its tab) names any followed show. */
  get showMentioned(): boolean {
    return this.entries.some((e) => e.verdict.showMentioned);
  }

  /** Whether the page names a followed show by its title (see Verdict.namesTitle). */
  get namesTitle(): boolean {
    return this.entries.some((e) => e.verdict.namesTitle);
  }

  /** Whether this page itself names any followed show. */
  get pageMentionsShow(): boolean {
    return this.entries.some((e) => e.verdict.pageMentionsShow);
  }

  /**
   * The followed shows this page itself names (not another frame of its tab): first those it names someone
   * of ("Malamadre" makes a page about "Cell 211" the film's, whose title the series shares), each group
   * in the order the shows are followed.
   */
  get pageShows(): string[] {
    const named = this.entries.filter((e) => e.verdict.pageMentionsShow);
    return [...named.filter((e) => e.verdict.pageNamesSomeone), ...named.filter((e) => !e.verdict.pageNamesSomeone)].map((e) => e.showId);
  }

  /**
   * The sentences that reveal something past the reader's progress in its show, each reveal with its
   * show: a show's plot points only on a page about that show, the reader's own anywhere.
   */
  spoilersIn(analysis: BlockAnalysis): ShowSentence[] {
    const sentences = analysis.sentences as ShowSentence[];
    if (this.single) {
      const e = this.entries[0]!;
      return e.verdict.spoilersIn(analysis, e.watched) as ShowSentence[];
    }
    const out: ShowSentence[] = [];
    for (const e of this.entries) {
      const mine: ShowSentence[] = [];
      for (const s of sentences) {
        const reveals = s.reveals.filter((r) => r.showId === e.showId);
        if (reveals.length > 0) mine.push({ ...s, reveals });
      }
      if (mine.length > 0) out.push(...(e.verdict.spoilersIn({ sentences: mine, characters: [], titleMentioned: false }, e.watched) as ShowSentence[]));
    }
    return mergeSentences(out);
  }

  /** The hint for some spoiling sentences: the latest episode, each show's part, and each label with its show. */
  hintOf(spoilers: readonly ShowSentence[]): ShowsHint {
    const labels: string[] = [];
    const parts: HintPart[] = [];
    let episode = 0;
    for (const e of this.entries) {
      const mine: ShowSentence[] = [];
      for (const s of spoilers) {
        const reveals = s.reveals.filter((r) => (r.showId ?? this.entries[0]!.showId) === e.showId);
        if (reveals.length > 0) mine.push({ ...s, reveals });
      }
      if (mine.length === 0) continue;
      const hint = e.verdict.hintOf(mine);
      parts.push({ showId: e.showId, episode: hint.episode });
      episode = Math.max(episode, hint.episode);
      labels.push(...hint.labels.map((l) => (this.single ? l : `${e.title}: ${l}`)));
    }
    return { episode, labels, showIds: parts.map((p) => p.showId), parts };
  }

  /** Keeps, of each sentence, the reveals of the works its context names (own plot points always). */
  private byWork(text: string, sentences: ShowSentence[]): ShowSentence[] {
    if (!this.works.useful || sentences.length === 0) return sentences;
    const tokens = tokenize(text);
    const kept: ShowSentence[] = [];
    for (const s of sentences) {
      const reveals = s.reveals.filter((r) => {
        const works = this.works.worksAt(text, s.start, s.end, r.start, tokens);
        return !works || r.id.startsWith(OWN_PREFIX) || works.has(r.showId!);
      });
      if (reveals.length > 0) kept.push({ ...s, reveals });
    }
    return kept;
  }
}
