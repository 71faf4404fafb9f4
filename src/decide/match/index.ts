/** The matcher: a compiled catalog plus block analysis and the reader's progress. */
export { compileCatalog, type CompiledCatalog } from './compile';
export { analyseBlock, type BlockAnalysis, type PlotMatch, type SentenceResult } from './analyse';

import type { BlockAnalysis, SentenceResult } from './analyse';

/** The sentences of `analysis` that reveal something after `watchedEpisode`, with only those reveals. */
export function spoilersAfter(analysis: BlockAnalysis, watchedEpisode: number): SentenceResult[] {
  const out: SentenceResult[] = [];
  for (const s of analysis.sentences) {
    const reveals = s.reveals.filter((r) => r.episode > watchedEpisode);
    if (reveals.length > 0) out.push({ ...s, reveals });
  }
  return out;
}
