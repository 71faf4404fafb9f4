// How the extension's pages name the shows (src/ui/show.ts, src/popup/text.ts): Spanish titles in
// the Spanish interface where known (English otherwise), episodes not watched as "Episode N" only,
// and a film as "Not watched / Watched".
import { SHIPPED_SHOWS, shippedShow } from '@/src/catalog/shipped';
import { episodeOptions } from '@/src/popup/text';
import { progressLabel, showKind, shownShow, shownShows } from '@/src/ui/show';
import { TEST_FILM } from '../helpers/film-outline';
import { tEn, tEs } from '../helpers/i18n';

const series = shippedShow('prison-cell-211')!;

describe('the shows as the pages name them', () => {
  it('use the Spanish title in Spanish, and the English one where no Spanish is known', () => {
    expect(shownShow(series, 'en').title).toBe('Prison Cell 211');
    expect(shownShow(series, 'es').title).toBe('Celda 211');
    // No Spanish episode titles are known: the English ones stand.
    expect(shownShow(series, 'es').episodes[0]).toEqual({ number: 1, title: 'Change of Plans' });
    expect(shownShow(series, 'es').episodes[1]).toEqual({ number: 2 });
    expect(shownShow(TEST_FILM, 'es')).toEqual({ id: 'celda-211-2009', kind: 'film', title: 'Celda 211 (2009)', episodes: [{ number: 1, title: 'Celda 211' }] });
    expect(shownShow({ ...TEST_FILM, title: { en: 'Only English' } }, 'es').title).toBe('Only English');
    expect(shownShows('en').map((s) => s.id)).toEqual(SHIPPED_SHOWS.map((s) => s.id));
  });

  it('name only the episodes watched; the later ones are "Episode N"', () => {
    const show = shownShow(series, 'en');
    expect(episodeOptions(show, tEn, 0).map((o) => o.text)).toEqual(['Nothing yet', 'Episode 1', 'Episode 2', 'Episode 3', 'Episode 4', 'Episode 5', 'Episode 6']);
    expect(episodeOptions(show, tEn, 1)[1]!.text).toBe('Episode 1 · Change of Plans');
    expect(episodeOptions(show, tEn, 5)[6]!.text).toBe('Episode 6');
  });

  it('give a film two choices, whatever its one episode is called', () => {
    const film = shownShow(TEST_FILM, 'en');
    expect(episodeOptions(film, tEn, 0)).toEqual([{ value: 0, text: 'Not watched' }, { value: 1, text: 'Watched' }]);
    expect(episodeOptions(shownShow(TEST_FILM, 'es'), tEs, 1).map((o) => o.text)).toEqual(['Sin ver', 'Vista']);
  });

  it('label each show\'s menu with its title, and say what it is', () => {
    expect(progressLabel(shownShow(series, 'en'), tEn)).toBe('Prison Cell 211: watched up to');
    expect(progressLabel(shownShow(series, 'es'), tEs)).toBe('Celda 211: visto hasta');
    expect(progressLabel(shownShow(TEST_FILM, 'en'), tEn)).toBe('Cell 211 (2009) · film');
    expect(showKind(shownShow(series, 'en'), tEn)).toBe('Series, 6 episodes');
    expect(showKind(shownShow(TEST_FILM, 'es'), tEs)).toBe('Película');
  });
});
