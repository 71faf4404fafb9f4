import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  cleanDisabledSites,
  cleanWatchedEpisode,
  disabledSitesItem,
  isShieldOn,
  readSettings,
  rememberNotSpoiler,
  setSiteEnabled,
  watchSettings,
  watchedEpisodeItem,
} from '@/src/settings';
import { siteKey } from '@/src/site';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('start from their fallbacks', async () => {
    expect(await readSettings()).toEqual({ watchedEpisode: 0, enabled: true, disabledSites: [], notSpoilers: {} });
  });

  it('fall back field by field and keep the rest', async () => {
    await fakeBrowser.storage.local.set({
      watchedEpisode: 'three',
      enabled: false,
      disabledSites: ['www.Example.com', 7, ''],
      notSpoilers: { 'www.a.example': ['0123456789abcdef', 'nope'], 'b.example': 'x' },
    });
    expect(await readSettings()).toEqual({
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
    await watchedEpisodeItem.setValue(4);
    await vi.waitFor(() => expect(seen).toEqual([4]));
    stop();
    await watchedEpisodeItem.setValue(5);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([4]);
  });
});
