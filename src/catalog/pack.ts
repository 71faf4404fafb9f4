/**
 * The shape of a show pack in data/*.json (format 2, issue 13): the show's facts only. Who is in it,
 * which episode reveals what, and each plot point as a frame: an event type from src/lang/events
 * with its participants by role. The words for "dies" or "se queda" are the language's, never the
 * pack's. expand.ts turns a pack into the matcher's Catalog; docs/adding-a-show.md explains it and
 * docs/pack.schema.json is its JSON Schema.
 */
import type { Role } from '../lang/events/types';
import type { Character, Lang } from './types';

export type Kind = 'series' | 'film';

/** A text in the interface's languages: English always, Spanish where known. */
export interface LangText {
  en: string;
  es?: string;
}

/**
 * One participant: `@characterId`, a literal phrase said the same way in every language ("25",
 * "police station"), or phrases per language ({"en": ["hand"], "es": ["mano"]}).
 */
export type Participant = string | Partial<Record<Lang, string[]>>;

/** An event type and its participants by role (one participant or a list). */
export interface Frame {
  event: string;
  roles: Partial<Record<Role, Participant | Participant[]>>;
}

export interface PackPlotPoint extends Frame {
  id: string;
  /** The episode in which a viewer first learns this; 0 is the premise (never hidden). */
  episode: number;
  /** Shown on the blur; must give nothing away. */
  label: Record<Lang, string>;
  /** More events the same plot point is told by ("exposed, made to fight and killed"). */
  also?: Frame[];
  /** More subjects, besides the main frame's participants (an unnamed "the baby"). */
  subjects?: string[];
  /** Phrases only this plot point needs, in the catalog pattern syntax (see types.ts PlotPoint.events). */
  phrases?: Partial<Record<Lang, string[]>>;
}

export interface PackEpisode {
  number: number;
  title?: Partial<Record<Lang, string>>;
}

export interface ShowPack {
  format: 2;
  id: string;
  kind: Kind;
  title: LangText;
  /** Other titles reviews use (translations, short forms). */
  otherTitles?: string[];
  /**
   * Words that say a passage speaks of this work rather than another of the same name ("the
   * Netflix series", "la película de Monzón"). See src/decide/works.ts.
   */
  markers?: Partial<Record<Lang, string[]>>;
  /** Names from other works: a sentence naming one says nothing about this show. */
  otherWorks?: string[];
  episodes: PackEpisode[];
  characters: Character[];
  plotPoints: PackPlotPoint[];
}
