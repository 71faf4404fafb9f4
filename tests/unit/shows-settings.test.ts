// Issue 13, point 5 (settings side): the reader follows shows, progress is kept per show and checked
// against that show's own episode count, and the reader's own plot points belong to a show. Tested
// with two shows, one a film (the test outline stands in until the real film pack ships).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TEST_FILM, withFilm } from '../helpers/film-outline';

vi.mock('@/src/catalog/shipped', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/src/catalog/shipped')>();
  const { withFilm: add } = await import('../helpers/film-outline');
  const shows = add(real.SHIPPED_SHOWS);
  return { SHIPPED_SHOWS: shows, shippedShow: (id: string) => shows.find((s) => s.id === id) };
});

const {
  addOwnPlotPoint,
  cleanFollowedShows,
  cleanOwnPlotPoints,
  cleanShowProgress,
  episodeCount,
  exportSettingsText,
  followedShowsItem,
  hideAsSpoiler,
  hideTarget,
  importSettingsText,
  migrateOwnPlotPointsV1,
  nextUnwatched,
  ownPlotPointsItem,
  ownPlotPointsOf,
  readSettings,
  removeOwnPlotPoint,
  resetSettings,
  setFollowed,
  setProgress,
  settingsFrom,
  watchedEpisodeItem,
} = await import('@/src/settings');
const { SHIPPED_SHOWS } = await import('@/src/catalog/shipped');

const SERIES = 'prison-cell-211';
const FILM = SHIPPED_SHOWS.find((s) => s.kind === 'film')!.id;

beforeEach(() => fakeBrowser.reset());

describe('shows in the settings', () => {
  it('are tested with a series and a film', () => {
    expect(SHIPPED_SHOWS.map((s) => s.kind)).toEqual(expect.arrayContaining(['series', 'film']));
    expect(withFilm(SHIPPED_SHOWS)).toBe(SHIPPED_SHOWS);
    expect(episodeCount(SERIES)).toBe(6);
    expect(episodeCount(FILM)).toBe(1);
    expect(episodeCount('no-such-show')).toBe(0);
    expect(TEST_FILM.kind).toBe('film');
  });

  it('follow Prison Cell 211 alone by default, for new and existing readers', async () => {
    expect((await readSettings()).followedShows).toEqual([SERIES]);
    await fakeBrowser.storage.local.set({ watchedEpisode: 3, enabled: false }); // a version 1 reader
    expect(await readSettings()).toMatchObject({ followedShows: [SERIES], watchedEpisode: 3, progress: { [SERIES]: 3 } });
  });

  it('keep the followed shows in display order, once each, shipped ones only; a list may be empty', () => {
    expect(cleanFollowedShows([FILM, SERIES, FILM, 'no-such-show', 4])).toEqual([SERIES, FILM]);
    expect(cleanFollowedShows([])).toEqual([]);
    expect(cleanFollowedShows('prison-cell-211')).toEqual([SERIES]);
    expect(cleanFollowedShows(undefined)).toEqual([SERIES]);
  });

  it('check each show\'s progress against its own episode count, one entry at a time', () => {
    expect(cleanShowProgress({ [SERIES]: 6, [FILM]: 1 })).toEqual({ [SERIES]: 6, [FILM]: 1 });
    // A film has one step: 2 is out of range for it, and falls back alone.
    expect(cleanShowProgress({ [SERIES]: 4, [FILM]: 2 })).toEqual({ [SERIES]: 4 });
    expect(cleanShowProgress({ [SERIES]: 7, [FILM]: 1, 'other-show': 3 })).toEqual({ [FILM]: 1 });
    expect(cleanShowProgress(5)).toEqual({ [SERIES]: 5 }); // version 1's bare number
    expect(cleanShowProgress('x')).toEqual({});
    expect(settingsFrom({ watchedEpisode: { [SERIES]: 2, [FILM]: 1 }, followedShows: [FILM] })).toMatchObject({
      watchedEpisode: 2,
      progress: { [SERIES]: 2, [FILM]: 1 },
      followedShows: [FILM],
    });
  });

  it('set one show\'s progress and keep every other entry, also of shows not shipped', async () => {
    await watchedEpisodeItem.setValue({ 'retired-show': 2, [SERIES]: 1 });
    await setProgress(FILM, 1);
    await setProgress(SERIES, 5);
    await setProgress(FILM, 3); // not a film's progress: nothing watched
    expect(await watchedEpisodeItem.getValue()).toEqual({ 'retired-show': 2, [SERIES]: 5, [FILM]: 0 });
    expect((await readSettings()).progress).toEqual({ [SERIES]: 5 });
  });

  it('follow and unfollow one show at a time', async () => {
    await setFollowed(FILM, true);
    expect(await followedShowsItem.getValue()).toEqual([SERIES, FILM]);
    await setFollowed(SERIES, false);
    expect((await readSettings()).followedShows).toEqual([FILM]);
    await setFollowed(FILM, false);
    expect((await readSettings()).followedShows).toEqual([]);
    await resetSettings();
    expect((await readSettings()).followedShows).toEqual([SERIES]);
  });
});

describe('own plot points in the settings', () => {
  it('belong to a show, each episode checked against that show', async () => {
    expect((await addOwnPlotPoint('the tunnel', 6, SERIES)).ok).toBe(true);
    expect((await addOwnPlotPoint('the tunnel', 1, FILM)).ok).toBe(true); // the same words, another show
    expect(await addOwnPlotPoint('the ending', 2, FILM)).toEqual({ ok: false, problem: 'optKeywordInvalid' });
    expect(await addOwnPlotPoint('the ending', 1, 'no-such-show')).toEqual({ ok: false, problem: 'optKeywordInvalid' });
    const s = await readSettings();
    expect(s.ownPlotPoints).toEqual([
      { text: 'the tunnel', episode: 6, show: SERIES },
      { text: 'the tunnel', episode: 1, show: FILM },
    ]);
    expect(ownPlotPointsOf(s, FILM)).toEqual([{ text: 'the tunnel', episode: 1, show: FILM }]);
    await removeOwnPlotPoint('the tunnel', FILM);
    expect((await readSettings()).ownPlotPoints).toEqual([{ text: 'the tunnel', episode: 6, show: SERIES }]);
  });

  it('from before several shows become Prison Cell 211\'s, by the stored migration and on every read', async () => {
    const v1 = [{ text: 'the tunnel', episode: 4 }, { text: 'the gate', episode: 1, show: FILM }, 'junk'];
    expect(migrateOwnPlotPointsV1(v1)).toEqual([{ text: 'the tunnel', episode: 4, show: SERIES }, { text: 'the gate', episode: 1, show: FILM }, 'junk']);
    expect(cleanOwnPlotPoints(v1)).toEqual([{ text: 'the tunnel', episode: 4, show: SERIES }, { text: 'the gate', episode: 1, show: FILM }]);
    await fakeBrowser.storage.local.set({ ownPlotPoints: [{ text: 'the tunnel', episode: 4 }], ownPlotPoints$: { v: 1 } });
    await ownPlotPointsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.ownPlotPoints).toEqual([{ text: 'the tunnel', episode: 4, show: SERIES }]);
    expect(stored.ownPlotPoints$).toEqual({ v: 2 });
  });

  it('drop one whose episode its show does not have, and keep the rest', () => {
    expect(cleanOwnPlotPoints([{ text: 'the gate', episode: 2, show: FILM }, { text: 'the gate', episode: 2, show: SERIES }, { text: 'x', episode: 1, show: 'gone' }])).toEqual([
      { text: 'the gate', episode: 2, show: SERIES },
    ]);
  });

  it('picked on a page go to the first followed show, at its next episode not watched', async () => {
    await setProgress(SERIES, 2);
    expect(nextUnwatched(2, SERIES)).toBe(3);
    expect(nextUnwatched(0, FILM)).toBe(1);
    expect(nextUnwatched(1, FILM)).toBe(1);
    await hideAsSpoiler('the tunnel');
    await setFollowed(SERIES, false);
    await setFollowed(FILM, true);
    await hideAsSpoiler('the gate');
    expect((await readSettings()).ownPlotPoints).toEqual([
      { text: 'the tunnel', episode: 3, show: SERIES },
      { text: 'the gate', episode: 1, show: FILM },
    ]);
  });

  it('the context menu offers what "Hide this as a spoiler" stores: the first followed show, hidden once it is all watched', async () => {
    await setProgress(SERIES, 6);
    expect(hideTarget(await readSettings())).toEqual({ showId: SERIES, episode: 6, allWatched: true });
    await setFollowed(SERIES, false);
    await setFollowed(FILM, true);
    expect(hideTarget(await readSettings())).toEqual({ showId: FILM, episode: 1, allWatched: false });
    await setProgress(FILM, 1);
    expect(hideTarget(await readSettings())).toEqual({ showId: FILM, episode: 1, allWatched: true });
  });
});

describe('the export file, version 4', () => {
  it('round-trips the followed shows, every show\'s progress and each plot point\'s show', async () => {
    await setFollowed(FILM, true);
    await setProgress(FILM, 1);
    await setProgress(SERIES, 4);
    await addOwnPlotPoint('the gate', 1, FILM);
    const text = await exportSettingsText();
    expect(JSON.parse(text)).toMatchObject({ version: 4, settings: { followedShows: [SERIES, FILM], watchedEpisode: { [SERIES]: 4, [FILM]: 1 } } });
    expect(JSON.parse(text).settings).not.toHaveProperty('progress');
    const before = await readSettings();
    await fakeBrowser.storage.local.clear();
    expect((await importSettingsText(text)).ok).toBe(true);
    expect(await readSettings()).toEqual(before);
  });

  it('imports a version 3 file: its plot points become Prison Cell 211\'s, and the followed shows stay', async () => {
    await setFollowed(FILM, true);
    const v4 = JSON.parse(await exportSettingsText());
    const { followedShows: _, ...settings } = v4.settings;
    const v3 = { ...v4, version: 3, settings: { ...settings, ownPlotPoints: [{ text: 'the tunnel', episode: 5 }] } };
    expect(await importSettingsText(JSON.stringify(v3))).toMatchObject({ ok: true });
    expect(await readSettings()).toMatchObject({ followedShows: [SERIES, FILM], ownPlotPoints: [{ text: 'the tunnel', episode: 5, show: SERIES }] });
  });
});
