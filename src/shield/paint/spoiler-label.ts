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

/** The words for one show's hidden passages, in the interface's language. */
export class SpoilerWords {
  constructor(
    private readonly t: Translate,
    /** The show's title; empty when no catalog gave one (then the labels leave it out). */
    readonly show: string,
  ) {}

  /** "Spoiler · Prison Cell 211 · episode 5": the card's title, and a neutral title, alt or aria-label. */
  label(episode: number): string {
    return this.tidy(this.t('hintTitle', this.show, episode));
  }

  /** A hidden passage's accessible name: its label, and how to reveal it. */
  accessibleName(episode: number): string {
    return this.tidy(this.t('hiddenLabel', this.show, episode));
  }

  /** The card's title on a passage the reader revealed ("Revealed · Prison Cell 211 · episode 5"). */
  revealed(episode: number): string {
    return this.tidy(this.t('hintRevealedTitle', this.show, episode));
  }

  /** The tab's title while the page's own would spoil; it keeps the site's name. */
  pageTitle(episode: number, site: string): string {
    return this.tidy(this.t('neutralTitle', this.show, episode, site));
  }

  /** Without a show title, "Spoiler ·  · episode 5" becomes "Spoiler · episode 5". */
  private tidy(text: string): string {
    return this.show ? text : text.replace(/ · +· /, ' · ');
  }
}
