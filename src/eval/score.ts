/**
 * Scores the matcher on a labelled corpus: precision, recall and F1 at several
 * progress levels, overall and per plot point, with every miss and false alarm.
 * A passage counts as hidden at progress W when it reveals anything after W.
 */
import type { CompiledCatalog } from '../decide/match/compile';
import { analyseBlock } from '../decide/match/analyse';

export interface LabelledPassage {
  id: string;
  lang: string;
  style: string;
  /** The latest episode the passage reveals; 0 = none. */
  episode: number;
  points: string[];
  text: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Mistake {
  id: string;
  watched: number;
  kind: 'miss' | 'false alarm';
  label: number;
  found: Array<{ id: string; episode: number; match: string; pattern: string }>;
  text: string;
}

export interface EvalReport {
  levels: number[];
  byLevel: Map<number, Counts>;
  overall: Counts;
  /**
   * Per plot point, over all levels: tp/fn count the passages that reveal it after W, hidden or
   * not; fp counts passages that should have stayed readable at W but were hidden because the
   * matcher found this plot point after W.
   */
  byPoint: Map<string, Counts>;
  mistakes: Mistake[];
}

export const LEVELS = [0, 2, 4, 5];

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Scores `passages` at each of `levels`. */
export function evaluate(passages: LabelledPassage[], catalog: CompiledCatalog, levels = LEVELS): EvalReport {
  const episodeOf = new Map(catalog.plots.map((p) => [p.id, p.episode]));
  const byLevel = new Map(levels.map((w) => [w, empty()]));
  const overall = empty();
  const mistakes: Mistake[] = [];
  const byPoint = new Map(catalog.plots.filter((p) => p.episode > 0).map((p) => [p.id, empty()]));
  for (const passage of passages) {
    const found = analyseBlock(passage.text, catalog).sentences.flatMap((s) =>
      s.reveals.map((r) => ({ id: r.id, episode: r.episode, match: passage.text.slice(r.start, r.end), pattern: r.pattern })),
    );
    for (const w of levels) {
      const truth = passage.episode > w;
      const hidden = found.some((f) => f.episode > w);
      const c = byLevel.get(w)!;
      const key = truth ? (hidden ? 'tp' : 'fn') : hidden ? 'fp' : 'tn';
      c[key]++;
      overall[key]++;
      if (truth !== hidden) {
        mistakes.push({ id: passage.id, watched: w, kind: truth ? 'miss' : 'false alarm', label: passage.episode, found, text: passage.text });
      }
      for (const point of passage.points) {
        if ((episodeOf.get(point) ?? 0) <= w) continue;
        const pc = byPoint.get(point);
        if (pc) pc[hidden ? 'tp' : 'fn']++;
      }
      if (!truth) {
        for (const id of new Set(found.filter((f) => f.episode > w).map((f) => f.id))) {
          const pc = byPoint.get(id);
          if (pc) pc.fp++;
        }
      }
    }
  }
  return { levels, byLevel, overall, byPoint, mistakes };
}
