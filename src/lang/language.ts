/**
 * What the matcher knows about one language, as data: the small words, pronouns and
 * phrasings that every show's catalog relies on. en.ts and es.ts fill it in, and
 * index.ts combines them, because one page (a thread, a review) may mix languages.
 * Words are normalised (lower case, no accents, see normalize.ts) unless a field says
 * it is matched against raw text.
 */
export type Gender = 'f' | 'm';

export interface LanguageRules {
  /** Pronouns that can stand for a character named before, with the gender each carries. */
  pronouns: ReadonlyArray<readonly [string, Gender]>;
  /** Of those pronouns, the ones that only own something ("his death"), never the one acted on. */
  possessivePronouns: readonly string[];
  /** Object clitics that stand before a verb for someone named earlier ("Calancho lo mata"), with their gender. */
  clitics: Readonly<Record<string, Gender | undefined>>;
  /** Words too common to tell that a text is about anyone, even inside a character's description. */
  notTelling: readonly string[];
  /** Small words an event pattern can do without ("hole in the wall" also reads "hole in a wall"). */
  optionalWords: readonly string[];
  /** Definite articles a description may be used without ("Prison Cell 211's warden"). */
  articles: readonly string[];
  /** Small words the reader's own phrase may do without ("the tunnel" finds "tunnel"). */
  phraseSmallWords: readonly string[];
  /** Words after which the subject of the last event carries over ("… and then dead"). */
  then: readonly string[];
  /** Words that make the next name the doer, not the one done to ("killed by Juan"). */
  agentMarkers: readonly string[];
  /**
   * Words that join a second verb to the first one's subject ("Calancho makes him fight Juan and then
   * kills him": Calancho kills, not Juan).
   */
  coordinators: readonly string[];
  /**
   * Words that set a work aside as the one compared with ("not in the film", "like in the movie", "como en la
   * película"): a sentence that names a work after them speaks of the other one (src/decide/works.ts).
   */
  comparing: readonly string[];
  /** Words before a name that say a real person is meant ("a woman named Helena"). */
  namedBefore: readonly string[];
  /**
   * Words before a title written in lower case that make it the place the title is named after ("the door of cell
   * 211", "en la celda 211"), not the work.
   */
  placeBefore: readonly string[];
  /** The word between such a word and the name ("identified as Juan"). */
  namedAs: readonly string[];
  /** Real-world roles that stand before such a word ("a woman named …"); the show's roles are left out. */
  personWords: readonly string[];
  /**
   * Real-world roles that follow a name and a comma ("Elena, a nurse from Monterrey,"). Matched against raw
   * text without regard to case, so accented spellings are listed as well as plain ones.
   */
  personRoles: readonly string[];
  /** Articles that may stand between the comma and such a role (raw text, any case). */
  personArticles: readonly string[];
  /** Words that may stand between the article and the role ("a retired teacher"; raw text, any case). */
  personAdjectives: readonly string[];
  /** Words that may stand between a name's comma and an age ("Helena, 61," "Elena, de 45 años"; raw text, any case). */
  beforeAge: readonly string[];
  /** Words that mean the same to a plot pattern: auxiliaries and negations collapse onto one. */
  canonical: Readonly<Record<string, string>>;
  /** Words that are two words to a pattern: contractions, and negations typed without the apostrophe. */
  split: Readonly<Record<string, readonly string[]>>;
  /** What may follow an apostrophe and is dropped ("Calancho's", "she'll"); "n't" is read apart. */
  droppedTails: readonly string[];
  /** Stems of "n't" contractions that are not the verb itself ("ca" of "can't"). */
  negativeStems: Readonly<Record<string, string>>;
  /**
   * Endings a word may carry, cut to find its family ("kills", "killed", "killing" are "kill"), and set
   * aside in the reader's own words ("dies" also finds "died"). Longest first where one ends another.
   */
  endings: readonly string[];
  /** Endings that stand for a final "y" ("carries", "buried"). */
  yEndings: readonly string[];
  /** Final vowels that mark gender, cut to join a family ("muerto", "muerta", "muerte"). */
  genderVowels: readonly string[];
  /**
   * Verb endings that read as the present's third person, each with the shortest stem it leaves: a page's
   * participle or past of a regular verb reads as the verb ("ha cortado", "cortaba" → "corta").
   */
  verbEndings: Readonly<Record<string, readonly [present: string, minStem: number]>>;
  /**
   * Gerund endings, read like verbEndings but only in a reader's words, never to join the catalog's own words into
   * one family ("Calancho pidiendo celdas" → "pide"; the catalog's "mandando" stays apart from "mando").
   */
  gerundEndings: Readonly<Record<string, readonly [present: string, minStem: number]>>;
  /** Words with a verb ending (normalised) that are not a verb's participle or past: nouns, adjectives, adverbs. */
  notVerbForms: readonly string[];
  /** How kin of a character is said, `{word}` being the kin word and `{kin}` the relative ("Calancho's sister"). */
  kinPhrase: string;
  /** Abbreviations whose full stop ends no sentence (lower case, without the stop). */
  abbreviations: readonly string[];
}
