// The built extension in real Firefox on the review (tests/fixtures/pages/review.html), driven through
// its popup: progress, the site and global switches, the count, reveal (click and keyboard), "Reveal all"
// and "Hide again", and, in pixels, that a hidden passage cannot be read.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { blockHandle, blocks, FirefoxSession, HIDDEN_PASSAGE, inkOf, PopupPage, until, wrongMarks } from './harness';

let session: FirefoxSession;
let review: Page;
let tabId: number;
let popup: PopupPage;

/** The hidden passages (a hidden comment counts once, not once per block in it). */
const hiddenCount = () => review.evaluate((passage) => document.querySelectorAll(passage).length, HIDDEN_PASSAGE);

async function expectHiddenPast(watched: number) {
  await session.settle(review, tabId);
  await until(() => wrongMarks(review, watched), (wrong) => wrong.length === 0);
}

beforeAll(async () => {
  session = await FirefoxSession.start();
  console.info(`Firefox under test: ${session.firefox.version}`);
  ({ page: review, tabId } = await session.open('review.html'));
});

afterAll(async () => {
  await session?.close();
});

beforeEach(async () => {
  popup = await session.popup(tabId);
  await popup.setSwitch('global-enabled', true);
  await popup.setSwitch('site-enabled', true);
  await popup.setWatched(0);
  await review.reload();
  await session.settle(review, tabId);
});

afterEach(async () => {
  await popup?.close();
});

describe('the shield on a review of Prison Cell 211, in Firefox', () => {
  it('hides exactly the blocks past the episode set in the popup\'s "Watched up to"', async () => {
    for (const watched of [0, 4, 6, 2]) {
      await popup.setWatched(watched);
      await expectHiddenPast(watched);
    }
  });

  it('paints a hidden passage illegible: its pixels hold no letters until it is revealed', async () => {
    await expectHiddenPast(0);
    const block = await blockHandle(review, 'Helena dies, and the baby with her.');
    const hidden = await inkOf(block);
    await block.click();
    await until(() => block.evaluate((e) => e.getAttribute('data-spoiler-shield')), (s) => s === 'revealed');
    const shown = await inkOf(block);
    console.info(`hidden ${JSON.stringify(hidden)} revealed ${JSON.stringify(shown)}`);
    // Revealed, the letters are there: pixels of the text's colour and sharp edges.
    expect(shown.textColour).toBeGreaterThan(0.01);
    // Hidden, no pixel is the text's colour and the edges are a fraction of the letters'.
    expect(hidden.textColour).toBeLessThan(shown.textColour / 20);
    expect(hidden.edges).toBeLessThan(shown.edges / 3);
  });

  it('reports in the popup as many hidden passages as there are hidden blocks', async () => {
    for (const watched of [0, 4]) {
      await popup.setWatched(watched);
      await expectHiddenPast(watched);
      const hidden = await hiddenCount();
      expect(hidden).toBeGreaterThan(0);
      expect((await session.status(tabId)).hiddenCount).toBe(hidden);
      await until(() => popup.hiddenCount(), (n) => n === hidden);
      const fresh = await session.popup(tabId);
      expect(await fresh.hiddenCount()).toBe(hidden);
      await fresh.close();
    }
  });

  for (const which of ['site-enabled', 'global-enabled'] as const) {
    it(`#${which} off restores the page without a reload, and on hides again`, async () => {
      await popup.setWatched(4);
      await expectHiddenPast(4);
      await review.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      await popup.setSwitch(which, false);
      await until(() => blocks(review), (all) => all.every((b) => b.shield === null && b.episode === null));
      expect(await review.evaluate(() => CSS.highlights.get('spoiler-shield')?.size ?? 0)).toBe(0);
      await popup.setSwitch(which, true);
      await expectHiddenPast(4);
      expect(await review.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    });
  }

  it('reveals a hidden block on a click, and on Enter or Space when it has focus', async () => {
    await expectHiddenPast(0);
    const before = await hiddenCount();
    const byClick = await blockHandle(review, 'Juan kills Carajo');
    await byClick.click();
    await until(() => byClick.evaluate((e) => e.getAttribute('data-spoiler-shield')), (s) => s === 'revealed');
    for (const [start, key] of [["Juan cuts off Baldor's hand", 'Enter'], ['Helena dies, and the baby', ' ']] as const) {
      const block = await blockHandle(review, start);
      expect(await block.evaluate((e) => e.getAttribute('tabindex'))).toBe('0');
      await block.focus();
      await review.bringToFront();
      await review.keyboard.press(key);
      await until(() => block.evaluate((e) => e.getAttribute('data-spoiler-shield')), (s) => s === 'revealed');
    }
    expect(await hiddenCount()).toBe(before - 3);
  });

  it('"Reveal all on this page" shows everything, and "Hide again" hides it all again', async () => {
    await expectHiddenPast(0);
    const before = await hiddenCount();
    await popup.page.click('#reveal-all');
    await until(() => hiddenCount(), (n) => n === 0);
    await until(() => popup.page.$eval('#hide-again', (e) => (e as HTMLElement).hidden), (h) => h === false);
    await popup.page.click('#hide-again');
    await until(() => hiddenCount(), (n) => n === before);
  });
});
