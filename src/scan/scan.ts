/**
 * The engine behind `npm run scan`: the same matcher and page context as the
 * content script, over a list of passages that together make one page.
 *
 * Not yet the same decision: the content script also hides the reader's own plot
 * points (src/decide/own-keywords.ts), on any page, and scan leaves them out. The
 * shared verdict module (another change, under way) will give scan and the shield
 * one decision; scanPassages keeps its signature until then.
 */
import type { CompiledCatalog } from '../decide/match/compile';
import { analyseBlock } from '../decide/match/analyse';
import { spoilersAfter } from '../decide/match';
import { PageContext } from '../decide/page-context';

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

/** What each passage reveals after `watchedEpisode`; nothing at all if the page never mentions the show. */
export function scanPassages(passages: string[], catalog: CompiledCatalog, watchedEpisode: number): ScanResult[] {
  const page = new PageContext(catalog.everyday);
  const analyses = passages.map((text) => {
    const analysis = analyseBlock(text, catalog);
    page.add(analysis.titleMentioned, analysis.characters);
    return analysis;
  });
  return analyses.map((analysis, i) => {
    const spoilers: ScanSpoiler[] = [];
    if (page.showMentioned) {
      const seen = new Set<string>();
      for (const sentence of spoilersAfter(analysis, watchedEpisode)) {
        for (const r of sentence.reveals) {
          if (seen.has(r.id)) continue;
          seen.add(r.id);
          spoilers.push({ id: r.id, episode: r.episode, match: passages[i]!.slice(r.start, r.end) });
        }
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
