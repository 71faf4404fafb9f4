// Storage that is full or failing must show in the popup, not lose a setting in silence (issue 7).
// The extension's storage.local has a 10 MB quota (no unlimitedStorage permission): the test fills it
// from the service worker until one more setting cannot be written, then uses the popup.
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './fixtures';
import { waitForShieldIdle } from './harness';

/** The service worker's storage API, as far as this test uses it. */
declare const chrome: {
  storage: {
    local: {
      QUOTA_BYTES: number;
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
};

const ext = useExtensionBrowser({ open: 'review.html' });

beforeAll(async () => {
  await waitForShieldIdle(ext.serviceWorker, ext.tabId);
});

const hidden = () => ext.page.locator('[data-spoiler-shield="hidden"]').count();
const stored = () => ext.serviceWorker.evaluate(() => chrome.storage.local.get(['watchedEpisode', 'enabled']));

describe('storage that is full', () => {
  it('says so in the popup, keeps the stored setting, and shows it again', async () => {
    const before = await hidden();
    expect(before).toBeGreaterThan(0);
    // Fill the quota, leaving a few bytes: too few for any setting.
    const left = await ext.serviceWorker.evaluate(async () => {
      const quota = chrome.storage.local.QUOTA_BYTES;
      const used = await chrome.storage.local.getBytesInUse(null);
      const filler = 'x'.repeat(quota - used - 'filler'.length - 2 - 8);
      await chrome.storage.local.set({ filler });
      return quota - (await chrome.storage.local.getBytesInUse(null));
    });
    expect(left).toBeLessThan(16);
    const storedBefore = await stored();

    const popup = await ext.openPopup();
    await popup.setWatched(5);
    const status = popup.page.locator('#status');
    await expect.poll(() => status.getAttribute('data-error')).toBe('save');
    expect(await status.textContent()).toMatch(/Could not save the setting \(.*quota.*\)\. Nothing was changed\./i);
    // The popup shows what is really stored, and nothing moved on the page.
    await expect.poll(() => popup.watched.inputValue()).toBe('0');
    expect(await stored()).toEqual(storedBefore);
    await waitForShieldIdle(ext.serviceWorker, ext.tabId);
    expect(await hidden()).toBe(before);

    // Once there is room again, the same change goes through and the message goes away.
    await ext.serviceWorker.evaluate(() => chrome.storage.local.remove('filler'));
    await popup.setWatched(5);
    await expect.poll(() => ext.page.locator('[data-spoiler-shield="hidden"]').count()).toBeLessThan(before);
    expect(await status.getAttribute('data-error')).toBeNull();
    await popup.close();
  });
});
