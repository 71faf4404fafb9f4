// The popup of the built extension in real Chromium, opened for a tab showing the review of Prison
// Cell 211 (tests/fixtures/pages/review.html), and used as a reader would: "Reveal all" and "Hide
// again", the site and global switches, the keyboard. Each test checks the popup, the page in the tab,
// the toolbar badge and title (read from the service worker), and, for settings, chrome.storage.local.
// Also saves docs/screenshots/popup.png for the README.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tEn } from '../helpers/i18n';
import { resetSettings, useExtensionBrowser } from './fixtures';
import { HIDDEN_PASSAGE, shieldStatus, waitForShieldIdle, type PopupPage } from './harness';

/** The service worker's `chrome`, as far as these tests use it; the code runs there, not in Node. */
declare const chrome: {
  storage: {
    local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
    };
  };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
};

const SHOW = 'prison-cell-211';
const POPUP_SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/popup.png', import.meta.url));

const ext = useExtensionBrowser({ open: 'review.html' });
let popup: PopupPage;

const $ = (selector: string) => popup.page.locator(selector);

function stored(): Promise<Record<string, unknown>> {
  return ext.serviceWorker.evaluate(() => chrome.storage.local.get(['watchedEpisode', 'enabled', 'disabledSites']));
}

/** The toolbar button as the browser shows it for the review's tab. */
function toolbar(): Promise<{ badge: string; title: string }> {
  return ext.serviceWorker.evaluate(
    async (id) => ({ badge: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }),
    ext.tabId,
  );
}

/** The shield's status in the review's tab, once its queue is empty. */
const status = () => waitForShieldIdle(ext.serviceWorker, ext.tabId);
const hiddenBlocks = () => ext.page.locator(HIDDEN_PASSAGE).count();
/** Review blocks past `watched` (data-test-episode says the latest episode each reveals). */
const blocksPast = (watched: number) =>
  ext.page.$$eval('[data-test-episode]', (all, w) => all.filter((e) => Number(e.getAttribute('data-test-episode')) > w).length, watched);

/** Which of "Reveal all" and "Hide again" the popup offers (exactly one must be visible). */
async function offered(): Promise<string[]> {
  const visible: string[] = [];
  for (const id of ['reveal-all', 'hide-again']) if (await $(`#${id}`).isVisible()) visible.push(id);
  return visible;
}

/** Where keyboard focus is in the popup and how it is drawn. */
function focusRing() {
  return popup.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      id: el?.id ?? '',
      focusVisible: el?.matches(':focus-visible') ?? false,
      style: style?.outlineStyle ?? 'none',
      width: parseFloat(style?.outlineWidth ?? '0'),
    };
  });
}

beforeEach(async () => {
  // Shield on everywhere, nothing watched, on a freshly loaded review.
  await resetSettings(ext.serviceWorker, { stored: true });
  await ext.page.reload();
  await status();
  popup = await ext.openPopup();
});

afterEach(async () => {
  await popup?.close();
});

describe('the popup for a tab showing the review', () => {
  it('names an episode\'s title only once the reader has watched it (issue 16: never spoil)', async () => {
    const names = () => $('#watched-prison-cell-211 option').allTextContents();
    expect((await names())[6]).toBe(tEn('episodeN', 6));
    expect((await names()).join(' ')).not.toContain('King');
    await popup.setWatched(6);
    expect((await names())[6]).toBe(tEn('episodeTitled', 6, 'The King Is Dead, Long Live The King'));
    expect((await names())[1]).toBe(tEn('episodeTitled', 1, 'Change of Plans'));
  });

  it('shows the site, the switches, the progress and the hidden count of that tab', async () => {
    const hidden = (await status()).hiddenCount;
    expect(hidden).toBe(await blocksPast(0));
    expect(hidden).toBeGreaterThan(1);
    expect(await $('#site-name').textContent()).toBe(new URL(ext.server.origin).hostname);
    expect(await $('#site-enabled').isChecked()).toBe(true);
    expect(await $('#global-enabled').isChecked()).toBe(true);
    expect(await $('#watched-prison-cell-211').inputValue()).toBe('0');
    expect(await popup.hiddenCount()).toBe(hidden);
    expect(await $('#hidden-count').textContent()).toBe(tEn('hiddenMany', hidden));
    expect(await offered()).toEqual(['reveal-all']);
    expect(await toolbar()).toEqual({ badge: String(hidden), title: tEn('actionTitle') });
  });

  it('"Reveal all on this page" shows everything, then "Hide again" hides it all again', async () => {
    const hidden = (await status()).hiddenCount;
    expect(hidden).toBeGreaterThan(0);

    await $('#reveal-all').click();
    await expect.poll(async () => (await status()).revealingAll).toBe(true);
    expect((await status()).hiddenCount).toBe(0);
    expect(await hiddenBlocks()).toBe(0);
    await expect.poll(offered).toEqual(['hide-again']);
    expect(await $('#reveal-all').getAttribute('hidden')).not.toBeNull();
    expect(await $('#revealing-note').isVisible()).toBe(true);
    await expect.poll(() => popup.hiddenCount()).toBe(0);
    await expect.poll(async () => (await focusRing()).id).toBe('hide-again');
    await expect.poll(async () => (await toolbar()).badge).toBe('');

    await $('#hide-again').click();
    await expect.poll(async () => (await status()).revealingAll).toBe(false);
    await expect.poll(async () => (await status()).hiddenCount).toBe(hidden);
    expect(await hiddenBlocks()).toBe(hidden);
    await expect.poll(offered).toEqual(['reveal-all']);
    expect(await $('#revealing-note').isHidden()).toBe(true);
    await expect.poll(() => popup.hiddenCount()).toBe(hidden);
    await expect.poll(async () => (await toolbar()).badge).toBe(String(hidden));
  });

  it('changing "Watched up to" hides less on the page, and the count and badge follow', async () => {
    await popup.setWatched(4);
    await expect.poll(stored).toMatchObject({ watchedEpisode: { [SHOW]: 4 } });
    const expected = await blocksPast(4);
    await expect.poll(async () => (await status()).hiddenCount).toBe(expected);
    expect(await hiddenBlocks()).toBe(expected);
    await expect.poll(() => popup.hiddenCount()).toBe(expected);
    await expect.poll(toolbar).toEqual({ badge: String(expected), title: tEn('actionTitle') });
  });

  for (const which of ['site-enabled', 'global-enabled'] as const) {
    it(`#${which} off clears the badge and sets the "off" title; on brings both back`, async () => {
      const hidden = (await status()).hiddenCount;
      await expect.poll(toolbar).toEqual({ badge: String(hidden), title: tEn('actionTitle') });

      await $(`#${which}`).uncheck();
      await expect
        .poll(stored)
        .toMatchObject(which === 'site-enabled' ? { disabledSites: [new URL(ext.server.origin).hostname], enabled: true } : { enabled: false, disabledSites: [] });
      await expect.poll(async () => (await status()).hiddenCount).toBe(0);
      expect(await hiddenBlocks()).toBe(0);
      await expect.poll(toolbar).toEqual({ badge: '', title: tEn('actionTitleOff') });
      await expect.poll(() => popup.hiddenCount()).toBe(0);
      expect(await $('#hidden-count').textContent()).toBe(tEn('hiddenNone'));

      await $(`#${which}`).check();
      await expect.poll(stored).toMatchObject({ enabled: true, disabledSites: [] });
      await expect.poll(async () => (await status()).hiddenCount).toBe(hidden);
      await expect.poll(toolbar).toEqual({ badge: String(hidden), title: tEn('actionTitle') });
      await expect.poll(() => popup.hiddenCount()).toBe(hidden);
    });
  }

  it('works with the keyboard alone: Tab order, the select, the switches, the buttons, with a focus ring', async () => {
    await popup.page.bringToFront();
    const order: string[] = [];
    for (let i = 0; i < 9; i++) {
      await popup.page.keyboard.press('Tab');
      const ring = await focusRing();
      order.push(ring.id);
      expect(ring.focusVisible, `#${ring.id} matches :focus-visible`).toBe(true);
      expect(ring.style, `#${ring.id} outline-style`).not.toBe('none');
      expect(ring.width, `#${ring.id} outline-width`).toBeGreaterThanOrEqual(2);
    }
    expect(order).toEqual([
      'global-enabled', 'watched-prison-cell-211', 'site-enabled', 'reveal-all', 'pause-site-hour', 'pause-site-tomorrow', 'pause-all-hour', 'pause-all-tomorrow', 'open-options',
    ]);

    // The select, with the arrow keys.
    await $('#watched-prison-cell-211').focus();
    await popup.page.keyboard.press('ArrowDown');
    await popup.page.keyboard.press('ArrowDown');
    await expect.poll(stored).toMatchObject({ watchedEpisode: { [SHOW]: 2 } });
    expect(await $('#watched-prison-cell-211').inputValue()).toBe('2');
    await expect.poll(async () => (await status()).hiddenCount).toBe(await blocksPast(2));
    await expect.poll(() => popup.hiddenCount()).toBe(await blocksPast(2));

    // The site switch with Space, off and on.
    await popup.page.keyboard.press('Tab');
    expect((await focusRing()).id).toBe('site-enabled');
    await popup.page.keyboard.press('Space');
    await expect.poll(stored).toMatchObject({ disabledSites: [new URL(ext.server.origin).hostname] });
    await popup.page.keyboard.press('Space');
    await expect.poll(stored).toMatchObject({ disabledSites: [] });

    // "Reveal all" with Enter; focus moves to "Hide again", and Enter there hides again.
    await popup.page.keyboard.press('Tab');
    expect((await focusRing()).id).toBe('reveal-all');
    await popup.page.keyboard.press('Enter');
    await expect.poll(async () => (await status()).revealingAll).toBe(true);
    await expect.poll(async () => (await focusRing()).id).toBe('hide-again');
    const ring = await focusRing();
    expect(ring.focusVisible && ring.style !== 'none' && ring.width >= 2, JSON.stringify(ring)).toBe(true);
    await popup.page.keyboard.press('Enter');
    await expect.poll(async () => (await status()).revealingAll).toBe(false);
    await expect.poll(async () => (await status()).hiddenCount).toBe(await blocksPast(2));
    await expect.poll(async () => (await focusRing()).id).toBe('reveal-all');

    // The global switch, back at the top, with Space.
    await $('#global-enabled').focus();
    await popup.page.keyboard.press('Space');
    await expect.poll(stored).toMatchObject({ enabled: false });
    await expect.poll(toolbar).toEqual({ badge: '', title: tEn('actionTitleOff') });
    await popup.page.keyboard.press('Space');
    await expect.poll(stored).toMatchObject({ enabled: true });
  });

  it('saves a screenshot of the popup for the README', async () => {
    const hidden = (await status()).hiddenCount;
    await popup.page.setViewportSize({ width: 360, height: 420 });
    expect(await popup.hiddenCount()).toBe(hidden);
    mkdirSync(dirname(POPUP_SCREENSHOT), { recursive: true });
    const box = await popup.page.evaluate(() => {
      const r = document.querySelector('main')!.getBoundingClientRect();
      return { width: Math.ceil(Math.max(r.width, 360)), height: Math.ceil(r.bottom) };
    });
    await popup.page.screenshot({ path: POPUP_SCREENSHOT, clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 420) } });
    expect(readFileSync(POPUP_SCREENSHOT).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(POPUP_SCREENSHOT).size).toBeGreaterThan(5_000);
  });
});
