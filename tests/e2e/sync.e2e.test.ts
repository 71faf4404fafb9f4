// Settings on every machine, in real Chromium (issue 16, point 7). Chromium without a Google account
// still has storage.sync (kept on this machine), so "another machine" is a write to storage.sync from the
// service worker, stamped as a change made there: the page must follow it. A change made here must
// reach storage.sync; an older change from elsewhere must not win; and a setting too large for one
// sync item stays local, which the settings page says.
import { afterEach, describe, expect, it } from 'vitest';
import { openHiddenPage, resetSettings, useExtensionBrowser } from './fixtures';
import { HIDDEN_PASSAGE } from './harness';

interface Area {
  get(key: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  clear(): Promise<void>;
}
declare const chrome: { storage: { local: Area; sync: Area } };
declare const spoilerShieldSyncIdle: () => Promise<void>;

const ext = useExtensionBrowser({ open: 'review.html' });
const sw = () => ext.serviceWorker;
const hidden = () => ext.page.locator(HIDDEN_PASSAGE).count();
const local = (key: string) => sw().evaluate((k) => chrome.storage.local.get(k).then((all) => all[k]), key);
const synced = (key: string) => sw().evaluate((k) => chrome.storage.sync.get(k).then((all) => all[k]), key);
/** A change made on another machine at `at` (ms), as its background wrote it to sync. */
const fromElsewhere = (key: string, v: unknown, at: number) => sw().evaluate(([k, value, t]) => chrome.storage.sync.set({ [k as string]: { v: value, t } }), [key, v, at] as const);
const mirrorIdle = () => sw().evaluate(() => spoilerShieldSyncIdle());

const reviewHidden = () => openHiddenPage(ext);

afterEach(async () => {
  await resetSettings(sw());
  await mirrorIdle();
  await sw().evaluate(() => chrome.storage.sync.clear());
});

describe('sync storage', () => {
  it('receives a change made here (the popup’s progress), stamped with its time', async () => {
    await reviewHidden();
    const popup = await ext.openPopup();
    const before = Date.now();
    await popup.setWatched(3);
    await expect.poll(() => synced('watchedEpisode'), { timeout: 10_000 }).toEqual({ v: { 'prison-cell-211': 3 }, t: expect.any(Number) });
    const { t } = (await synced('watchedEpisode')) as { t: number };
    expect(t).toBeGreaterThanOrEqual(before - 1000);
    await popup.close();
  });

  it('brings a newer change from another machine to the open page (progress, then the switch)', async () => {
    await reviewHidden();
    await fromElsewhere('watchedEpisode', { 'prison-cell-211': 6 }, Date.now() + 1000);
    await expect.poll(hidden, { timeout: 10_000 }).toBe(0);
    expect(await local('watchedEpisode')).toEqual({ 'prison-cell-211': 6 });

    await fromElsewhere('watchedEpisode', { 'prison-cell-211': 0 }, Date.now() + 2000);
    await expect.poll(hidden, { timeout: 10_000 }).toBeGreaterThan(0);
    await fromElsewhere('enabled', false, Date.now() + 3000);
    await expect.poll(hidden, { timeout: 10_000 }).toBe(0);
    expect(await local('enabled')).toBe(false);
  });

  it('keeps the newer change here over an older one from elsewhere, and sends it back', async () => {
    const count = await reviewHidden();
    await sw().evaluate(() => chrome.storage.local.set({ look: 'bar' }));
    await expect.poll(() => synced('look'), { timeout: 10_000 }).toMatchObject({ v: 'bar' });
    await fromElsewhere('look', 'blur', 1_000); // made long ago (1970)
    await mirrorIdle();
    await expect.poll(() => synced('look'), { timeout: 10_000 }).toMatchObject({ v: 'bar' });
    expect(await local('look')).toBe('bar');
    expect(await hidden()).toBe(count);
  });

  it('cleans a malformed value from elsewhere before the page sees it', async () => {
    const count = await reviewHidden();
    await fromElsewhere('disabledSites', ['WWW.127.0.0.1', 7, ''], Date.now() + 1000);
    await expect.poll(() => local('disabledSites'), { timeout: 10_000 }).toEqual(['127.0.0.1']);
    await expect.poll(hidden, { timeout: 10_000 }).toBe(0);
    await fromElsewhere('disabledSites', null, Date.now() + 2000); // back to the default there
    await expect.poll(() => local('disabledSites'), { timeout: 10_000 }).toBeUndefined();
    await expect.poll(hidden, { timeout: 10_000 }).toBe(count);
  });

  it('keeps a setting too large for one sync item on this machine, and the settings page says so', async () => {
    const ownPlotPoints = Array.from({ length: 120 }, (_, i) => ({ text: `A plot point of my own, number ${i}, long enough to fill the quota`, episode: 2 }));
    await sw().evaluate((list) => chrome.storage.local.set({ ownPlotPoints: list, revealMode: 'hold' }), ownPlotPoints);
    await expect.poll(() => synced('revealMode'), { timeout: 10_000 }).toMatchObject({ v: 'hold' });
    expect(await synced('ownPlotPoints')).toBeUndefined();
    await expect.poll(() => local('syncState')).toEqual({ ok: true, localOnly: ['ownPlotPoints'] });
    expect((await local('ownPlotPoints')) as unknown[]).toHaveLength(120);

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect
      .poll(() => options.locator('#sync-state').textContent())
      .toBe('Sync is working. Too large for sync, kept on this computer only: Your own plot points.');
    await options.close();
  });
});
