/**
 * What the shield says about a hidden passage, everywhere it says it (the hint card, a hidden
 * block's accessible name, a neutral title, alt or aria-label, the neutral tab title): only
 * "Spoiler · <show> · episode N". Never what kind of event it hides: "A death in episode 5" tells a
 * reader that someone dies (issue 16, point 1).
 */
import type { Lang } from '../../catalog/types';
import type { Translate } from '../../i18n';

/** A show's title as a catalog gives it: one string, or one per language (English is the fallback). */
export type ShowTitle = string | Partial<Record<Lang, string>>;

/**
 * The show's title in the interface's language. The one place the shield reads it, so that a
 * catalog with titles per language (Spanish titles, issue 16 point 8) plugs in here.
 */
export function showTitleOf(catalog: { title?: ShowTitle } | undefined, lang: Lang): string {
  const title = catalog?.title;
  if (typeof title === 'string') return title;
  return title?.[lang] ?? title?.en ?? '';
}

/** How the labels name one show: its title in the interface's language, and whether it is a film (no episodes). */
export interface ShowName {
  title: string;
  film?: boolean;
}

/**
 * Where a passage's spoiler lies: an episode of the first show, or a hint that says which shows
 * (and which episode of each) the passage spoils.
 */
export type SpoilerAt = number | { episode: number; parts?: ReadonlyArray<{ showId: string; episode: number }> };

type LabelKey = 'hintTitle' | 'hiddenLabel' | 'hintRevealedTitle' | 'neutralTitle';

/** The words for the followed shows' hidden passages, in the interface's language. */
export class SpoilerWords {
  private readonly shows: ReadonlyMap<string, ShowName>;
  private readonly first: ShowName;

  constructor(
    private readonly t: Translate,
    /** The followed shows by id, the first show first; or one show's title (empty when no catalog gave one). */
    shows: string | ReadonlyMap<string, ShowName>,
  ) {
    this.shows = typeof shows === 'string' ? new Map([['', { title: shows }]]) : shows;
    this.first = this.shows.values().next().value ?? { title: '' };
  }

  /** "Spoiler · Prison Cell 211 · episode 5" ("Spoiler · Cell 211" for a film): the card's title, and a neutral title, alt or aria-label. */
  label(at: SpoilerAt): string {
    return this.say('hintTitle', at);
  }

  /** A hidden passage's accessible name: its label, and how to reveal it. */
  accessibleName(at: SpoilerAt): string {
    return this.say('hiddenLabel', at);
  }

  /** The card's title on a passage the reader revealed ("Revealed · Prison Cell 211 · episode 5"). */
  revealed(at: SpoilerAt): string {
    return this.say('hintRevealedTitle', at);
  }

  /** The tab's title while the page's own would spoil; it keeps the site's name. */
  pageTitle(at: SpoilerAt, site: string): string {
    return this.say('neutralTitle', at, site);
  }

  /** Whether a followed show is a film (its labels and the card name no episode). */
  isFilm(showId: string | undefined): boolean {
    return showId !== undefined && this.shows.get(showId)?.film === true;
  }

  private say(key: LabelKey, at: SpoilerAt, ...rest: Array<string | number>): string {
    const { show, episode } = this.whose(at);
    // Without a show title, "Spoiler ·  · episode 5" becomes "Spoiler · episode 5".
    const tidy = (text: string) => (show.title ? text : text.replace(/ · +· /, ' · '));
    return tidy(show.film ? this.t(`${key}Film`, show.title, ...rest) : this.t(key, show.title, episode, ...rest));
  }

  /**
   * The show (or shows, named together) and the episode a label speaks of. A passage that spoils
   * several shows names them all, with the latest episode of the series among them.
   */
  private whose(at: SpoilerAt): { show: ShowName; episode: number } {
    const parts = typeof at === 'number' ? undefined : at.parts;
    const episode = typeof at === 'number' ? at : at.episode;
    const named = (parts ?? []).map((p) => ({ ...p, name: this.shows.get(p.showId) })).filter((p) => p.name !== undefined);
    if (named.length === 0) return { show: this.first, episode };
    if (named.length === 1) return { show: named[0]!.name!, episode: named[0]!.episode };
    const series = named.filter((p) => !p.name!.film);
    return {
      show: { title: named.map((p) => p.name!.title).join(' / '), film: series.length === 0 },
      episode: Math.max(0, ...series.map((p) => p.episode)),
    };
  }
}
