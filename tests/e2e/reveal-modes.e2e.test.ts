// How a reader reveals a hidden passage in real Chromium, and hides it again: one click (the default),
// a press held for a moment (revealMode 'hold'), Tab and Enter, and the hint card's "Hide again".
// Only real input is used here (page.mouse, locator.click, page.keyboard), since the extension ignores
// events a page script makes. The page is tests/fixtures/pages/review.html at "Nothing yet"; for links
// inside a hidden block, the same review served through a route with a link added to one spoiling
// paragraph (review.html itself has none). A link that navigates changes location.hash, so a
// followed link is easy to see; each link test ends by following the link once the block is
// revealed, which shows the link works and that only the shield held it back.
// Throughout, the page's own text must never change: the shield paints over it and marks elements.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES_DIR } from '../../scripts/serve-fixtures.mjs';
import { resetSettings, useExtensionBrowser } from './fixtures';
import { HIDDEN_PASSAGE, waitForShieldIdle } from './harness';

/** The service worker's `chrome`, as far as these tests use it; the code runs there, not in Node. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

/** review.html with a link inside one spoiling paragraph, served at this path of the fixture server. */
const LINK_PAGE = 'review-with-link.html';
const LINK_PARAGRAPH = 'Juan kills Carajo and hides the body.';
const LINK_TARGET = '#recap-followed';
const REVIEW_WITH_LINK = (() => {
  const review = readFileSync(join(FIXTURE_PAGES_DIR, 'review.html'), 'utf8');
  const plain = `<p data-test-episode="3">${LINK_PARAGRAPH}</p>`;
  if (!review.includes(plain)) throw new Error(`review.html no longer has ${plain}`);
  // The link comes after the sentence, so it sits to the right of where the hint card shows up.
  return review.replace(
    plain,
    `<p data-test-episode="3" id="with-link">${LINK_PARAGRAPH} <a id="recap" href="${LINK_TARGET}">Read our full recap of the third episode</a></p>`,
  );
})();

/** How long a press must last in hold mode (src/shield/reveal.ts HOLD_MS is 600). */
const HOLD_LONG_ENOUGH_MS = 750;

const ext = useExtensionBrowser({ open: 'review.html', pages: { [LINK_PAGE]: REVIEW_WITH_LINK } });

const sw = () => ext.serviceWorker;
const setStored = (items: Record<string, unknown>) => sw().evaluate((i) => chrome.storage.local.set(i), items);
/** The hidden passages (a hidden comment counts once, not once per block in it). */
const hiddenBlocks = () => ext.page.locator(HIDDEN_PASSAGE);
const reviewBlock = (text: string) => ext.page.locator('[data-test-episode]', { hasText: text });
const state = (block: Locator) => block.getAttribute('data-spoiler-shield');
const hash = () => ext.page.evaluate(() => location.hash);
const hintHost = () => ext.page.locator('spoiler-shield-hint');
const hintCard = () => hintHost().locator('.card');
const hintButton = (label: string) => hintHost().locator('button', { hasText: label });

/** Waits until the shield has read everything (idle, and still idle two frames later). */
async function settle() {
  await waitForShieldIdle(sw(), ext.tabId);
  await ext.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return waitForShieldIdle(sw(), ext.tabId);
}

/** Opens `path` and waits until its spoilers are hidden; returns how many blocks are hidden. */
async function openHidden(path = 'review.html'): Promise<number> {
  await ext.page.goto(`${ext.server.origin}/${path}`);
  await expect.poll(() => hiddenBlocks().count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const status = await settle();
  expect(status.hiddenCount).toBe(await hiddenBlocks().count());
  return status.hiddenCount;
}

/** The centre of an element in the viewport, after scrolling it into view. */
async function centreOf(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** Moves the pointer off every block (onto the site header), so the next hover is a fresh one. */
async function pointAway() {
  await ext.page.mouse.move(5, 5);
}

beforeEach(async () => {
  // Defaults for each test: click mode, shield on, "Nothing yet", no "Not a spoiler" decisions.
  await resetSettings(sw());
  await setStored({ watchedEpisode: { 'prison-cell-211': 0 } });
  await pointAway();
});

describe('click mode (the default)', () => {
  it('a real click on a hidden block reveals that block only', async () => {
    const hidden = await openHidden();
    const block = reviewBlock('Helena dies, and the baby with her.');
    expect(await state(block)).toBe('hidden');

    await block.click();
    await expect.poll(() => state(block)).toBe('revealed');
    expect(await hiddenBlocks().count()).toBe(hidden - 1);
    expect((await settle()).hiddenCount).toBe(hidden - 1);
  });

  it('a click on a link inside a hidden block reveals the block and does not follow the link', async () => {
    await openHidden(LINK_PAGE);
    const block = ext.page.locator('#with-link');
    const link = ext.page.locator('#recap');
    expect(await state(block)).toBe('hidden');

    await link.click();
    await expect.poll(() => state(block)).toBe('revealed');
    expect(await hash()).toBe('');

    // Revealed, the link is the page's again.
    await link.click();
    await expect.poll(hash).toBe(LINK_TARGET);
  });

  it('a click on the first words of a hidden line reveals it, and never counts as "Not a spoiler"', async () => {
    // A reader who points at the start of a hidden line and clicks means "show me this". The hint card
    // appears on pointing; it must not sit over the line, or the click lands on one of its buttons.
    const hidden = await openHidden();
    const block = reviewBlock(LINK_PARAGRAPH);
    const { box } = await centreOf(block);
    const point = { x: box.x + 140, y: box.y + box.height / 2 };

    await ext.page.mouse.move(point.x, point.y);
    await expect.poll(() => hintCard().isVisible(), { timeout: 5_000 }).toBe(true);
    const cardBox = (await hintCard().boundingBox())!;
    const overlaps =
      cardBox.x < box.x + box.width && box.x < cardBox.x + cardBox.width && cardBox.y < box.y + box.height && box.y < cardBox.y + cardBox.height;
    expect.soft(overlaps, `hint card ${JSON.stringify(cardBox)} covers the block ${JSON.stringify(box)}`).toBe(false);

    await ext.page.mouse.click(point.x, point.y);
    await expect.poll(() => state(block)).toBe('revealed');
    expect(await hiddenBlocks().count()).toBe(hidden - 1);
    // A "Not a spoiler" press would be stored, and would keep the block revealed on every later visit.
    expect(await sw().evaluate(() => chrome.storage.local.get('notSpoilers').then((all) => all.notSpoilers))).toBeUndefined();
  });
});

describe('hold mode', () => {
  beforeEach(async () => {
    await setStored({ revealMode: 'hold' });
  });

  it('a click neither reveals the block nor follows a link inside it', async () => {
    const hidden = await openHidden(LINK_PAGE);
    const block = ext.page.locator('#with-link');
    const link = ext.page.locator('#recap');

    const { x, y } = await centreOf(reviewBlock('Helena dies, and the baby with her.'));
    await ext.page.mouse.click(x, y);
    await link.click();
    await ext.page.waitForTimeout(HOLD_LONG_ENOUGH_MS); // Long enough for any timer a click might have started.
    expect(await state(block)).toBe('hidden');
    expect(await state(reviewBlock('Helena dies, and the baby with her.'))).toBe('hidden');
    expect(await hash()).toBe('');
    expect(await hiddenBlocks().count()).toBe(hidden);
  });

  it('a press held past the hold time reveals the block, marked as held meanwhile, and its release follows no link', async () => {
    const hidden = await openHidden(LINK_PAGE);
    const block = ext.page.locator('#with-link');
    const link = ext.page.locator('#recap');
    const { x, y } = await centreOf(link);

    await ext.page.mouse.move(x, y);
    await ext.page.mouse.down();
    expect(await block.getAttribute('data-spoiler-holding')).toBe('');
    expect(await state(block)).toBe('hidden');
    await ext.page.waitForTimeout(HOLD_LONG_ENOUGH_MS);
    await ext.page.mouse.up(); // Ends the press with a click on the link.

    await expect.poll(() => state(block)).toBe('revealed');
    expect(await block.getAttribute('data-spoiler-holding')).toBeNull();
    expect(await hash()).toBe('');
    expect(await hiddenBlocks().count()).toBe(hidden - 1);

    // Revealed, a plain click on the link follows it.
    await ext.page.waitForTimeout(1_100); // Past the moment in which the end of a hold is still swallowed.
    await link.click();
    await expect.poll(hash).toBe(LINK_TARGET);
  });

  it('a press let go too soon reveals nothing', async () => {
    const hidden = await openHidden();
    const block = reviewBlock('Helena dies, and the baby with her.');
    const { x, y } = await centreOf(block);

    await ext.page.mouse.move(x, y);
    await ext.page.mouse.down();
    expect(await block.getAttribute('data-spoiler-holding')).toBe('');
    await ext.page.waitForTimeout(200);
    await ext.page.mouse.up();
    expect(await block.getAttribute('data-spoiler-holding')).toBeNull();

    await ext.page.waitForTimeout(HOLD_LONG_ENOUGH_MS); // The hold's timer must be gone, not merely late.
    expect(await state(block)).toBe('hidden');
    expect(await hiddenBlocks().count()).toBe(hidden);
  });
});

describe('keyboard', () => {
  for (const mode of ['click', 'hold'] as const) {
    it(`Tab reaches a hidden block and Enter reveals it (${mode} mode)`, async () => {
      await setStored({ revealMode: mode });
      const hidden = await openHidden();
      await ext.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      let focused: string | null = null;
      for (let presses = 0; presses < 30 && focused !== 'hidden'; presses++) {
        await ext.page.keyboard.press('Tab');
        focused = await ext.page.evaluate(() => document.activeElement?.getAttribute('data-spoiler-shield') ?? null);
      }
      expect(focused, 'Tab never reached a hidden block').toBe('hidden');
      const block = await ext.page.evaluateHandle(() => document.activeElement!);

      await ext.page.keyboard.press('Enter');
      // Revealed, the block gives back the tabindex it borrowed, so focus may leave it: follow the element.
      await expect.poll(() => block.evaluate((element) => element.getAttribute('data-spoiler-shield'))).toBe('revealed');
      expect(await hiddenBlocks().count()).toBe(hidden - 1);
      await block.dispose();
    });
  }
});

describe('hide again', () => {
  it('the card on a revealed block offers "Hide again", which hides it once more', async () => {
    const hidden = await openHidden();
    const block = reviewBlock('When the Colonel admits that Helena is dead');
    await block.click();
    await expect.poll(() => state(block)).toBe('revealed');
    expect((await settle()).hiddenCount).toBe(hidden - 1);

    await pointAway();
    await block.hover();
    await expect.poll(() => hintCard().isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await hintButton('Hide again').count()).toBe(1);
    expect(await hintButton('Reveal').count()).toBe(0);

    await hintButton('Hide again').click();
    await expect.poll(() => state(block)).toBe('hidden');
    expect(await hiddenBlocks().count()).toBe(hidden);
    expect((await settle()).hiddenCount).toBe(hidden);
  });
});

describe('the page text', () => {
  it('stays exactly the same before hiding, while hidden, once revealed and once hidden again', async () => {
    // The site starts off, so the first reading is of the page as its author wrote it.
    await setStored({ disabledSites: ['127.0.0.1'] });
    await ext.page.goto(`${ext.server.origin}/review.html`);
    await settle();
    expect(await hiddenBlocks().count()).toBe(0);
    const read = () => ext.page.evaluate(() => ({ body: document.body.innerText, main: document.querySelector('main')!.textContent }));
    const original = await read();
    expect(original.body).toContain('Helena dies, and the baby with her.');

    await setStored({ disabledSites: [] });
    await expect.poll(() => hiddenBlocks().count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await settle();
    const hidden = await hiddenBlocks().count();
    expect(await read()).toEqual(original);

    const block = reviewBlock('Helena dies, and the baby with her.');
    await block.click();
    await expect.poll(() => state(block)).toBe('revealed');
    expect(await read()).toEqual(original);

    await pointAway();
    await block.hover();
    await hintButton('Hide again').click();
    await expect.poll(() => state(block)).toBe('hidden');
    expect(await hiddenBlocks().count()).toBe(hidden);
    expect(await read()).toEqual(original);
  });
});
