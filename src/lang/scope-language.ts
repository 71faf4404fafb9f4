/**
 * The words a page uses to say which episode it covers ("Episode 5 recap", "Capítulo 5", "season
 * finale"), one set per language (scope-en.ts, scope-es.ts). Read by src/decide/scope.
 */
export interface ScopeWords {
  /** Words that introduce an episode's number ("episode", "ep", "capítulo"). */
  episodeWords: readonly string[];
  /** Number words up to the show's length, 1-based ("one" → 1, "primer" → 1). */
  numberWords: Readonly<Record<string, number>>;
  /** Number words that count rather than rank ("one", "cinco"): "one episode at a time" names no episode. */
  cardinals: readonly string[];
  /** Regular-expression sources that mean "the last episode" or "the whole season". */
  lastEpisode: readonly string[];
  /** Regular-expression sources of words before a "last episode" phrase that put it ahead ("theories before the finale"): the text does not cover it. */
  beforeLast?: readonly string[];
  /**
   * Regular-expression sources of a warning that a text spoils the whole show ("Full spoilers!", "spoilers
   * de toda la serie"): they mean the last episode too, and a card's description that says so covers it.
   */
  spoilsAll?: readonly string[];
  /**
   * Regular-expression sources for a tag that says how far a post or card spoils, with `EP` where the episode's
   * word and number go ("EP spoilers", "post-EP"): a fan-fiction archive's "Episode 4 Spoilers", "Post-Episode 5".
   */
  spoilsUpTo?: readonly string[];
  /** Words that label a quiz's answer, folded ("Answer: Yori.", "Respuesta: b) …"): see src/shield/quiz.ts. */
  answerLabels?: readonly string[];
  /**
   * Regular-expression sources that open a question presuming something befell someone ("What happened
   * to", "¿Qué le pasó a"): with an episode named beside it, it tells that something did, in that episode.
   */
  happenedTo?: readonly string[];
  /**
   * Regular-expression sources of a question who would come back for another season ("Who could return?",
   * "¿Quién volvería?"): its answer tells who is still alive at the end, so it covers the last episode.
   */
  nextSeasonCast?: readonly string[];
  /**
   * Regular-expression sources of a knowing nod to the ending ("for reasons obvious to anyone who has seen
   * the finale", "por razones obvias para quien haya visto el final"): the paragraph tells of it, though it names it.
   */
  knowingNod?: readonly string[];
  /**
   * Regular-expression sources of a superlative of bloodshed ("bloodiest", "más sangriento"), matched against raw
   * text without regard to case: said of an episode ("Bloodiest single hour: episode 5"), it tells that people die in it.
   */
  bloodiest?: readonly string[];
  /** Regular-expression sources of a heading that gives an opinion, not the plot ("Verdict", "Thoughts"). */
  opinion: readonly string[];
  /**
   * Regular-expression sources of words that make a paragraph talk about the page, not the story (a
   * spoiler warning, "our recap goes up tomorrow"): a region's scope does not hide it.
   */
  aside: readonly string[];
  /**
   * Regular-expression sources of words that say a page was made before an episode was seen ("theories before
   * watching the last episode", "predicciones"): a card so titled covers nothing of the episode it names.
   */
  beforeWatching?: readonly string[];
  /**
   * Regular-expression sources of words that point at a scene ("the tear gas sequence", "la escena de la reja", "when
   * the colonel finally…"): a post that names its episode and points at a scene of it tells of it, no mere opinion.
   */
  sceneWords?: readonly string[];
  /**
   * Regular-expression sources of a title that counts every death of a show ("EVERY DEATH ranked", "TODAS las muertes
   * de Celda 211"): it covers the whole show, unless it names an episode of its own.
   */
  allDeaths?: readonly string[];
  /**
   * Regular-expression sources of a post's word that it tells nothing ("first impressions, NO SPOILERS", "opinión sin
   * spoilers"), folded: not one that limits it ("no spoilers past ep 3", "sin spoilers del final") or opens a hint ("no
   * spoilers, but…"). Such a post is judged by its own sentences, whatever episode the thread it is in covers.
   */
  spoilerFree?: readonly string[];
  /** Regular-expression sources that open a reminder of the episode before ("Previously on"). */
  previously: readonly string[];
  /**
   * Regular-expression sources of the words before a bare episode number in a comment that looks back
   * ("en el 2", "del 2", "x el 4"); see src/decide/scope/comment-scope.ts.
   */
  lookBack?: readonly string[];
  /**
   * Regular-expression sources of words that say what kind of page a title's part names, not what
   * happens ("discussion", "theories", "episode by episode"): such a part is no subtitle of the story.
   */
  pageKinds?: readonly string[];
  /**
   * Regular-expression sources that open a content warning ("Content note:", "Aviso de contenido:"): it
   * names what the region holds ("this episode contains sexual violence"), so it is the region's.
   */
  contentWarning?: readonly string[];
  /** Regular-expression sources of words that make a page a review: its title's subtitle is a verdict, not the plot. */
  reviewWords?: readonly string[];
  /**
   * Regular-expression sources of a post that opens talk about the whole show ("which moment broke you?", "just finished
   * it", "¿qué escena…?", "ya terminé la serie", "no abran los comentarios"): the comments under it tell of any episode,
   * up to the last (see src/decide/scope/whole-show.ts).
   */
  wholeShowTalk?: readonly string[];
  /**
   * Regular-expression sources of a post that opens talk up to an episode it names ("just finished ep 5", "spoilers
   * ok up to ep 5", "acabo de ver el capítulo 5"): the comments under it tell of that one and those before.
   */
  episodeTalk?: readonly string[];
  /**
   * Regular-expression sources of a writer saying they have not watched an episode yet, each ending where its number
   * follows ("I can't watch episode", "about to start ep", "antes de ver el"): their comment talks of the one before.
   */
  notYet?: readonly string[];
  /**
   * Regular-expression sources of the line a feed puts on a reply, each ending where the handle it answers follows
   * ("Replying to", "En respuesta a"): the reply talks of what the post it answers talks of (post-talk.ts).
   */
  replyingTo?: readonly string[];
  /**
   * Regular-expression sources of words a reply opens on that take up what the comment it answers said ("exactly,",
   * "that's why", "ese hombre…"): the reply tells what its parent tells (follow-on.ts). Matched on lower-case text
   * without accents, at the start of the reply's own words.
   */
  followOn?: readonly string[];
  /**
   * Regular-expression sources of a hint that sends the reader ahead to an episode by its bare number ("wait till 3",
   * "tú espérate al 3"): the comment points at that episode, as a look back does (comment-scope.ts).
   */
  waitFor?: readonly string[];
  /**
   * Regular-expression sources of a hint that someone does not live to an episode ("no llega ni al capítulo 5",
   * "doesn't make it to episode 5"), before its number: the comment tells of the episode before it (comment-scope.ts).
   */
  notReach?: readonly string[];
  /**
   * Words that open a clause about the work being talked about, set against another just named ("en la peli muere
   * Juan; aquí…", "in the film he dies. Here…"): normalised words, one phrase a string (works.ts).
   */
  thisWork?: readonly string[];
  /** Regular-expression sources of the show's very first scene ("the opening scene", "la primera escena"): episode 1's. */
  openingScene?: readonly string[];
}
