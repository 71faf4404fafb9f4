import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  cleanDisabledSites,
  cleanWatchedEpisode,
  disabledSitesItem,
  isShieldOn,
  readSettings,
  rememberNotSpoiler,
  setSiteEnabled,
  exportSettingsText,
  importSettingsText,
  setWatchedEpisode,
  settingsFrom,
  watchSettings,
  watchedEpisodeItem,
  DEFAULT_SETTINGS,
  SETTING_KEYS,
} from '@/src/settings';
import { siteKey } from '@/src/site';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('start from their fallbacks', async () => {
    expect(await readSettings()).toEqual({
      watchedEpisode: 0, enabled: true, disabledSites: [], notSpoilers: {},
      look: 'blur', blurStrength: 3, revealMode: 'click', ownPlotPoints: [], pausedUntil: 0, pausedSites: {},
      followedShows: ['prison-cell-211'], progress: {},
    });
  });

  it('fall back field by field and keep the rest', async () => {
    await fakeBrowser.storage.local.set({
      watchedEpisode: 'three',
      enabled: false,
      disabledSites: ['www.Example.com', 7, ''],
      notSpoilers: { 'www.a.example': ['0123456789abcdef', 'nope'], 'b.example': 'x' },
      look: 'bar',
      blurStrength: 11,
      revealMode: 'hover',
      ownPlotPoints: [{ text: 'the tunnel', episode: 4 }, { text: 'x', episode: 0 }, 'tunnel', { text: '  ', episode: 2 }, { text: 'The  Tunnel ', episode: 5 }],
    });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      look: 'bar',
      ownPlotPoints: [{ text: 'The Tunnel', episode: 5, show: 'prison-cell-211' }],
      watchedEpisode: 0,
      enabled: false,
      disabledSites: ['example.com'],
      notSpoilers: { 'a.example': ['0123456789abcdef'] },
    });
  });

  it('accept only whole episodes from 0 to 6', () => {
    expect([3, 6, 0].map(cleanWatchedEpisode)).toEqual([3, 6, 0]);
    expect([7, -1, 2.5, NaN, null, '4'].map(cleanWatchedEpisode)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(cleanDisabledSites('example.com')).toEqual([]);
  });

  it('key sites by hostname with www. folded in', async () => {
    expect(siteKey('WWW.Reviews.example.')).toBe('reviews.example');
    await setSiteEnabled('www.reviews.example', false);
    expect(await disabledSitesItem.getValue()).toEqual(['reviews.example']);
    const s = await readSettings();
    expect(isShieldOn(s, 'reviews.example')).toBe(false);
    expect(isShieldOn(s, 'www.reviews.example')).toBe(false);
    expect(isShieldOn(s, 'other.example')).toBe(true);
    await setSiteEnabled('reviews.example', true);
    expect(await disabledSitesItem.getValue()).toEqual([]);
  });

  it('remember "Not a spoiler" per site, newest last, without duplicates', async () => {
    await rememberNotSpoiler('www.a.example', 'aaaaaaaaaaaaaaaa');
    await rememberNotSpoiler('a.example', 'bbbbbbbbbbbbbbbb');
    await rememberNotSpoiler('a.example', 'aaaaaaaaaaaaaaaa');
    expect((await readSettings()).notSpoilers).toEqual({ 'a.example': ['bbbbbbbbbbbbbbbb', 'aaaaaaaaaaaaaaaa'] });
  });

  it('tell watchers about every change', async () => {
    const seen: number[] = [];
    const stop = watchSettings((s) => seen.push(s.watchedEpisode));
    await setWatchedEpisode(4);
    await vi.waitFor(() => expect(seen).toEqual([4]));
    stop();
    await setWatchedEpisode(5);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([4]);
  });
});

describe('settings, version 1 to version 2', () => {
  // Version 1 (0.1.0) stored progress as a bare number, with WXT's meta key saying v1.
  const V1 = {
    watchedEpisode: 3,
    watchedEpisode$: { v: 1 },
    enabled: false,
    enabled$: { v: 1 },
    disabledSites: ['news.example'],
    disabledSites$: { v: 1 },
    notSpoilers: { 'a.example': ['0123456789abcdef'] },
    notSpoilers$: { v: 1 },
  };

  it('migrates the progress to one entry per show, and keeps every other setting', async () => {
    await fakeBrowser.storage.local.set(V1);
    await watchedEpisodeItem.migrate();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.watchedEpisode).toEqual({ 'prison-cell-211': 3 });
    expect(stored.watchedEpisode$).toEqual({ v: 2 });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      watchedEpisode: 3,
      progress: { 'prison-cell-211': 3 },
      enabled: false,
      disabledSites: ['news.example'],
      notSpoilers: { 'a.example': ['0123456789abcdef'] },
    });
  });

  it('migrates a damaged version 1 value to no progress, and loses nothing else', async () => {
    await fakeBrowser.storage.local.set({ ...V1, watchedEpisode: 'three' });
    await watchedEpisodeItem.migrate();
    expect((await fakeBrowser.storage.local.get('watchedEpisode')).watchedEpisode).toEqual({});
    expect(await readSettings()).toMatchObject({ watchedEpisode: 0, enabled: false, disabledSites: ['news.example'] });
  });

  it('keeps other shows\' progress when the episode is set', async () => {
    await fakeBrowser.storage.local.set({ watchedEpisode: { 'another-show': 2, 'prison-cell-211': 1 }, watchedEpisode$: { v: 2 } });
    await setWatchedEpisode(5);
    expect((await fakeBrowser.storage.local.get('watchedEpisode')).watchedEpisode).toEqual({ 'another-show': 2, 'prison-cell-211': 5 });
  });

  it('reads either version from raw storage, as the content script does, entry by entry', () => {
    expect(settingsFrom({ watchedEpisode: 4 }).watchedEpisode).toBe(4);
    expect(settingsFrom({ watchedEpisode: { 'prison-cell-211': 2 } }).watchedEpisode).toBe(2);
    expect(settingsFrom({ watchedEpisode: { 'prison-cell-211': 9, 'Bad Id': 1 } }).watchedEpisode).toBe(0);
    expect(settingsFrom({ watchedEpisode: { 'prison-cell-211': 2 }, enabled: 'yes', disabledSites: 'x' })).toEqual({
      ...DEFAULT_SETTINGS,
      watchedEpisode: 2,
      progress: { 'prison-cell-211': 2 },
      enabled: true,
      disabledSites: [],
      notSpoilers: {},
    });
  });
});

describe('export and import', () => {
  const current = async () => fakeBrowser.storage.local.get([...SETTING_KEYS]);

  beforeEach(async () => {
    await setWatchedEpisode(2);
    await disabledSitesItem.setValue(['mine.example']);
  });

  it('round-trips every setting', async () => {
    const text = await exportSettingsText();
    expect(JSON.parse(text)).toMatchObject({ format: 'spoiler-shield-settings', version: 4 });
    const before = await readSettings();
    await fakeBrowser.storage.local.clear();
    expect((await importSettingsText(text)).ok).toBe(true);
    expect(await readSettings()).toEqual(before);
    expect((await current()).watchedEpisode).toEqual({ 'prison-cell-211': 2 });
  });

  it('imports a version 1 file, migrating its progress', async () => {
    const v1 = { format: 'spoiler-shield-settings', version: 1, settings: { watchedEpisode: 4, enabled: false, disabledSites: ['www.b.example'], notSpoilers: {} } };
    expect(await importSettingsText(JSON.stringify(v1))).toMatchObject({ ok: true });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, watchedEpisode: 4, progress: { 'prison-cell-211': 4 }, enabled: false, disabledSites: ['b.example'], notSpoilers: {} });
  });

  it('rejects a bad file with a message naming what is wrong, and changes nothing', async () => {
    const good = JSON.parse(await exportSettingsText());
    const { look: _l, blurStrength: _b, revealMode: _r, ownPlotPoints: _o, followedShows: _f, ...v2Settings } = good.settings;
    const cases: Array<[string, string | undefined, string]> = [
      ['{ not json', undefined, 'importNotJson'],
      ['[]', '(file)', 'problemObject'],
      [JSON.stringify({ ...good, format: 'other' }), 'format', 'problemFormat'],
      [JSON.stringify({ ...good, version: 5 }), 'version', 'problemVersion'],
      [JSON.stringify({ ...good, settings: { ...good.settings, enabled: 'yes' } }), 'settings.enabled', 'problemBoolean'],
      [JSON.stringify({ ...good, settings: { ...good.settings, watchedEpisode: { 'prison-cell-211': 2.5 } } }), 'settings.watchedEpisode', 'problemProgress'],
      [JSON.stringify({ ...good, settings: { ...good.settings, disabledSites: ['ok.example', 3] } }), 'settings.disabledSites', 'problemSites'],
      [JSON.stringify({ ...good, settings: { ...good.settings, notSpoilers: { 'a.example': ['zz'] } } }), 'settings.notSpoilers', 'problemNotSpoilers'],
      [JSON.stringify({ ...good, settings: { ...good.settings, colour: 'red' } }), 'settings.colour', 'problemUnknown'],
      [JSON.stringify({ ...good, settings: { ...good.settings, look: 'fog' } }), 'settings.look', 'problemLook'],
      [JSON.stringify({ ...good, settings: { ...good.settings, blurStrength: 9 } }), 'settings.blurStrength', 'problemStrength'],
      [JSON.stringify({ ...good, settings: { ...good.settings, revealMode: 'hover' } }), 'settings.revealMode', 'problemRevealMode'],
      [JSON.stringify({ ...good, settings: { ...good.settings, ownPlotPoints: [{ text: 'tunnel', episode: 7 }] } }), 'settings.ownPlotPoints', 'problemOwnPlotPoints'],
      [JSON.stringify({ ...good, settings: { ...good.settings, ownPlotPoints: [{ text: '   ', episode: 2 }] } }), 'settings.ownPlotPoints', 'problemOwnPlotPoints'],
      [JSON.stringify({ ...good, settings: { ...good.settings, ownPlotPoints: [{ text: 'tunnel', episode: 2, show: 'no-such-show' }] } }), 'settings.ownPlotPoints', 'problemOwnPlotPoints'],
      [JSON.stringify({ ...good, settings: { ...good.settings, followedShows: ['no-such-show'] } }), 'settings.followedShows', 'problemFollowedShows'],
      [JSON.stringify({ ...good, settings: { ...good.settings, followedShows: 'prison-cell-211' } }), 'settings.followedShows', 'problemFollowedShows'],
      [JSON.stringify({ ...good, version: 3, settings: good.settings }), 'settings.followedShows', 'problemUnknown'],
      [JSON.stringify({ ...good, settings: v2Settings }), 'settings.look', 'problemMissing'],
      [JSON.stringify({ ...good, version: 2, settings: good.settings }), 'settings.look', 'problemUnknown'],
      [JSON.stringify({ ...good, version: 1, settings: { ...v2Settings, watchedEpisode: 9 } }), 'settings.watchedEpisode', 'problemProgressV1'],
      ['x'.repeat(1_000_001), undefined, 'importTooLarge'],
    ];
    const before = await current();
    for (const [text, field, problem] of cases) {
      const result = await importSettingsText(text);
      const label = text.slice(0, 200);
      expect(result.ok, label).toBe(false);
      expect(result.ok ? {} : { field: result.field, problem: result.problem }, label).toEqual({ field, problem });
      expect(await current(), label).toEqual(before);
    }
  });
});
