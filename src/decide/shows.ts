/**
 * The decision over several followed shows (issue 13): one Verdict per show, each with the reader's
 * progress in that show and its own "is this page about the show". A sentence's reveals carry the
 * show they belong to; where several shows are followed, a sentence counts only for the work its
 * context names ("in the 2009 film", "la serie"), and for every show when it names none
 * (works.ts). The hint names the show. Pure, like Verdict: the page and `scan` both use it.
 */
import type { CompiledCatalog } from './match/compile';
import type { BlockAnalysis, PlotMatch } from './match/analyse';
import { OWN_PREFIX, type OwnPlotPoint } from './own-keywords';
import { Verdict, type CatalogSource, type Hint, type VerdictOptions } from './verdict';
import { WorkMarkers } from './works';
import { tokenize } from '../lang/normalize';

export interface FollowedShow {
  /** The show's compiled catalog, or a source that compiles it when a page first names the show. */
  catalog: CompiledCatalog | CatalogSource;
  /** The show's id (taken from the catalog when it is compiled). */
  showId?: string;
  /** The reader's progress in this show: the last episode watched, 0 for none (a film: 0 or 1). */
  watched: number;
  /** How the hint names the show ("Prison Cell 211"); the catalog's title when left out. */
  title?: string;
  /** The show's work markers (the catalog's when it is compiled). */
  markers?: readonly string[];
}

/** A reveal and the show it belongs to. */
export interface ShowReveal extends PlotMatch {
  showId: string;
}

export interface ShowSentence {
  start: number;
  end: number;
  reveals: ShowReveal[];
}

/** What a block reveals, show by show (undefined where a show cannot be in it), and the block's text. */
export interface ShowsAnalysis {
  text: string;
  byShow: Array<BlockAnalysis | undefined>;
}

/** A hint that also says which shows its passage spoils. */
export interface ShowsHint extends Hint {
  showIds: string[];
}

/** Options of ShowsVerdict: Verdict's, and the markers of works that are known but not followed. */
export interface ShowsVerdictOptions extends VerdictOptions {
  /**
   * Other works the reader does not follow, with their markers: a sentence that names only one of
   * them ("in the series" when only the film is followed) counts for none of the followed shows.
   */
  knownWorks?: ReadonlyArray<{ showId: string; markers: readonly string[] }>;
}

/** A reader's own plot point, for one show (the first followed show when `showId` is left out). */
export interface ShowOwnPlotPoint extends OwnPlotPoint {
  showId?: string;
}

interface Entry {
  showId: string;
  title: string;
  watched: number;
  verdict: Verdict;
}

export class ShowsVerdict {
  private readonly entries: Entry[];
  private readonly works: WorkMarkers;

  constructor(shows: readonly FollowedShow[], options: ShowsVerdictOptions = {}) {
    if (shows.length === 0) throw new Error('ShowsVerdict needs at least one followed show');
    this.entries = shows.map((s) => {
      const compiled = 'load' in s.catalog ? undefined : s.catalog;
      const showId = s.showId ?? compiled?.showId;
      if (!showId) throw new Error('a followed show given as a catalog source needs its showId');
      return { showId, title: s.title ?? compiled?.title ?? showId, watched: s.watched, verdict: new Verdict(s.catalog, options) };
    });
    const ids = new Set(this.entries.map((e) => e.showId));
    if (ids.size !== this.entries.length) throw new Error('each show can be followed once');
    const followedWorks = shows.map((s, i) => ({ showId: this.entries[i]!.showId, markers: s.markers ?? ('load' in s.catalog ? [] : s.catalog.markers) }));
    this.works = new WorkMarkers([...followedWorks, ...(options.knownWorks ?? []).filter((w) => !ids.has(w.showId))]);
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

  /** What `text` reveals for each followed show; undefined when no show can be in it. */
  analyse(text: string, passedOver?: () => void): ShowsAnalysis | undefined {
    const byShow = this.entries.map((e) => e.verdict.analyse(text, passedOver));
    return byShow.some((a) => a !== undefined) ? { text, byShow } : undefined;
  }

  /** Counts what a block names towards each show's "the page is about it"; true when any verdict changed. */
  notePage(analysis: ShowsAnalysis): boolean {
    let changed = false;
    analysis.byShow.forEach((a, i) => {
      if (a) changed = this.entries[i]!.verdict.notePage(a) || changed;
    });
    return changed;
  }

  /** Whether the page names any followed show. */
  get showMentioned(): boolean {
    return this.entries.some((e) => e.verdict.showMentioned);
  }

  /** The ids of the followed shows this page names. */
  get mentionedShows(): string[] {
    return this.entries.filter((e) => e.verdict.showMentioned).map((e) => e.showId);
  }

  /**
   * The sentences that reveal something past the reader's progress in its show, each reveal with its
   * show; a sentence whose context names a work counts only for that work (own plot points always count).
   */
  spoilersIn(analysis: ShowsAnalysis): ShowSentence[] {
    const spans = new Map<string, ShowSentence>();
    analysis.byShow.forEach((a, i) => {
      if (!a) return;
      const e = this.entries[i]!;
      for (const s of e.verdict.spoilersIn(a, e.watched)) {
        const key = `${s.start}:${s.end}`;
        const span = spans.get(key) ?? { start: s.start, end: s.end, reveals: [] };
        span.reveals.push(...s.reveals.map((r) => ({ ...r, showId: e.showId })));
        spans.set(key, span);
      }
    });
    const out = [...spans.values()].sort((x, y) => x.start - y.start || x.end - y.end);
    if (!this.works.useful || out.length === 0) return out;
    const tokens = tokenize(analysis.text);
    const kept: ShowSentence[] = [];
    for (const s of out) {
      const works = this.works.worksOf(analysis.text, s.start, s.end, tokens);
      const reveals = works ? s.reveals.filter((r) => r.id.startsWith(OWN_PREFIX) || works.has(r.showId)) : s.reveals;
      if (reveals.length > 0) kept.push({ ...s, reveals });
    }
    return kept;
  }

  /** The hint for some spoiling sentences: the latest episode, and each label with the show it belongs to. */
  hintOf(spoilers: readonly ShowSentence[]): ShowsHint {
    const labels: string[] = [];
    const showIds: string[] = [];
    let episode = 0;
    for (const e of this.entries) {
      const mine = spoilers.map((s) => ({ ...s, reveals: s.reveals.filter((r) => r.showId === e.showId) })).filter((s) => s.reveals.length > 0);
      if (mine.length === 0) continue;
      const hint = e.verdict.hintOf(mine);
      showIds.push(e.showId);
      episode = Math.max(episode, hint.episode);
      labels.push(...hint.labels.map((l) => (this.entries.length > 1 ? `${e.title}: ${l}` : l)));
    }
    return { episode, labels, showIds };
  }
}
