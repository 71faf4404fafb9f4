/**
 * A film outline for tests only, until the real 2009 film pack (`celda-211-2009`) ships: the popup,
 * the options page and the settings are tested with two shows, one of them a film. Once
 * SHIPPED_SHOWS holds a film, `withFilm` gives SHIPPED_SHOWS unchanged, so the same tests then run
 * against what really ships.
 */
import type { ShowOutline } from '../../src/catalog/shipped';

export const TEST_FILM: ShowOutline = {
  id: 'celda-211-2009',
  kind: 'film',
  title: { en: 'Cell 211 (2009)', es: 'Celda 211 (2009)' },
  episodes: [{ number: 1, title: { en: 'Cell 211', es: 'Celda 211' } }],
};

/** `shows`, with TEST_FILM after them when none of them is a film. */
export function withFilm(shows: readonly ShowOutline[]): readonly ShowOutline[] {
  return shows.some((show) => show.kind === 'film') ? shows : [...shows, TEST_FILM];
}
