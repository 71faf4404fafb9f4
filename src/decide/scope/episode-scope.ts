/**
 * Episode scope from a page's own words: which episode a title, heading, label or URL path says its
 * page or section covers ("Season 1 Episode 5 recap", "1x05", "S01E05", "Capítulo 5", "season
 * finale", "final explicado", "spoilers for the whole season"). A range ("episodes 1 to 3") covers
 * its last episode; the finale and the whole season cover the show's last. Pure: no DOM.
 */
import { scopeEn } from '../../lang/scope-en';
import { scopeEs } from '../../lang/scope-es';
import type { ScopeWords } from '../../lang/scope-language';
import { withoutMarks } from '../../lang/normalize';

const LANGUAGES: readonly ScopeWords[] = [scopeEn, scopeEs];
/** A show length past any real one: asked with it, episodeScope says whether a text names an episode at all. */
export const ANY_EPISODE = 99;
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.assign({}, ...LANGUAGES.map((l) => l.numberWords));
const CARDINALS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.cardinals));
const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const EPISODE_WORD = `(?:${LANGUAGES.flatMap((l) => l.episodeWords).join('|')})`;
const RANGE_JOIN = '(?:-|–|—|/|&|to|and|a|al|y|through|thru)';

/** "Episode 5", "ep. 5", "episodes 3–4", "capítulo cinco", "episodios 1 a 3". */
// Not a season and an episode written as a decimal ("Episode #1.4": the code below reads it).
const NUMBERED = new RegExp(`\\b${EPISODE_WORD}\\.?\\s*(?:#|no\\.?\\s*|n\\.?o\\s*)?${NUMBER}\\b(?!\\.\\d)(?:\\s*${RANGE_JOIN}\\s*${NUMBER}\\b)?`, 'g');
/** "the fifth episode", "el quinto capítulo", "first episode" (not "one episode at a time"). */
const ORDINAL = new RegExp(`\\b${NUMBER}\\s+${EPISODE_WORD}\\b`, 'g');
/** "S01E05", "s1 e5", "S1.E5", "1x05", "Episode #1.5". */
const CODE = /\b(?:s\d{1,2}\s*\.?\s*e|\d{1,2}x)(\d{1,2})\b|(?:episode|episodio|ep)\s*#\s*\d{1,2}\.(\d{1,2})\b/g;
const LAST = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => [...l.lastEpisode, ...(l.spoilsAll ?? []), ...(l.nextSeasonCast ?? [])]).join('|')})(?:\\b|$)`);
/** A "last episode" phrase put ahead by the words before it ("theories before the finale", "antes del final"). */
const BEFORE_LAST = new RegExp(
  `\\b(?:${LANGUAGES.flatMap((l) => l.beforeLast ?? []).join('|')})\\s+(?:the\\s+|el\\s+|la\\s+)?(?:${LANGUAGES.flatMap((l) => l.lastEpisode).join('|')})(?:\\b|$)`,
  'g',
);
const NEXT_SEASON_CAST = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.nextSeasonCast ?? []).join('|')})(?:\\b|$)`);
const KNOWING_NOD = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.knowingNod ?? []).join('|')})\\b`);
const SPOILS_ALL = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.spoilsAll ?? []).join('|')})(?:\\b|$)`);
const SPOILS_UP_TO = new RegExp(`(?<!\\b(?:no|sin|without|zero|cero) )(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.spoilsUpTo ?? []).map((s) => s.replace('EP', `${EPISODE_WORD}\\.?\\s*${NUMBER}`)).join('|')})(?:\\b|$)`);
const HAPPENED_TO = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.happenedTo ?? []).join('|')})\\b`);
const BLOODIEST = new RegExp(`(?:${LANGUAGES.flatMap((l) => l.bloodiest ?? []).join('|')})\\b`, 'iu');
const OPINION = new RegExp(`^(?:${LANGUAGES.flatMap((l) => l.opinion).join('|')})(?:\\b|$)`);
const ASIDE = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.aside).join('|')})\\b`);
/** A score ("8.5/10", "4/5 stars"). */
const SCORE = /\b\d+(?:[.,]\d)?\s*\/\s*(?:5|10|100)\b/;
const PREVIOUSLY = new RegExp(`^(?:${LANGUAGES.flatMap((l) => l.previously).join('|')})\\b`);

/** Folded texts by text; past SCOPED_LIMIT texts the memory starts again. Texts longer than SCOPED_MAX_LENGTH are folded each time. */
const scoped = new Map<string, string>();
const SCOPED_LIMIT = 2000;
const SCOPED_MAX_LENGTH = 2000;

/** Lower case, no accents, no inverted marks, one space between words. */
export function scopeText(text: string): string {
  // A paragraph is asked several questions (an episode? about the page? a reminder?), and so are its
  // region's headings and the comment it sits in, by the block and again by its unit: the answers are kept.
  if (text.length > SCOPED_MAX_LENGTH) return foldScope(text);
  let folded = scoped.get(text);
  if (folded === undefined) {
    if (scoped.size >= SCOPED_LIMIT) scoped.clear();
    scoped.set(text, (folded = foldScope(text)));
  }
  return folded;
}

/** scopeText's folding, without its memory of the last text. */
function foldScope(text: string): string {
  // Text with nothing to fold but case has no marks to take off: the decomposition is skipped.
  return withoutMarks(text)
    .replace(/[¿¡"'“”‘’«»()[\]:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An episode number said in digits or in words ("3", "three", "tercer"); undefined when it is neither. */
export function numberOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return /^\d/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/**
 * The latest episode `text` says it covers, from 1 to `lastEpisode`; undefined when it names none.
 * An episode number past the show's length is not an episode of it ("Episode 211").
 */
export function episodeScope(text: string, lastEpisode: number): number | undefined {
  const t = scopeText(text);
  if (t.length === 0) return undefined;
  let latest = 0;
  const take = (n: number | undefined) => {
    if (n !== undefined && n >= 1 && n <= lastEpisode && n > latest) latest = n;
  };
  for (const m of t.matchAll(NUMBERED)) {
    const from = numberOf(m[1]);
    const to = numberOf(m[2]);
    // A range counts only when it goes up ("episodes 3-4"); "episode 2, 3 stars" is not one.
    take(to !== undefined && from !== undefined && to > from ? to : from);
  }
  for (const m of t.matchAll(ORDINAL)) if (!/^\d/.test(m[1]!) && !CARDINALS.has(m[1]!)) take(numberOf(m[1]));
  for (const m of t.matchAll(CODE)) take(Number(m[1] ?? m[2]));
  if (LAST.test(t) && LAST.test(t.replace(BEFORE_LAST, ' '))) take(lastEpisode);
  return latest > 0 ? latest : undefined;
}

/**
 * The episode a question that presumes something befell someone names ("What happened to Carajo? (episode
 * 3)", "¿Qué le pasó a Yori en el capítulo 4?"): it tells that something did, then. Undefined otherwise.
 */
export function happenedInEpisode(text: string, lastEpisode: number): number | undefined {
  return HAPPENED_TO.test(scopeText(text)) ? episodeScope(text, lastEpisode) : undefined;
}

/**
 * Whether a text calls something the bloodiest ("Bloodiest single hour, by our count: episode 5", "el capítulo
 * 5 es el más sangriento"): said of an episode, it tells that people die in it. The raw text is read, unfolded.
 */
export function isBloodiest(text: string): boolean {
  return BLOODIEST.test(text);
}

/** Whether `text` asks who would come back for another season ("Who could return?", "¿Quién volvería?"). */
export function asksWhoReturns(text: string): boolean {
  return NEXT_SEASON_CAST.test(scopeText(text));
}

/** Whether `text` nods to what those who saw the ending know ("por razones obvias para quien haya visto el final"). */
export function nodsToTheEnd(text: string): boolean {
  return KNOWING_NOD.test(scopeText(text));
}

/** Whether `text` warns that it spoils the whole show ("Full spoilers!", "spoilers de toda la serie"). */
export function warnsOfAllSpoilers(text: string): boolean {
  return SPOILS_ALL.test(scopeText(text));
}

/** The episode a tag says a post or card spoils up to ("Episode 4 Spoilers", "Post-Episode 5"), up to `lastEpisode`; else undefined. */
export function spoilsUpTo(text: string, lastEpisode: number): number | undefined {
  const m = SPOILS_UP_TO.exec(scopeText(text));
  const n = numberOf(m?.slice(1).find((g) => g !== undefined));
  return n !== undefined && n >= 1 && n <= lastEpisode ? n : undefined;
}

/**
 * Whether a text speaks of the show's episodes as such: it names one ("the second episode") or counts
 * them ("all six episodes", "one episode at a time"). Such a paragraph talks about the show, not its story.
 */
export function talksOfEpisodes(text: string, lastEpisode: number): boolean {
  if (episodeScope(text, lastEpisode) !== undefined) return true;
  const t = scopeText(text);
  ORDINAL.lastIndex = 0;
  return ORDINAL.test(t);
}

const BEFORE_WATCHING = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.beforeWatching ?? []).join('|')})\\b`);

/** Whether a title says it was made before the episode it names was seen ("Mis teorías antes de ver el último capítulo"). */
export function isBeforeWatching(text: string): boolean {
  return BEFORE_WATCHING.test(scopeText(text));
}

const SPOILER_FREE = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.spoilerFree ?? []).join('|')})(?:\\b|$)`);

/** Whether a post says it tells nothing ("first impressions, NO SPOILERS", "mi opinión sin spoilers"); see ScopeWords.spoilerFree. */
export function saysSpoilerFree(text: string): boolean {
  return SPOILER_FREE.test(scopeText(text));
}

const SCENE = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.sceneWords ?? []).join('|')})\\b`);

/** Whether a text points at a scene ("the tear gas sequence in ep2", "lo que le hace el carajo al abogado"). */
export function pointsAtScene(text: string): boolean {
  return SCENE.test(scopeText(text));
}

const ALL_DEATHS = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.allDeaths ?? []).join('|')})\\b`);

/** Whether a title counts every death of a show ("EVERY DEATH in Prison Cell 211 ranked", "TODAS las muertes de Celda 211"). */
export function countsAllDeaths(text: string): boolean {
  return ALL_DEATHS.test(scopeText(text));
}

/** Whether a heading introduces an opinion or an aside, not the plot ("Final thoughts", "Veredicto"). */
export function isOpinionHeading(text: string): boolean {
  return OPINION.test(scopeText(text));
}

/** Whether a text opens as a reminder of the episode before ("Previously on…", "Anteriormente…"). */
export function isPreviously(text: string): boolean {
  return PREVIOUSLY.test(scopeText(text));
}

/**
 * Whether a paragraph talks about the page or the show rather than telling its story: a spoiler
 * warning, a pointer to another recap, a score. A region's scope leaves it to its own sentences.
 */
export function isAboutThePage(text: string): boolean {
  const t = scopeText(text);
  return ASIDE.test(t) || SCORE.test(t);
}

/** Whether a heading asks a question ("Does Calancho die?", "¿Muere Calancho?"): its section answers it. */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  return t.startsWith('¿') || t.endsWith('?');
}

const PAGE_KIND = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.pageKinds ?? []).join('|')})\\b`);
const REVIEW = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.reviewWords ?? []).join('|')})\\b`);
/** What parts a title: a colon, a bar, a dash between spaces, brackets. */
const TITLE_SPLIT = /\s*[:|\u2013\u2014()[\]]\s*|\s+-\s+/;
/** Where a document's title gives its site's name: the last part after a bar, a dash or a colon between spaces. */
const SITE_SPLIT = /\s+(?:[|\u2013\u2014\u00b7:]|-)\s+/;
/** A quoted span (an episode's own title, "'Change of Plans'"): the episode's name, not what happens in it. */
const QUOTED = /(^|[\s(:])(?:'[^']+'|‘[^’]+’|"[^"]+"|“[^”]+”|«[^»]+»)(?=$|[\s),:.!?|])/g;
/** Fewer words than this is no subtitle. */
const MIN_SUBTITLE_WORDS = 2;

/**
 * The episode a page's title or main heading tells of: it says which episode the page covers and,
 * beside the show's name, that episode and what the page is ("recap", "discussion", "resumen"), it has
 * a subtitle in its own words ("Episode 5 Recap: Nothing Left to Protect", "El rey ha muerto, viva el
 * rey: así termina Celda 211"). Not the episode's own title in quotes ("Episode 1 Recap: 'Change of
 * Plans'"), and not a review's verdict ("full-season review: the lawyer, the king and the knife").
 * `site`: the text is a document's title, whose last part may be the site's name. `namesShow`: whether
 * a text names the show; the title must.
 */
export function titleEpisode(text: string, lastEpisode: number, namesShow: (text: string) => boolean, site = false): number | undefined {
  const own = site ? withoutSiteName(text) : text;
  const episode = episodeScope(own, lastEpisode);
  if (episode === undefined || REVIEW.test(scopeText(own)) || !namesShow(own)) return undefined;
  return hasSubtitle(own, lastEpisode, namesShow) ? episode : undefined;
}

/** A document's title without the site's name after its last separator ("Show - S01E03 - Discussion : r/tv" → "Show - S01E03 - Discussion"). */
export function withoutSiteName(title: string): string {
  const parts = title.split(SITE_SPLIT);
  return parts.length >= 2 ? parts.slice(0, -1).join(' - ') : title;
}

/** A paragraph's first words when they place it in time ("In episode two", "By the fourth episode", "En el capítulo 4,"). */
const OPENING = /^\s*(?:in|during|by|en|durante|para)\s[^,.;:!?()]{0,32}/i;

/** Whether a paragraph opens with a word that may place it in time ("In …", "Durante …"): cheap, and asks nothing of the show. */
export function opensInTime(text: string): boolean {
  return OPENING.test(text);
}

/**
 * The episode a paragraph opens by placing itself in: "In episode two Juan is no longer just hiding", "En el capítulo 4,
 * Juan …". Whether it then tells what someone did is the caller's to ask.
 */
export function opensInEpisode(text: string, lastEpisode: number): number | undefined {
  const opening = OPENING.exec(text)?.[0];
  return opening ? episodeScope(opening, lastEpisode) : undefined;
}

/**
 * The episode a picture's alt text or caption opens with, when words of its own follow: "Episode 5 still: an ambulance
 * in the yard at night", "Cap. 3 — un ojo en el hoyo del muro". Not a caption that only places it ("Helena in episode 5"),
 * nor a bare "Episode 5".
 */
export function leadEpisode(text: string, lastEpisode: number, namesShow: (text: string) => boolean): number | undefined {
  const [lead, ...rest] = text.split(TITLE_SPLIT);
  if (rest.length === 0 || !lead) return undefined;
  const episode = episodeScope(lead, lastEpisode);
  return episode !== undefined && hasSubtitle(rest.join(' | '), lastEpisode, namesShow) ? episode : undefined;
}

/**
 * Whether a title adds words of its own to what it names (the show, an episode, the kind of page): "Episode 5 Recap:
 * Nothing Left to Protect", "Juan Finally SNAPS | Episode 5 Reaction". An episode's own quoted name is not such words.
 */
export function hasSubtitle(text: string, lastEpisode: number, namesShow: (text: string) => boolean): boolean {
  return text.replace(QUOTED, '$1').split(TITLE_SPLIT).some((part) => {
    if ((part.match(/\p{L}+/gu)?.length ?? 0) < MIN_SUBTITLE_WORDS) return false;
    const t = scopeText(part);
    return !PAGE_KIND.test(t) && !isAboutThePage(part) && episodeScope(part, lastEpisode) === undefined && !namesShow(part);
  });
}

const CONTENT_WARNING = new RegExp(`^(?:${LANGUAGES.flatMap((l) => l.contentWarning ?? []).join('|')})\\b`);
const WARNS_OF_CONTENT = new RegExp(`(?:^|\\b)(?:${LANGUAGES.flatMap((l) => l.contentWarning ?? []).join('|')})\\b`);

/** Whether a text warns of what its episode holds anywhere in it ("ep 3 reaction (trigger warning)"): it tells of that episode. */
export function warnsOfContent(text: string): boolean {
  return WARNS_OF_CONTENT.test(scopeText(text));
}

/** Whether a text opens as a content warning ("Content note: this episode contains sexual violence"): it tells what its region holds. */
export function isContentWarning(text: string): boolean {
  // Only its opening words are read (asked for every block of a region).
  const start = text.trimStart().slice(0, 40);
  if (!/^[\p{L}]/u.test(start)) return false;
  return CONTENT_WARNING.test(scopeText(start));
}
