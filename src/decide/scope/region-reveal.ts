/**
 * What a region's episode scope reveals, in the decision's own terms: a block in a region that covers
 * episode N (a recap of episode 5) reveals episode N as a whole, on top of whatever its sentences reveal.
 * The reveal spans the block's text, so the block is hidden whole while the reader has not seen N.
 */
import type { BlockAnalysis, PlotMatch } from '../match/analyse';
import { hasSpoilerTag } from './comment-scope';
import { episodeScope, isContentWarning } from './episode-scope';
import { ownWordCount, wordCount } from './whole-show';
import { withoutMarks } from '../../lang/normalize';

/** Ids of reveals that come from a region's scope, not from the catalog's plot points. */
export const SCOPE_PREFIX = 'scope:';

/**
 * `analysis` with one more sentence over all of `text` (its outer white space aside) that reveals
 * `episode` of the show `showId` (the followed show the region is read for).
 */
export function withScope<A extends BlockAnalysis>(analysis: A, text: string, episode: number, showId?: string): A {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return analysis;
  const reveal: PlotMatch & { showId?: string } = { plot: -1, id: `${SCOPE_PREFIX}${episode}`, episode, start, end, pattern: 'region', ...(showId ? { showId } : {}) };
  return { ...analysis, sentences: [...analysis.sentences, { start, end, reveals: [reveal] }] };
}

/**
 * Whether a region's scope hides a block, given what the block's own words reveal. Not when they tell
 * only the premise (every catalog event they name is the show's set-up, episode 0: "Juan, a lawyer,
 * is caught in the riot and passes for an inmate"), and not, for a person's words in a thread or a card
 * (`unit`), when they are a line or so that names no one and no event of the show ("season 2 bait?",
 * "fair, but the next few are worth it"): a longer comment under a finale thread likely tells of it.
 */
/**
 * Words up to which a comment that names nothing is chatter: its own words when its author line is known (`talk`'s
 * or `author`'s: see whole-show.ts), else the poster's name, time and counters included.
 */
const CHATTER_WORDS = 12;

/**
 * For scopeHides' `earlierThan`: a region about the show's end (its last episode) lets earlier events be their own. Not a
 * table row's episode column or grid: "Calancho | … | Pierde a su hermana | Muere" is the last cell's, not the sister's.
 */
export function earlierInEnd(scope: { episode: number; row?: true }, lastEpisode: number): number {
  return scope.episode >= lastEpisode && !scope.row ? scope.episode : 1;
}

export function scopeHides(analysis: BlockAnalysis | undefined, text: string, unit: boolean, story = false, subtitle = false, talk?: { author?: string }, author?: () => string | undefined, earlierThan = 1): boolean {
  const reveals = analysis ? analysis.sentences.flatMap((s) => s.reveals.filter((r) => r.plot >= 0)) : [];
  // `earlierThan`: in a region about the whole show or its end, words that tell only earlier events are theirs.
  if (reveals.length > 0 && reveals.every((r) => r.episode < earlierThan)) return false;
  if (talk) {
    // Under a post that opens talk about the whole show, a comment that tells an event in the catalog's terms is judged by it.
    if (reveals.length > 0) return false;
    if ((analysis?.characters.length ?? 0) === 0 && ownWordCount(text, talk.author) <= CHATTER_WORDS) return false;
  }
  // `subtitle`: a title whose own words tell an event ("Helena dies: … ending explained") is judged by them.
  if (subtitle && reveals.length > 0) return false;
  // `story`: a post that names its episode itself ("ep 4 is where i got hooked") tells of it only when it names someone or something of the show.
  // A content warning names what the region holds ("this episode contains sexual violence"): never chatter.
  if (isContentWarning(text)) return true;
  // Nor one whose words open on its episode as a label, a caption's ("cap. 4 · la carne asada del motín"): what follows is
  // that episode's; nor one that tags its own words as a spoiler ("[spoiler]fíjate en quién se queda de jefe[/spoiler]").
  // So is an item of a list that tags itself with its episode ("Lección 9 · Apagón de ciudad completa (cap. 6)").
  if ((story && hasSpoilerTag(text)) || ((story || unit) && labelsItsEpisode(text))) return true;
  if (story && reveals.length === 0 && (analysis?.characters.length ?? 0) === 0) return false;
  // `author`: the comment's author line, when it can be found: only its own words are counted.
  if (unit && reveals.length === 0 && (analysis?.characters.length ?? 0) === 0 && wordsOf(text, author?.()) <= CHATTER_WORDS) return false;
  return true;
}

/** A short label that names an episode, a separator, then words of its own: "cap. 4 · la carne asada del motín", "Ep 6 — the blackout". */
const EPISODE_LABEL = /^\s*([^·:|—–\n]{1,14}?)\s*[·:|—–]\s*(\S[\s\S]*)$/u;
/** Fewer words than this after the label is a label alone ("Ep 3 · 12 min"). */
const MIN_LABELLED_WORDS = 3;

/** An episode in brackets that opens or closes an item's first line, its tag ("Lección 9 · Apagón de ciudad completa (cap. 6)", "[Ep 4] …"). */
const BRACKETED = /^\s*[([]\s*([^()[\]]{1,14}?)\s*[)\]]|[([]\s*([^()[\]]{1,14}?)\s*[)\]]\s*$/u;

/**
 * Whether `text` opens on an episode as a label, or its first line is tagged with one in brackets, with words of its own
 * (a caption of that episode). Not an episode in brackets further on ("Currently watching: Prison Cell 211 (ep 6)").
 */
export function labelsItsEpisode(text: string): boolean {
  const m = EPISODE_LABEL.exec(text);
  if (m !== null && episodeScope(m[1]!, Number.MAX_SAFE_INTEGER) !== undefined && wordCount(m[2]!) >= MIN_LABELLED_WORDS) return true;
  const first = /^\s*(.*)/.exec(text)![1]!;
  const b = first.includes('(') || first.includes('[') ? BRACKETED.exec(first) : null;
  if (b === null) return false;
  // A question tagged so ("Who is Baldor? (episode 1)") says where its answer lies: the section under it, not its own words.
  const own = first.replace(b[0], ' ').trim();
  return !/[?？]$/.test(own) && !own.startsWith('¿') && episodeScope(b[1] ?? b[2]!, Number.MAX_SAFE_INTEGER) !== undefined && wordCount(own) >= MIN_LABELLED_WORDS;
}

/** A comment's words: its own when its author line is known (whole-show.ts), else all of them. */
function wordsOf(text: string, author: string | undefined): number {
  return author ? ownWordCount(text, author) : wordCount(text);
}

/**
 * Ids of reveals read in a box of its own around the main content (a "trending" or "related" box, a
 * sidebar) whose own words name the show: its items are judged by their own words even on a page that
 * is not about the show, while the box never makes the page about it.
 */
export const NAMED_BOX_PREFIX = 'box:';

/** `analysis` with every catalog reveal marked as read in a box that names the show. */
export function inNamedBox<A extends BlockAnalysis>(analysis: A): A {
  if (analysis.sentences.length === 0) return analysis;
  const mark = (r: PlotMatch): PlotMatch => (r.plot >= 0 && !r.id.startsWith(NAMED_BOX_PREFIX) ? { ...r, id: `${NAMED_BOX_PREFIX}${r.id}` } : r);
  return { ...analysis, sentences: analysis.sentences.map((s) => ({ ...s, reveals: s.reveals.map(mark) })) };
}

/** A question that only brings up a topic ("¿Y la famosa mano de Baldor?", "And the blackout?", "What about the hand?"). */
const TOPIC = /^(?:y|and|what about|how about) (?:el|la|los|las|lo de|the|that|this)\b/;

/** Words that open a question whose asking presumes what it asks about ("Who killed Carajo?"). */
const PRESUMING = /^(?:who|whom|whose|why|how|what|when|where|which|quien(?:es)?|por ?que|como|que|cuando|donde|cual(?:es)?)\b/;

/**
 * Words that make a yes-or-no question presume its event: "Did Juan really cut off Baldor's hand?", "Did Ramírez have to
 * die?", "¿De verdad Juan tenía que cortarle la mano a Baldor?" ask whether it was real or needed, not whether it happened;
 * "¿Así nomás se escapa y ya?", "He just walks out like that?" ask how it could.
 */
const PRESUMED = /\b(?:really|actually|have to|had to|just like that|de verdad|en serio|neta|realmente|tenia que|tuvo que|asi nomas|asi nada mas|asi como asi)\b/;

/**
 * A verb that takes what follows as true, unless it asks "if": "Did Ramírez know Helena was dead when he said she was
 * stable?", "¿Juan sabía que Helena había muerto?" presume her death; "Does anyone know if Calancho dies?" does not.
 */
const KNOWING = /\b(?:know|knows|knew|realiz\w*|realis\w*|sabia|sabe|supo|se entera|se entero)\b(?!\s+(?:if|whether|si)\b)/;

/** What opens the words right after a question that answers it yes ("? Yes, and it breaks Juan", "? Sí: en el 5"). */
const ANSWERED_YES = /^\s*[-–—:]?\s*(?:yes|yeah|yep|yup|s[ií]|claro|of course|por supuesto)(?!\p{L})/iu;

/** An event named as a noun, which a question about it presumes ("Calancho's death", "la muerte de Helena", "his sacrifice"). */
const NAMED_EVENT = /\b(?:death|murder|killing|sacrifice|downfall|betrayal|muerte|asesinato|sacrificio|traicion)\b/;

/**
 * Words an English question that asks yes or no opens on ("Does Calancho die?", "Is Helena dead?"). Without them
 * (and without a Spanish "¿"), question marks end a phrase said in surprise, which tells: "the guy with the
 * flamethrower at the end of ep 1???", "Internet behind bars? The cartel accountant's luxury cell".
 */
const ASKING = /^(?:do|does|did|is|are|was|were|will|would|can|could|should|shall|has|have|had|may|might|must|am)(?:n'?t)?\b/;

/**
 * `analysis` without the reveals of sentences of `text` that only ask yes or no ("Does Calancho
 * die?", "¿Muere Calancho?"): a headline or a heading that asks tells nothing (its section, if it
 * answers, is scoped by regions.ts). A question that presumes the event ("Who killed Carajo?") keeps them.
 */
export function withoutYesNoQuestions<A extends BlockAnalysis>(analysis: A, text: string): A {
  /** Where in `text` the sentence's yes-or-no question starts, or -1 when it asks none. */
  const askedFrom = (s: { start: number; end: number }): number => {
    const raw = text.slice(s.start, s.end);
    const sentence = raw.trim();
    const from = s.start + raw.indexOf(sentence);
    // A search typed in lower case asks without a question mark ("does calancho die prison cell 211 ending").
    if (!/[?？]$/.test(sentence)) return sentence === sentence.toLowerCase() && ASKING.test(sentence) && !PRESUMING.test(sentence) ? from : -1;
    // The question itself: from its opening "¿" (Spanish marks where a question starts: "FINAL EXPLICADO 🔥
    // ¿Por qué Juan se queda?"), else after a "Show:" prefix.
    const open = sentence.lastIndexOf('¿');
    const at = open >= 0 ? open : sentence.lastIndexOf(':') + 1;
    const question = withoutMarks(sentence.slice(at).replace(/^[\s¿"'“‘«]+/, ''));
    // One word asked is a cry of surprise that names what happened ("¿¿LANZALLAMAS??"), not a question.
    if (!/\p{L}+[^\p{L}]+\p{L}/u.test(question)) return -1;
    if (open < 0 && !ASKING.test(question)) return -1;
    // "¿Y el apagón del último capítulo?", "And the hand?": a topic brought up, no question of whether it happened.
    if (TOPIC.test(question) || PRESUMED.test(question) || KNOWING.test(question)) return -1;
    // "Does Calancho die, and why does Juan stay?" presumes in its second clause.
    return question.split(/,|;|\band\b|\by\b|\bor\b|\bo\b/).some((clause) => PRESUMING.test(clause.trim())) ? -1 : from + at;
  };
  if (!analysis.sentences.some((s) => askedFrom(s) >= 0)) return analysis;
  // What is told before the question opens still tells: "Juan como vocero de los reos: ¿un abogado puede hacer eso?". So does
  // an event the question names as a thing that was ("was Calancho's death a mercy killing?", "¿la muerte de Helena se pudo evitar?").
  const kept = analysis.sentences.flatMap((s) => {
    const at = askedFrom(s);
    // A question answered at once, "yes", tells: "DOES HELENA DIE IN PRISON CELL 211? YES, AND IT BREAKS JUAN".
    if (at < 0 || s.reveals.every((r) => r.plot < 0) || ANSWERED_YES.test(text.slice(s.end, s.end + 24))) return [s];
    const before = s.reveals.filter((r) => r.plot >= 0 && (r.end <= at || NAMED_EVENT.test(withoutMarks(text.slice(r.start, r.end)))));
    return before.length > 0 ? [{ ...s, reveals: before }] : [];
  });
  return { ...analysis, sentences: kept };
}
