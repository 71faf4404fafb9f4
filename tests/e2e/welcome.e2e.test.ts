// Issue 16, point 6, in real Chromium: installing the extension (a fresh profile) opens its welcome
// page in a tab of its own, once; the page asks which shows the reader follows and how far they have
// got, saving to the same settings as the popup; it shows reveal on a live example (the shield's own
// look, revealed by a click, Enter or Space); it speaks the browser's language, passes axe, and fits
// 360 px. (Not on update: tests/unit/welcome-install.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_SHOWS } from '../../src/catalog/shipped';
import { tEn, tEs } from '../helpers/i18n';
import { axeViolations } from './axe';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/** The service worker's `chrome`, as far as these tests use it; the code runs there, not in Node. */
declare const chrome: { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } };

const SERIES = 'prison-cell-211';

/** Whether the sample sentence is painted as hidden: in the shield's highlight. */
const sampleHidden = (page: Page) => page.evaluate(() => CSS.highlights.has('spoiler-shield') && CSS.highlights.get('spoiler-shield')!.size === 1);

describe('installed in an English browser', () => {
  let browser: ExtensionBrowser;
  let welcome: Page;
  const $ = (selector: string) => welcome.locator(selector);
  const stored = () => browser.serviceWorker.evaluate(() => chrome.storage.local.get(['watchedEpisode', 'followedShows']));

  beforeAll(async () => {
    browser = await launchWithExtension({ keepWelcome: true });
    welcome = browser.welcomePage!;
    await $('body[data-ready="true"]').waitFor({ state: 'attached' });
  });
  afterAll(() => browser?.close());

  it('opens the welcome page once, in a tab of its own', async () => {
    expect(welcome.url()).toBe(`chrome-extension://${browser.extensionId}/welcome.html`);
    expect(browser.context.pages().filter((p) => p.url().endsWith('/welcome.html'))).toHaveLength(1);
    expect(await welcome.title()).toBe(tEn('welcomeTitle'));
    expect(await $('h1').textContent()).toBe(tEn('welcomeTitle'));
  });

  it('asks which shows the reader follows and how far they have got, and saves each answer', async () => {
    expect(await $('#shows > li').count()).toBe(SHIPPED_SHOWS.length);
    expect(await $(`#follow-${SERIES}`).isChecked()).toBe(true);
    const menu = $(`#watched-${SERIES}`);
    expect(await welcome.locator(`label[for="watched-${SERIES}"]`).textContent()).toBe(tEn('showSeriesProgress', 'Prison Cell 211'));
    expect(await menu.inputValue()).toBe('0');
    await menu.selectOption('2');
    await expect.poll(stored).toMatchObject({ watchedEpisode: { [SERIES]: 2 } });
    expect(await $('#status').textContent()).toBe(tEn('saved'));
    expect(await menu.locator('option').nth(1).textContent()).toBe(tEn('episodeTitled', 1, 'Change of Plans'));

    // With the keyboard: unfollow, then follow again.
    await $(`#follow-${SERIES}`).focus();
    await welcome.keyboard.press('Space');
    await expect.poll(stored).toMatchObject({ followedShows: [] });
    expect(await $(`#watched-${SERIES}`).isHidden()).toBe(true);
    await welcome.keyboard.press('Space');
    await expect.poll(stored).toMatchObject({ followedShows: [SERIES] });
    expect(await $(`#watched-${SERIES}`).inputValue()).toBe('2');
  });

  it('shows reveal on a live example: hidden with the shield\'s look, revealed by a click, hidden again', async () => {
    const sample = $('#sample-hidden');
    expect(await sampleHidden(welcome)).toBe(true);
    expect(await sample.getAttribute('role')).toBe('button');
    expect(await sample.getAttribute('aria-label')).toBe(tEn('welcomeSampleLabel'));
    expect(await $('#sample-revealed').isHidden()).toBe(true);
    // The sentence's own text is there, untouched: only painted over.
    expect(await sample.textContent()).toBe(tEn('welcomeSampleHidden'));

    await sample.click();
    expect(await sampleHidden(welcome)).toBe(false);
    expect(await $('#sample-revealed').isVisible()).toBe(true);
    expect(await sample.getAttribute('aria-label')).toBeNull();
    expect(await welcome.evaluate(() => document.activeElement?.id)).toBe('sample-again');

    await welcome.keyboard.press('Enter'); // "Hide the example again"
    expect(await sampleHidden(welcome)).toBe(true);
    expect(await welcome.evaluate(() => document.activeElement?.id)).toBe('sample-hidden');
    await welcome.keyboard.press('Enter');
    expect(await sampleHidden(welcome)).toBe(false);
    await welcome.keyboard.press('Enter');
    await welcome.keyboard.press(' ');
    expect(await sampleHidden(welcome)).toBe(false);
  });

  it('has no axe violations, in light and dark, and fits 360 px without scrolling sideways', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme });
      expect(await axeViolations(welcome), colorScheme).toEqual([]);
    }
    await welcome.setViewportSize({ width: 360, height: 740 });
    expect(await welcome.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const widest = await welcome.$$eval('main *', (all) => Math.max(...all.map((el) => el.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(360);
  });

  it('"Start reading" closes the page', async () => {
    const closed = welcome.waitForEvent('close');
    await $('#done').click();
    await closed;
    expect(browser.context.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(false);
  });
});

describe('installed in a Spanish browser', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ keepWelcome: true, lang: 'es' });
    await browser.welcomePage!.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  });
  afterAll(() => browser?.close());

  it('speaks Spanish, with the show\'s Spanish title', async () => {
    const page = browser.welcomePage!;
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
    expect(await page.locator('h1').textContent()).toBe(tEs('welcomeTitle'));
    expect(await page.locator(`label[for="watched-${SERIES}"]`).textContent()).toBe(tEs('showSeriesProgress', 'Celda 211'));
    expect(await page.locator('#sample-hidden').getAttribute('aria-label')).toBe(tEs('welcomeSampleLabel'));
    expect(await page.locator('#done').textContent()).toBe(tEs('welcomeDone'));
  });
});
