/**
 * What a comment says about its own episode. In a thread about an episode, most comments talk about
 * that episode, but some look back ("still not over the hand thing from ep 4", "lo de Helena en el cap
 * 5", "el mejor momento del 2"): those talk about the episode they name, and the thread's scope does
 * not apply to them (issue 12). Pure: no DOM.
 */
import { episodeScope, numberOf, scopeText } from './episode-scope';
import { scopeEn } from '../../lang/scope-en';
import { scopeEs } from '../../lang/scope-es';

const LANGUAGES = [scopeEn, scopeEs];
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.assign({}, ...LANGUAGES.map((l) => l.numberWords));
// A hint that sends the reader ahead ("espérate al 3") points at its episode as a look back does.
const LOOK_BACK = LANGUAGES.flatMap((l) => [...(l.lookBack ?? []), ...(l.waitFor ?? [])]);
/**
 * A bare episode number after a word that points at one ("en el 2", "del 2", "x el 4", "en el
 * primero"), not followed by what makes it a date, a score or a count ("el 2 de febrero", "2-2", "2 pts").
 */
const BARE = new RegExp(`\\b(?:${LOOK_BACK.join('|')})\\s+(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\b(?!\\s*(?:de\\b|of\\b|pts?\\b|puntos\\b|points?\\b|%|[-–:/.,]\\s*\\d))`, 'g');

/** The number a writer says they have not watched yet ("I can't watch episode 6 tonight", "antes de ver el 6"). */
const NOT_YET = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.notYet ?? []).join('|')})\\s*(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\b`);
/** A hint that someone does not live to an episode ("no llega ni al capítulo 5"): it tells of the one before. */
const NOT_REACH = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.notReach ?? []).join('|')})\\s+(?:(?:capitulo|cap|episodio|episode|ep|chapter)\\.?\\s*)?(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\b`);
/** A hint that sends the reader ahead to an episode's number ("espérate al 5", "wait till 4"), not a date ("al 3 de marzo"). */
const SENDS_AHEAD = new RegExp(`\\b(?:${LANGUAGES.flatMap((l) => l.waitFor ?? []).join('|')})\\s+(?:(?:capitulo|cap|episodio|episode|ep)\\.?\\s*)?(?:\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\b(?!\\s*(?:de\\b|of\\b|[-–:/.,]\\s*\\d))`);

/**
 * Whether a comment hints that something happens in an episode ahead ("espérate al 5. nomás eso te digo", "no llega
 * ni al capítulo 5"): a hint tells, however few names it gives.
 */
export function hintsAhead(text: string): boolean {
  const t = scopeText(text);
  return SENDS_AHEAD.test(t) || NOT_REACH.test(t);
}

/**
 * How a comment's own words tell of the episode it names: by a hint (`{ hint: true }`: no chatter, however short), by
 * what someone did (`tells`: `{}`), or not at all (undefined).
 */
export function howItTells(text: string, tells: (text: string) => boolean): { hint?: true } | undefined {
  if (hintsAhead(text)) return { hint: true };
  return tells(text) ? {} : undefined;
}

/** A first look for hintsAhead, for every block of a page: a hint by a number in digits ("espérate al 5"). */
export function mayHintAhead(text: string): boolean {
  return /\d/.test(text) && hintsAhead(text);
}

/** The show's very first scene ("the opening scene", "la primera escena"). */
const OPENING = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.openingScene ?? []).join('|')})\\b`);

/**
 * The episode a comment names itself ("ep 4", "el cap 5", "en el 2", "the very first scene"), from 1 to `lastEpisode`,
 * if any. One its writer has not watched yet ("I can't watch episode 6 tonight") is ahead: they talk of the one before.
 */
export function commentEpisode(text: string, lastEpisode: number): number | undefined {
  const reach = numberOf(NOT_REACH.exec(scopeText(text))?.[1]);
  if (reach !== undefined && reach >= 2 && reach <= lastEpisode) return reach - 1;
  const named = episodeScope(text, lastEpisode);
  if (named !== undefined) {
    const ahead = NOT_YET.exec(scopeText(text));
    const n = numberOf(ahead?.[1]);
    return n === named ? (named > 1 ? named - 1 : undefined) : named;
  }
  let latest = 0;
  for (const m of scopeText(text).matchAll(BARE)) {
    const n = numberOf(m[1]);
    if (n !== undefined && n >= 1 && n <= lastEpisode && n > latest) latest = n;
  }
  if (latest > 0) return latest;
  return OPENING.test(scopeText(text)) ? 1 : undefined;
}

/** A spoiler tag in a post's own words: "[spoiler]…[/spoiler]", "[SPOILER — series finale]", Reddit's ">!…!<". */
const SPOILER_TAG = /\[\s*\/?\s*spoilers?\b[^\]]{0,40}\]|>![^!]|[^<]!</i;

/** Whether a post marks its own words as a spoiler with a tag (see SPOILER_TAG). */
export function hasSpoilerTag(text: string): boolean {
  return SPOILER_TAG.test(text);
}

/**
 * The episode a post that tags its words as a spoiler and names none spoils: any of the show, so the last (`lastEpisode`);
 * undefined for a post with no tag. (One that names its episode, "[spoiler] by ep 4 he's down a hand", is that one's.)
 */
export function taggedSpoiler(text: string, lastEpisode: number): number | undefined {
  return hasSpoilerTag(text) ? lastEpisode : undefined;
}
