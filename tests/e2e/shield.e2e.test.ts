// The built extension in real Chromium, driven through its popup the way a reader would, on a review
// of Prison Cell 211 (tests/fixtures/pages/review.html). Every text block of that page says in
// `data-test-episode` the latest episode it reveals (0 = must stay readable), and holds one sentence,
// so hidden passages and hidden blocks count the same.
import { chromium, type Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/extension-browser.mjs';
import { useExtensionBrowser } from './fixtures';
import { HIDDEN_PASSAGE, shieldStatus, waitForShieldIdle, type PopupPage } from './harness';

const VIEWPORT = { width: 1000, height: 900 };

const ext = useExtensionBrowser({ launch: { viewport: VIEWPORT }, open: 'review.html' });
let popup: PopupPage;
/** `document.body.innerText` of the review in a Chromium without the extension. */
let untouchedText: string;

/** Each test block as the shield left it. */
function blocks(page: Page) {
  return page.$$eval('[data-test-episode]', (elements) =>
    elements.map((element) => ({
      text: (element.textContent ?? '').trim().slice(0, 50),
      expected: Number(element.getAttribute('data-test-episode')),
      shield: element.getAttribute('data-spoiler-shield'),
      episode: element.getAttribute('data-spoiler-episode'),
    })),
  );
}

/** Blocks whose marks differ from what `watched` calls for, plus marks on elements that are no spoiler. */
async function wrongMarks(page: Page, watched: number) {
  const wrong: string[] = (await blocks(page))
    .filter(({ expected, shield, episode }) =>
      expected > watched ? shield !== 'hidden' || episode !== String(expected) : shield !== null || episode !== null,
    )
    .map((b) => `episode ${b.expected} "${b.text}": shield=${b.shield} episode=${b.episode}`);
  // A block inside a labelled unit (a comment) carries the unit's marks: that is no stray.
  const stray = await page.$$eval('[data-spoiler-shield], [data-spoiler-episode]', (elements) =>
    elements
      .filter((element) => !(Number(element.getAttribute('data-test-episode')) > 0))
      .filter((element) => {
        const unit = element.parentElement?.closest('[data-test-episode]');
        const marks = (e: Element) => `${e.getAttribute('data-spoiler-shield')}/${e.getAttribute('data-spoiler-episode')}`;
        return !(unit && !element.hasAttribute('data-test-episode') && marks(unit) === marks(element));
      })
      .map((element) => `stray mark on <${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 40)}"`),
  );
  return [...wrong, ...stray];
}

/** Waits for the shield to settle on `watched`, then expects exactly the blocks past it hidden. */
async function expectHiddenPast(watched: number) {
  await waitForShieldIdle(ext.serviceWorker, ext.tabId);
  await expect.poll(() => wrongMarks(ext.page, watched), { timeout: 10_000, interval: 50 }).toEqual([]);
}

/** Expects no block hidden and the page's text exactly as without the extension. */
async function expectUntouched() {
  await waitForShieldIdle(ext.serviceWorker, ext.tabId);
  await expect.poll(() => ext.page.locator('[data-spoiler-shield="hidden"]').count(), { timeout: 10_000 }).toBe(0);
  expect(await ext.page.evaluate(() => document.body.innerText)).toBe(untouchedText);
  expect(await highlightedText(ext.page)).toEqual([]);
}

/** For each test block, how much of its text the 'spoiler-shield' highlight covers (0..1), and how it is painted. */
function readability(page: Page) {
  return page.$$eval('[data-test-episode]', (elements) => {
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;
    const ranges = [...(CSS.highlights.get('spoiler-shield') ?? [])].map((shape) => {
      const range = document.createRange();
      range.setStart(shape.startContainer, shape.startOffset);
      range.setEnd(shape.endContainer, shape.endOffset);
      return range;
    });
    return elements.map((element) => {
      const covered = ranges.filter((range) => element.contains(range.commonAncestorContainer));
      const style = getComputedStyle(element, '::highlight(spoiler-shield)');
      return {
        text: (element.textContent ?? '').trim().slice(0, 50),
        shield: element.getAttribute('data-spoiler-shield'),
        coverage: letters(covered.map(String).join('')) / Math.max(1, letters(element.textContent ?? '')),
        highlightColor: style.color,
        highlightShadow: style.textShadow,
        blockColor: getComputedStyle(element).color,
        blockFilter: getComputedStyle(element).filter,
      };
    });
  });
}

/** Text under the 'spoiler-shield' highlight, one string per range. */
function highlightedText(page: Page) {
  return page.evaluate(() => [...(CSS.highlights.get('spoiler-shield') ?? [])].map((range) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  }));
}

/** Expects a block's text painted as on any page: not highlighted, not filtered, not transparent. */
function expectReadable(block: Awaited<ReturnType<typeof readability>>[number]) {
  expect(block.coverage, `"${block.text}" must not be highlighted`).toBe(0);
  expect(block.blockFilter, `"${block.text}" must not be filtered`).toBe('none');
  expect(isTransparent(block.blockColor), `"${block.text}" painted ${block.blockColor}`).toBe(false);
}

/** True when a CSS colour is fully transparent. */
const isTransparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

async function loadReview() {
  await ext.page.goto(`${ext.server.origin}/review.html`);
  await waitForShieldIdle(ext.serviceWorker, ext.tabId);
}

beforeAll(async () => {
  // The page text before any extension touches it: the same page in a Chromium without the extension.
  const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  try {
    const page = await plain.newPage({ viewport: VIEWPORT });
    await page.goto(`${ext.server.origin}/review.html`);
    untouchedText = await page.evaluate(() => document.body.innerText);
  } finally {
    await plain.close();
  }
});

beforeEach(async () => {
  popup = await ext.openPopup();
  // Every test starts from a shielded site at "Nothing yet" on a freshly loaded review.
  await popup.setGlobalEnabled(true);
  await popup.setSiteEnabled(true);
  await popup.setWatched(0);
  await loadReview();
});

afterEach(async () => {
  await popup?.close();
});

describe('Spoiler Shield on a review of Prison Cell 211', () => {
  it('hides exactly the blocks past the episode set in "Watched up to"', async () => {
    for (const watched of [0, 4, 6, 2]) {
      await popup.setWatched(watched);
      await expectHiddenPast(watched);
    }
  });

  it('makes hidden text unreadable and leaves the rest alone', async () => {
    await expectHiddenPast(0);
    for (const block of await readability(ext.page)) {
      if (block.shield === 'hidden') {
        expect(block.coverage, `highlight covers "${block.text}"`).toBeGreaterThan(0.9);
        expect(isTransparent(block.highlightColor), `"${block.text}" painted ${block.highlightColor}`).toBe(true);
        // The stylesheet blurs with a text-shadow whose blur radius is the last length.
        expect(Number(/([\d.]+)px$/.exec(block.highlightShadow)?.[1]), `"${block.text}" blurred`).toBeGreaterThan(0);
      } else {
        expectReadable(block);
      }
    }
  });

  it('reports in the popup as many hidden passages as there are hidden blocks', async () => {
    for (const watched of [0, 4]) {
      await popup.setWatched(watched);
      await expectHiddenPast(watched);
      const hidden = await ext.page.locator(HIDDEN_PASSAGE).count();
      expect((await shieldStatus(ext.serviceWorker, ext.tabId)).hiddenCount).toBe(hidden);
      await expect.poll(() => popup.hiddenCount(), { timeout: 5_000 }).toBe(hidden);
      // A popup opened afresh shows the same.
      const fresh = await ext.openPopup();
      expect(await fresh.hiddenCount()).toBe(hidden);
      await fresh.close();
    }
  });

  for (const [name, toggle] of [
    ['"Shield this site"', (on: boolean) => popup.setSiteEnabled(on)],
    ['the global switch', (on: boolean) => popup.setGlobalEnabled(on)],
  ] as const) {
    it(`${name} off restores the page without a reload, and on hides again`, async () => {
      await popup.setWatched(4);
      await expectHiddenPast(4);
      await ext.page.evaluate(() => ((window as any).notReloaded = true));

      await toggle(false);
      await expectUntouched();

      await toggle(true);
      await expectHiddenPast(4);
      expect(await ext.page.evaluate(() => (window as any).notReloaded)).toBe(true);
    });
  }

  it('reveals a hidden block on click, and on Enter or Space when it has focus', async () => {
    await expectHiddenPast(0);
    const all = ext.page.locator('[data-test-episode]');
    const targets = await ext.page.$$eval('[data-test-episode]', (elements) =>
      elements.flatMap((element, index) => (element.getAttribute('data-spoiler-shield') === 'hidden' ? [index] : [])),
    );
    const [byClick, byEnter, bySpace] = targets.slice(0, 3).map((index) => all.nth(index));
    if (!byClick || !byEnter || !bySpace) throw new Error(`need 3 hidden blocks, found ${targets.length}`);

    await byClick.click();
    await expect.poll(() => byClick.getAttribute('data-spoiler-shield')).toBe('revealed');

    for (const [block, key] of [[byEnter, 'Enter'], [bySpace, 'Space']] as const) {
      expect(await block.getAttribute('tabindex')).toBe('0');
      await block.focus();
      await ext.page.keyboard.press(key);
      await expect.poll(() => block.getAttribute('data-spoiler-shield')).toBe('revealed');
    }

    const states = await readability(ext.page);
    for (const index of targets.slice(0, 3)) expectReadable(states[index]!);
    // The other spoilers stay hidden.
    expect(await ext.page.locator(HIDDEN_PASSAGE).count()).toBe(targets.length - 3);
  });
});
