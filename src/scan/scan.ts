/**
 * The engine behind `npm run scan`: the content script's own decision (src/decide/verdict.ts), over
 * a list of passages that together make one page.
 */
import type { CompiledCatalog } from '../decide/match/compile';
import type { OwnPlotPoint } from '../decide/own-keywords';
import { NO_ANALYSIS, Verdict } from '../decide/verdict';
import { ShowsVerdict, type ShowsVerdictOptions } from '../decide/shows';

export interface ScanSpoiler {
  id: string;
  episode: number;
  /** The words that matched. */
  match: string;
}

export interface ScanResult {
  /** 1-based, in input order. */
  passage: number;
  spoilers: ScanSpoiler[];
}

/**
 * What each passage reveals after `watchedEpisode`, decided as the content script decides: the
 * catalog's plot points only if the page mentions the show, the reader's own plot points anywhere.
 */
export function scanPassages(passages: string[], catalog: CompiledCatalog, watchedEpisode: number, ownPlotPoints: readonly OwnPlotPoint[] = []): ScanResult[] {
  const verdict = new Verdict(catalog);
  verdict.setOwnPlotPoints(ownPlotPoints);
  const analyses = passages.map((text) => {
    const analysis = verdict.analyse(text) ?? NO_ANALYSIS;
    verdict.notePage(analysis);
    return analysis;
  });
  return analyses.map((analysis, i) => {
    const spoilers: ScanSpoiler[] = [];
    const seen = new Set<string>();
    for (const sentence of verdict.spoilersIn(analysis, watchedEpisode)) {
      for (const r of sentence.reveals) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        spoilers.push({ id: r.id, episode: r.episode, match: passages[i]!.slice(r.start, r.end) });
      }
    }
    return { passage: i + 1, spoilers };
  });
}

export interface ShowScanSpoiler extends ScanSpoiler {
  /** The id of the show it spoils. */
  show: string;
}

/**
 * What each passage reveals for several followed shows, each at its own progress (`shows`, the first
 * show first), decided as the content script decides with several shows (src/decide/shows.ts): each
 * show's plot points only if the page names that show, and a sentence counts for the work its context
 * names. The reader's own plot points belong to the first show. `knownWorks`: the markers of shows
 * not followed, so that a sentence about one of them counts for none of the followed shows.
 */
export function scanShows(
  passages: string[],
  shows: ReadonlyArray<{ catalog: CompiledCatalog; watched: number }>,
  ownPlotPoints: readonly OwnPlotPoint[] = [],
  knownWorks: ShowsVerdictOptions['knownWorks'] = [],
): Array<{ passage: number; spoilers: ShowScanSpoiler[] }> {
  const verdict = new ShowsVerdict(shows, { knownWorks });
  verdict.setOwnPlotPoints(ownPlotPoints);
  const analyses = passages.map((text) => {
    const analysis = verdict.analyse(text);
    if (analysis) verdict.notePage(analysis);
    return analysis;
  });
  return analyses.map((analysis, i) => {
    const spoilers: ShowScanSpoiler[] = [];
    const seen = new Set<string>();
    for (const sentence of analysis ? verdict.spoilersIn(analysis) : []) {
      for (const r of sentence.reveals) {
        const key = `${r.showId}/${r.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        spoilers.push({ id: r.id, episode: r.episode, match: passages[i]!.slice(r.start, r.end), show: r.showId });
      }
    }
    return { passage: i + 1, spoilers };
  });
}

/** Splits plain text into passages: one per line with `lines`, else one per paragraph (blank-line separated). */
export function textPassages(text: string, lines: boolean): string[] {
  const parts = lines ? text.split(/\r?\n/) : text.split(/\r?\n\s*\r?\n/);
  if (lines && parts.at(-1) === '') parts.pop();
  return lines ? parts : parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Whether the input looks like HTML rather than text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<(p|div|article|section|body|head|h[1-6]|ul|ol|li|main|blockquote|table)[\s>])/i.test(text);
}
