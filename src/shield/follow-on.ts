/**
 * Follow-on replies (issue 12): a reply that takes up what the comment it answers said ("exacto, no fue traición",
 * "that's why he went back", "ese hombre ya se quebró") makes sense only under it, and tells what it tells. When the
 * comment it answers is hidden for an episode, the reply is that episode's too, however few its words: it is no
 * chatter. A reply that opens on anything else ("lol same energy as the film", "ya cállate") is judged by its own words.
 *
 * So does a post that quotes an earlier one ("oldguard wrote: …", "Cita de Moira_R: …"): it carries what the quoted post
 * is hidden for, found by the name its quote's title gives.
 *
 * The comment a reply answers is found by structure: the comment before its box of replies (region-blocks.ts
 * repliedTo), or, in a flat list whose replies are set apart by one more class ("c c2" after "c"), the nearest item
 * before it whose classes are the reply's, less that one.
 */
import { classesOf } from './class-words';
import { firstWords, repliedTo } from './region-blocks';
import { authorLine, wordsIn } from './post-talk';
import type { Scope } from './regions';
import { scopeText } from '../decide/scope/episode-scope';
import { scopeEn } from '../lang/scope-en';
import { scopeEs } from '../lang/scope-es';

const OPENERS = [scopeEn, scopeEs].flatMap((l) => l.followOn ?? []).join('|');
const FOLLOW_ON = new RegExp(`^(?:${OPENERS})\\b`);
/** The same words anywhere near a text's start (after an author line): a first look, before any walk of the page. */
const NEAR_START = new RegExp(`(?:^|\\s)(?:${OPENERS})\\b`);
/** How much of a block's text the first look reads. */
const START = 80;
/** A handle the reply opens on ("@Pepe Loera", "@sergio"), before its own words. */
const HANDLE = /^@\S+(?:\s+\p{Lu}\p{Ll}*\.?)?\s*/u;
/** How many items before a flat reply the comment it answers may be. */
const FLAT_DEPTH = 12;

export interface FollowOnHooks {
  /** The latest episode the shield hides `el` for (its record's reveals), if it is hidden for one. */
  hiddenEpisode(el: Element): number | undefined;
}

export class FollowOn {
  constructor(private readonly hooks: FollowOnHooks) {}

  /** Whether `el`'s text may open on a follow-on's words, its author line before them, or quote a post (cheap: no walk). */
  mayFollow(el: Element): boolean {
    const start = (el.textContent ?? '').slice(0, QUOTE_START);
    return NEAR_START.test(scopeText(start.slice(0, START))) || QUOTE_INTRO.test(start);
  }

  /**
   * The scope of a reply (`comment`, which `el` is or lies in) that follows on from a hidden comment: the episode that
   * comment is hidden for, marked `follows` (no chatter), whatever the region around says: it tells what its parent tells.
   * `scope` is the region's answer, kept for any other comment.
   */
  over(comment: Element | null, scope: Scope | undefined, el?: Element): Scope | undefined {
    // A post whose class names nothing ("postbody" in a table of posts) quotes in the block's own words.
    const quoted = comment || el ? quotedPost((comment ?? el)!) : null;
    if (quoted) {
      const episode = this.hooks.hiddenEpisode(quoted);
      return episode && !(scope && scope.episode > episode) ? { episode, source: quoted, follows: true } : scope;
    }
    if (!comment) return scope;
    const text = wordsIn(comment).trim();
    const author = authorLine(comment) ?? firstLine(comment);
    const own = (author && text.startsWith(author) ? text.slice(author.length) : text).trimStart().replace(HANDLE, '');
    if (!FOLLOW_ON.test(scopeText(own))) return scope;
    const parent = repliedTo(comment) ?? flatParent(comment);
    const episode = parent ? this.hooks.hiddenEpisode(parent) : undefined;
    if (!parent || !episode) return scope;
    return { episode, source: parent, follows: true };
  }
}

/** A quote's title line: "oldguard wrote:", "Moira_R escribió:", "Cita de TheOne:", "Quote from jules:". */
const QUOTE_TITLE = /^\s*(?:(?:cita de|quote from|quoting|citando a)\s+(\S+?)|(\S+?)\s+(?:wrote|said|escribi[oó]|dijo))\s*:\s*$/i;
/** The same, anywhere in a post's first words (a first look). */
const QUOTE_INTRO = /(?:(?:cita de|quote from|quoting|citando a)\s+\S+|\S\s+(?:wrote|said|escribi[oó]|dijo))\s*:/i;
/** How much of a post's text the first look for a quote reads (its author line and date come first). */
const QUOTE_START = 240;
/** How far above a post its list of posts may be, and how many posts before it the quoted one may be. */
const POST_LEVELS = 6;
const POSTS_BACK = 30;
/** How far into a post its author's name may be. */
const NAME_ROOM = 80;

/**
 * The earlier post a post quotes, by the name its quote's title gives ("oldguard wrote:"): the nearest post before it,
 * at the level of the list of posts, whose first words hold that name. Null when it quotes none, or none is found.
 */
function quotedPost(post: Element): Element | null {
  let name: string | undefined;
  for (const line of post.querySelectorAll('blockquote, cite, b, strong, div, span, p')) {
    if (line.childElementCount > 0 || (line.textContent ?? '').length > 60) continue;
    const m = QUOTE_TITLE.exec(line.textContent ?? '');
    if (m) {
      name = (m[1] ?? m[2])!.toLowerCase();
      break;
    }
  }
  if (!name) return null;
  for (let level: Element | null = post, n = 0; level && n < POST_LEVELS && level.tagName !== 'BODY'; level = level.parentElement, n++) {
    for (let s = level.previousElementSibling, k = 0; s && k < POSTS_BACK; s = s.previousElementSibling, k++) {
      const at = (s.textContent ?? '').trimStart().slice(0, NAME_ROOM).toLowerCase().indexOf(name);
      if (at >= 0) return s;
    }
  }
  return null;
}

/** How many words a reply's first element may hold to be its author's name ("lupita", "Ana G."). */
const NAME_WORDS = 4;

/**
 * The words of the element a short reply opens with, when they are a name apart from the rest ("<b>lupita</b> eso mismo"):
 * authorLine asks more of a line than a reply of a few words can give.
 */
function firstLine(comment: Element): string | undefined {
  const line = firstWords(comment)?.parentElement;
  if (!line || line === comment) return undefined;
  const text = line.textContent?.trim() ?? '';
  return text.split(/\s+/).length <= NAME_WORDS ? text : undefined;
}

/** The item a flat reply answers: the nearest one before it whose classes are the reply's but one ("c" before "c c2"). */
function flatParent(reply: Element): Element | null {
  const classes = classesOf(reply);
  if (classes.length < 2) return null;
  for (let s = reply.previousElementSibling, n = 0; s && n < FLAT_DEPTH; s = s.previousElementSibling, n++) {
    if (s.tagName !== reply.tagName) continue;
    const own = classesOf(s);
    if (own.length === classes.length - 1 && own.every((c) => classes.includes(c))) return s;
  }
  return null;
}
