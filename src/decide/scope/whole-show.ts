/**
 * Whole-show talk (issue 12): a post that invites its readers to talk about the whole show ("which moment
 * broke you?", "just finished it", "¿qué escena…?", "ya terminé la serie", "¿qué les pareció el final?")
 * makes the comments under it a place of spoilers up to the last episode, apart from chatter ("haven't
 * started yet", "is it dubbed?", praise of an actor). And a comment's chatter is counted in its own words:
 * not its author's name, the handle it answers, its time and its counters ("2d · 1,204 likes · Reply"). Pure: no DOM.
 */
import { episodeScope, scopeText } from './episode-scope';
import { scopeEn } from '../../lang/scope-en';
import { scopeEs } from '../../lang/scope-es';

const WHOLE_TALK = new RegExp(`(?:^|\\b)(?:${[scopeEn, scopeEs].flatMap((l) => l.wholeShowTalk ?? []).join('|')})\\b`);

const EPISODE_TALK = new RegExp(`(?:^|\\b)(?:${[scopeEn, scopeEs].flatMap((l) => l.episodeTalk ?? []).join('|')})\\b`);

/** Whether a post says its writer just watched an episode, or allows spoilers up to one ("just finished ep 5"). */
export function saysJustWatched(text: string): boolean {
  return EPISODE_TALK.test(scopeText(text));
}

/**
 * The last episode a post opens talk about, or undefined: the last of the show when it invites talk about the whole show,
 * says its writer finished it or names its end; an earlier one it names when it says its writer just watched that one
 * or allows spoilers up to it ("Just finished ep 5 … spoilers ok up to ep 5!").
 */
export function talkEpisode(text: string, lastEpisode: number): number | undefined {
  const folded = scopeText(text);
  if (WHOLE_TALK.test(folded)) return lastEpisode;
  const named = episodeScope(text, lastEpisode);
  return named === lastEpisode || (named !== undefined && saysJustWatched(text)) ? named : undefined;
}

/**
 * What of a comment's line is no word of its own: a handle ("@rosie.reads"), a time ("2d", "· 5 h", "hace 3 días"),
 * a counter ("1,204 likes", "301 points", "Mensajes: 2.345") and the buttons between dots ("· Reply ·", "Me gusta · Responder").
 */
const NOT_OWN = new RegExp(
  [
    '@[\\p{L}\\p{N}_.]+',
    '\\b(?:hace\\s+)?\\d[\\d.,]*\\s*(?:[kKmM]\\b|mil\\b)?\\s*(?:likes?|points?|pts|votes?|votos?|replies|respuestas|comments?|comentarios?|mensajes|messages|posts|me gusta)\\b',
    '\\b(?:mensajes|messages|posts|puntos|points):\\s*[\\d.,]+',
    '\\b(?:hace\\s+)?\\d+\\s*(?:s|m|h|d|w|min|mins|hr|hrs|sem|a|y|días?|dias?|horas?|semanas?|minutos?)\\b(?:\\s+ago)?',
    '(?:^|·|\\s)(?:reply|responder|share|compartir|me gusta|like|report|reportar|save|guardar|quote|citar)\\s*(?=·|$)',
  ].join('|'),
  'giu',
);

const WORD = /\p{L}+/gu;

/** How many words (runs of letters) a text has. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** How many words a comment says itself: its text without `author` (its author line, when it opens the text) and what NOT_OWN names. */
export function ownWordCount(text: string, author?: string): number {
  let own = text.trimStart();
  const line = author?.trim();
  if (line && own.startsWith(line)) own = own.slice(line.length);
  return wordCount(own.replace(NOT_OWN, ' '));
}
