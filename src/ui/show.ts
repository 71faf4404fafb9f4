/**
 * The shows as the popup, the options page and the welcome page name them: the shipped outline
 * (src/catalog/shipped.ts) in the interface's language, Spanish titles where they are known and
 * English otherwise. The pages never load a catalog.
 */
import { SHIPPED_SHOWS, type ShowOutline } from '../catalog/shipped';
import type { Episode, Lang } from '../catalog/types';
import type { Translate } from '../i18n';

/** A show with its title and episode titles in one language, as the progress menus take it. */
export interface ShownShow {
  id: string;
  kind: ShowOutline['kind'];
  title: string;
  episodes: Episode[];
}

/** `text` in `lang`, else in English. */
function inLang(text: { en: string; es?: string }, lang: Lang): string {
  return (lang === 'es' ? text.es : undefined) ?? text.en;
}

/** One shipped show in `lang`. */
export function shownShow(show: ShowOutline, lang: Lang): ShownShow {
  return {
    id: show.id,
    kind: show.kind,
    title: inLang(show.title, lang),
    episodes: show.episodes.map((e) => (e.title?.en ? { number: e.number, title: inLang(e.title, lang) } : { number: e.number })),
  };
}

/** Every shipped show in `lang`, in display order. */
export function shownShows(lang: Lang, shows: readonly ShowOutline[] = SHIPPED_SHOWS): ShownShow[] {
  return shows.map((show) => shownShow(show, lang));
}

/** The label of a show's progress menu: "Prison Cell 211: watched up to", or "Celda 211 (film)". */
export function progressLabel(show: ShownShow, t: Translate): string {
  return show.kind === 'film' ? t('showFilmProgress', show.title) : t('showSeriesProgress', show.title);
}

/** What a show is, beside its title: "Series, 6 episodes", or "Film". */
export function showKind(show: ShownShow, t: Translate): string {
  return show.kind === 'film' ? t('showKindFilm') : t('showKindSeries', show.episodes.length);
}
