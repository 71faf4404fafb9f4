/**
 * What a comment says about its own episode. In a thread about an episode, most comments talk about
 * that episode, but some look back ("still not over the hand thing from ep 4", "lo de Helena en el cap
 * 5", "el mejor momento del 2"): those talk about the episode they name, and the thread's scope does
 * not apply to them (issue 12). Pure: no DOM.
 */
import { episodeScope, scopeText } from './episode-scope';
import { scopeEn } from '../../lang/scope-en';
import { scopeEs } from '../../lang/scope-es';

const LANGUAGES = [scopeEn, scopeEs];
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.assign({}, ...LANGUAGES.map((l) => l.numberWords));
const LOOK_BACK = LANGUAGES.flatMap((l) => l.lookBack ?? []);
/**
 * A bare episode number after a word that points at one ("en el 2", "del 2", "x el 4", "en el
 * primero"), not followed by what makes it a date, a score or a count ("el 2 de febrero", "2-2", "2 pts").
 */
const BARE = new RegExp(`\\b(?:${LOOK_BACK.join('|')})\\s+(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\b(?!\\s*(?:de\\b|of\\b|pts?\\b|puntos\\b|points?\\b|%|[-–:/.,]\\s*\\d))`, 'g');

/** The episode a comment names itself ("ep 4", "el cap 5", "en el 2"), from 1 to `lastEpisode`, if any. */
export function commentEpisode(text: string, lastEpisode: number): number | undefined {
  const named = episodeScope(text, lastEpisode);
  if (named !== undefined) return named;
  let latest = 0;
  for (const m of scopeText(text).matchAll(BARE)) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
    if (n !== undefined && n >= 1 && n <= lastEpisode && n > latest) latest = n;
  }
  return latest > 0 ? latest : undefined;
}
