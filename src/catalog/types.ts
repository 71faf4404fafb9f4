/** The shape of a show catalog in data/*.json. See validate.ts for the rules. */

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

export interface Episode {
  number: number;
  /** The episode's title, where one is known. */
  title?: string;
}

export interface Character {
  id: string;
  gender: 'f' | 'm';
  /**
   * An everyday name (Juan, Elena, "carajo" is also a swear word): two everyday
   * names alone are not evidence that a page is about the show.
   */
  everyday?: boolean;
  /** Every spelling of the name, full names first. */
  names: string[];
  /** How reviews refer to the character without a name ("the warden"). */
  descriptions: Record<Lang, string[]>;
  /** Kin of another character: "Calancho's sister", "la hermana de Calancho", whichever way he is named. */
  relations?: Relation[];
}

export interface Relation {
  /** The other character's id. */
  of: string;
  /** The kin words ("sister", "hermana"). */
  words: Record<Lang, string[]>;
}

export interface PlotPoint {
  id: string;
  /** The episode in which a viewer first learns this; 0 is the premise. */
  episode: number;
  /** Shown on the blur, in each language of the interface; must give nothing away. */
  label: Record<Lang, string>;
  /** Who or what it is about: `@characterId` or a literal phrase. */
  subjects: string[];
  /**
   * How the event is said. `{who}` stands for one of the subjects, `{@id}` for one
   * particular character; its place says where the subject stands ("{who} dies",
   * "kills {who}"). Without a slot, a subject anywhere in the sentence will do.
   * `{who's}` is a possessive ("{who's} death"); `{lo}` is a Spanish object clitic
   * before the verb ("{lo} mata": "Calancho lo mata" kills him, not Calancho).
   * `~group` stands for any phrase of a word group, in the pattern's language.
   */
  events: Record<Lang, string[]>;
}

export interface Catalog {
  schemaVersion: 1;
  id: string;
  titles: string[];
  episodes: Episode[];
  characters: Character[];
  /** Phrases said once and used by many patterns as `~name` ("~die": dies, passes away, muere…). */
  wordGroups: Record<string, Record<Lang, string[]>>;
  /**
   * Names and phrases that put a sentence about another work (the 2009 film, other
   * shows): such a sentence reveals nothing of this show.
   */
  otherWorks: string[];
  /** Words that say a passage speaks of this work (see ShowPack.markers), every language together. */
  markers?: string[];
  /** Set phrases of the languages whose words are never event words ("derechos violados"); see src/lang/idioms.ts. */
  idioms?: string[];
  /** A series, or a film (one step of progress). */
  kind?: 'series' | 'film';
  plotPoints: PlotPoint[];
}
