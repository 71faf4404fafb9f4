/**
 * Own progress (issue 12): a writer who says how far they have watched ("voy en el capítulo 2 y ya no aguanto
 * al Carajo", "I'm on ep 3, my theory is…", "Finished episode 4") can tell nothing past it: what their words seem
 * to tell of a later episode is a guess or a theory, and is read as of the episode they are on. Pure: no DOM.
 */
import type { BlockAnalysis } from '../match/analyse';
import { scopeText } from './episode-scope';
import { scopeEn } from '../../lang/scope-en';
import { scopeEs } from '../../lang/scope-es';

const LANGUAGES = [scopeEn, scopeEs];
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.assign({}, ...LANGUAGES.map((l) => l.numberWords));
const OWN_PROGRESS = new RegExp(
  `(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.ownProgress ?? []).join('|')})\\s*(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\b(?!\\s*(?:de\\b|of\\b|[-–:/.,]\\s*\\d))`,
);

/** The episode a text's writer says they are on, if any. */
export function ownProgress(text: string): number | undefined {
  const m = OWN_PROGRESS.exec(scopeText(text));
  if (!m) return undefined;
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
  return n !== undefined && n >= 1 ? n : undefined;
}

/** `analysis` with the catalog's reveals past the episode its writer says they are on read as of that episode. */
export function withinOwnProgress<A extends BlockAnalysis>(analysis: A, text: string): A {
  if (!analysis.sentences.some((s) => s.reveals.some((r) => r.plot >= 0))) return analysis;
  const on = ownProgress(text);
  if (on === undefined || !analysis.sentences.some((s) => s.reveals.some((r) => r.plot >= 0 && r.episode > on))) return analysis;
  return { ...analysis, sentences: analysis.sentences.map((s) => ({ ...s, reveals: s.reveals.map((r) => (r.plot >= 0 && r.episode > on ? { ...r, episode: on } : r)) })) };
}
