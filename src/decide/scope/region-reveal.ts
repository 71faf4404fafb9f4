/**
 * What a region's episode scope reveals, in the decision's own terms: a block in a region that covers
 * episode N (a recap of episode 5) reveals episode N as a whole, on top of whatever its sentences reveal.
 * The reveal spans the block's text, so the block is hidden whole while the reader has not seen N.
 */
import type { BlockAnalysis, PlotMatch } from '../match/analyse';

/** Ids of reveals that come from a region's scope, not from the catalog's plot points. */
export const SCOPE_PREFIX = 'scope:';

/** `analysis` with one more sentence over all of `text` (its outer white space aside) that reveals `episode`. */
export function withScope(analysis: BlockAnalysis, text: string, episode: number): BlockAnalysis {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return analysis;
  const reveal: PlotMatch = { plot: -1, id: `${SCOPE_PREFIX}${episode}`, episode, start, end, pattern: 'region' };
  return { ...analysis, sentences: [...analysis.sentences, { start, end, reveals: [reveal] }] };
}
