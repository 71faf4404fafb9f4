/**
 * The shows shipped with the extension, as the popup, the options page and the welcome page name
 * them: id, kind, titles and episodes only. A small outline, written beside the packs, so that the
 * extension's pages never load a catalog (tests/unit/shipped.test.ts checks it against each pack in
 * data/). A film has one step of progress: episode 1 is the film itself (0 = not watched, 1 = watched).
 */
export interface ShowOutline {
  id: string;
  kind: 'series' | 'film';
  title: { en: string; es?: string };
  /** Every episode; a title only where one is known (an untitled episode is shown as "Episode N"). */
  episodes: { number: number; title?: { en: string; es?: string } }[];
}

/** Every pack shipped with the extension, in display order. */
export const SHIPPED_SHOWS: readonly ShowOutline[] = [
  {
    id: 'prison-cell-211',
    kind: 'series',
    title: { en: 'Prison Cell 211', es: 'Celda 211' },
    episodes: [
      { number: 1, title: { en: 'Change of Plans' } },
      { number: 2 },
      { number: 3 },
      { number: 4 },
      { number: 5 },
      { number: 6, title: { en: 'The King Is Dead, Long Live The King' } },
    ],
  },
];

/** The shipped show with this id, if there is one. */
export function shippedShow(id: string): ShowOutline | undefined {
  return SHIPPED_SHOWS.find((show) => show.id === id);
}
