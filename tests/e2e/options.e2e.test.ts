// The options page of the built extension in real Chromium, used the way a reader uses it: every
// control is operated on the page (mouse or keyboard), and each test checks both what lands in
// chrome.storage.local and what the reader then sees — on the options page itself, and on real pages
// served over http (the review of Prison Cell 211, and a page of our own that never names the show).
// One browser for the whole file; every test starts from the default settings and a fresh options page.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tEn } from '../helpers/i18n';
import { resetSettings, SETTING_KEYS, useExtensionBrowser } from './fixtures';
import { HIDDEN_PASSAGE, shieldStatus, waitForShieldIdle } from './harness';

/** The service worker's `chrome`, as far as these tests use it; the code runs there, not in Node. */
declare const chrome: {
  storage: {
    local: {
      get(keys: readonly string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

/** Every setting at its default, as stored: what "Reset everything" must leave, written out as the expected value. */
const DEFAULTS = {
  watchedEpisode: {},
  enabled: true,
  disabledSites: [],
  notSpoilers: {},
  look: 'blur',
  blurStrength: 3,
  revealMode: 'click',
  ownPlotPoints: [],
  pausedUntil: 0,
  pausedSites: {},
  followedShows: ['prison-cell-211'],
};
/** The same, as an export file holds them (pauses are never exported). */
const { pausedUntil: _until, pausedSites: _sites, ...FILE_DEFAULTS } = DEFAULTS;
const SHOW = 'prison-cell-211';
const OPTIONS_SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/options.png', import.meta.url));
/** A page of our own, served from the fixture server's origin: it never names the show. */
const OWN_PAGE = '/not-about-the-show.html';
const OWN_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Garden notes</title></head>
<body><main>
  <p id="tunnel">They dug a tunnel under the yard.</p>
  <p id="control">The roses came up early this year.</p>
</main></body></html>`;
/** The solid bar's colour (src/shield/paint/look.ts). */
const BAR_RGB: [number, number, number] = [0x44, 0x40, 0x3c];

/** The browser; its first tab is the one the shield works in: the review, or our own page. */
const ext = useExtensionBrowser({ pages: { [OWN_PAGE]: OWN_PAGE_HTML }, open: 'review.html' });
let options: Page;

const $ = (selector: string) => options.locator(selector);

/** The settings as stored. */
function stored(): Promise<Record<string, unknown>> {
  return ext.serviceWorker.evaluate((keys) => chrome.storage.local.get(keys), SETTING_KEYS);
}

/**
 * Everything in chrome.storage.local, as text, to compare byte for byte; but for the sync mirror's own
 * bookkeeping (src/background/sync.ts), which its passes write a moment after any change, the test's own
 * setup included.
 */
function everything(): Promise<string> {
  return ext.serviceWorker.evaluate(() =>
    chrome.storage.local.get(null).then(({ syncStamps: _stamps, syncState: _state, ...all }) => JSON.stringify(all)),
  );
}

function store(items: Record<string, unknown>): Promise<void> {
  return ext.serviceWorker.evaluate((values) => chrome.storage.local.set(values), items);
}

/** Polls until the stored settings include `expected`. */
async function expectStored(expected: Record<string, unknown>): Promise<void> {
  await expect.poll(stored, { timeout: 5_000 }).toMatchObject(expected);
}

async function openOptions(): Promise<void> {
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await $('body[data-ready="true"]').waitFor({ state: 'attached' });
}

/** Loads a page of the fixture server in the first tab and waits for the shield to read it. */
async function loadContent(path: string): Promise<void> {
  await ext.page.goto(`${ext.server.origin}${path}`);
  await waitForShieldIdle(ext.serviceWorker, ext.tabId);
  await ext.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await waitForShieldIdle(ext.serviceWorker, ext.tabId);
}

/** The hidden count the shield reports for the first tab, once it has settled. */
async function hiddenOnContent(): Promise<number> {
  return (await waitForShieldIdle(ext.serviceWorker, ext.tabId)).hiddenCount;
}

/** Review blocks past `watched` (data-test-episode says the latest episode each reveals). */
function reviewBlocksPast(watched: number): Promise<number> {
  return ext.page.$$eval('[data-test-episode]', (all, w) => all.filter((e) => Number(e.getAttribute('data-test-episode')) > w).length, watched);
}

/** Texts of a list's items (span.text, without its episode note) and their detail. */
function listed(list: 'sites' | 'keywords') {
  return options.$$eval(`#${list} li`, (items) =>
    items.map((li) => {
      const text = li.querySelector('.text');
      return {
        text: text?.firstChild?.textContent ?? '',
        detail: text?.querySelector('.episode')?.textContent ?? null,
        button: li.querySelector('button')?.getAttribute('aria-label') ?? null,
      };
    }),
  );
}

/** Where keyboard focus is and how it is drawn. */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { id: '', label: '', focusVisible: false, style: 'none', width: 0 };
    const style = getComputedStyle(el);
    return {
      id: el.id,
      label: el.getAttribute('aria-label') ?? '',
      focusVisible: el.matches(':focus-visible'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
}

/** Presses Tab (or Shift+Tab) until `selector` has focus; fails after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 40 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} never got focus in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Expects the focused element to be `id` and to show a keyboard focus ring of at least 2 px. */
async function expectFocusRing(page: Page, id: string): Promise<void> {
  const ring = await focusRing(page);
  expect(ring.id, 'focused element').toBe(id);
  expect(ring.focusVisible, `#${id} matches :focus-visible`).toBe(true);
  expect(ring.style, `#${id} outline-style`).not.toBe('none');
  expect(ring.width, `#${id} outline-width`).toBeGreaterThanOrEqual(2);
}

/**
 * Share of a screenshot's pixels that are the solid bar's colour. The PNG is decoded in the options
 * page (an extension page of ours), so the page under test is left alone.
 */
async function barShare(target: Locator): Promise<number> {
  const png = await target.screenshot({ animations: 'disabled' });
  return options.evaluate(
    async ({ b64, bar: [r, g, b] }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        const distance = Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b);
        if (distance <= 24) near++;
      }
      return near / (data.length / 4);
    },
    { b64: png.toString('base64'), bar: BAR_RGB },
  );
}

/** How the page paints its hidden text: the computed style of the shield's highlight on `block`. */
function highlightPaint(block: Locator) {
  return block.evaluate((element) => {
    const style = getComputedStyle(element, '::highlight(spoiler-shield)');
    // The blur is a text-shadow; its last length is the outer blur radius.
    return { background: style.backgroundColor, blurRadius: Number(/([\d.]+)px$/.exec(style.textShadow)?.[1] ?? 0) };
  });
}

beforeAll(async () => {
  options = await ext.context.newPage();
});

beforeEach(async () => {
  await resetSettings(ext.serviceWorker, { stored: true });
  await openOptions();
  // In front: a background tab gets few animation frames, and Playwright waits for them before a click.
  await options.bringToFront();
});

describe('progress and the global switch', () => {
  it('saves "Watched up to" and the switch at once, and the review follows', async () => {
    await loadContent('/review.html');
    await $('#watched-prison-cell-211').selectOption('3');
    await expectStored({ watchedEpisode: { [SHOW]: 3 } });
    await expect.poll(hiddenOnContent).toBe(await reviewBlocksPast(3));
    await expect.poll(() => $('#status').textContent()).toBe(tEn('saved'));

    await $('#global-enabled').uncheck();
    await expectStored({ enabled: false });
    await expect.poll(hiddenOnContent).toBe(0);
    await $('#global-enabled').check();
    await expectStored({ enabled: true });
    await expect.poll(hiddenOnContent).toBe(await reviewBlocksPast(3));
  });

  it('follows settings changed elsewhere while it is open', async () => {
    await store({ watchedEpisode: { [SHOW]: 5 }, enabled: false, disabledSites: ['spoilers.example'], look: 'bar', revealMode: 'hold' });
    await expect.poll(() => $('#watched-prison-cell-211').inputValue()).toBe('5');
    await expect.poll(() => $('#global-enabled').isChecked()).toBe(false);
    await expect.poll(() => listed('sites')).toEqual([{ text: 'spoilers.example', detail: null, button: 'Remove spoilers.example' }]);
    expect(await $('#sites-empty').isHidden()).toBe(true);
    expect(await $('#look-bar').isChecked()).toBe(true);
    expect(await $('#blur-strength').isDisabled()).toBe(true);
    expect(await $('#reveal-hold').isChecked()).toBe(true);
  });
});

describe('sites where the shield is off', () => {
  it('adds a site from a URL as its folded hostname, and removes it with the list button', async () => {
    await $('#site-input').fill('https://www.Example.com/some/path');
    await $('#site-form button[type="submit"]').click();
    await expectStored({ disabledSites: ['example.com'] });
    await expect.poll(() => listed('sites')).toEqual([{ text: 'example.com', detail: null, button: 'Remove example.com' }]);
    expect(await $('#sites-empty').isHidden()).toBe(true);
    expect(await $('#site-input').inputValue()).toBe('');
    expect(await $('#site-input').getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => $('#status').textContent()).toBe(tEn('optSiteAdded', 'example.com'));

    await $('#sites button[aria-label="Remove example.com"]').click();
    await expectStored({ disabledSites: [] });
    await expect.poll(() => listed('sites')).toEqual([]);
    expect(await $('#sites-empty').isVisible()).toBe(true);
  });

  it('refuses something that is not a site, says why, and stores nothing', async () => {
    const before = await everything();
    await $('#site-input').fill('not a site!');
    await $('#site-form button[type="submit"]').click();
    await expect.poll(() => $('#site-error').textContent()).toBe(tEn('optSiteInvalid', 'not a site!'));
    expect(await $('#site-error').isVisible()).toBe(true);
    expect(await $('#site-input').getAttribute('aria-invalid')).toBe('true');
    expect(await focusRing(options).then((f) => f.id)).toBe('site-input');
    expect(await everything()).toBe(before);
    expect(await listed('sites')).toEqual([]);

    // A good entry afterwards clears the error.
    await $('#site-input').fill('example.org');
    await $('#site-input').press('Enter');
    await expectStored({ disabledSites: ['example.org'] });
    await expect.poll(() => $('#site-error').isHidden()).toBe(true);
    expect(await $('#site-input').getAttribute('aria-invalid')).toBeNull();
  });

  it('turns the shield off on a page of that site, and on again when removed', async () => {
    await loadContent('/review.html');
    const hidden = await hiddenOnContent();
    expect(hidden).toBe(await reviewBlocksPast(0));
    expect(hidden).toBeGreaterThan(0);
    const host = new URL(ext.server.origin).hostname;

    await $('#site-input').fill(host);
    await $('#site-input').press('Enter');
    await expectStored({ disabledSites: [host] });
    await expect.poll(hiddenOnContent).toBe(0);
    expect(await ext.page.locator('[data-spoiler-shield="hidden"]').count()).toBe(0);

    await $(`#sites button[aria-label="Remove ${host}"]`).click();
    await expectStored({ disabledSites: [] });
    await expect.poll(hiddenOnContent).toBe(hidden);
    expect(await ext.page.locator(HIDDEN_PASSAGE).count()).toBe(hidden);
  });
});

describe('how hidden passages look and are revealed', () => {
  it('"Covered by a solid bar" paints hidden text as a dark bar on the page; the blur strength is saved', async () => {
    await loadContent('/review.html');
    await ext.page.bringToFront();
    const block = ext.page.locator('[data-test-episode="1"]');
    expect(await block.getAttribute('data-spoiler-shield')).toBe('hidden');
    const blurred = await highlightPaint(block);
    expect(blurred.blurRadius, 'blurred at first').toBeGreaterThan(0);
    expect(await barShare(block), 'no bar while blurred').toBeLessThan(0.05);

    await options.bringToFront();
    await $('#look-bar').check();
    await expectStored({ look: 'bar' });
    expect(await $('#blur-strength').isDisabled()).toBe(true);
    await expect.poll(() => highlightPaint(block)).toEqual({ background: 'rgb(68, 64, 60)', blurRadius: 0 });
    await ext.page.bringToFront();
    // The bar covers the text's line boxes: a good part of the block is the bar's colour.
    expect(await barShare(block), 'bar share of the block').toBeGreaterThan(0.25);

    await options.bringToFront();
    await $('#look-blur').check();
    await expectStored({ look: 'blur' });
    expect(await $('#blur-strength').isEnabled()).toBe(true);
    await expect.poll(() => highlightPaint(block).then((p) => p.blurRadius)).toBe(blurred.blurRadius);

    await $('#blur-strength').focus();
    await options.keyboard.press('ArrowRight');
    await expectStored({ blurStrength: 4 });
    expect(await $('#blur-strength-value').textContent()).toBe('4');
    // A stronger blur on the page: a wider shadow.
    await expect.poll(() => highlightPaint(block).then((p) => p.blurRadius)).toBeGreaterThan(blurred.blurRadius);
    await ext.page.bringToFront();
    expect(await barShare(block)).toBeLessThan(0.05);

    await $('#blur-strength').fill('1');
    await expectStored({ blurStrength: 1 });
    expect(await $('#blur-strength-value').textContent()).toBe('1');
    await expect.poll(() => highlightPaint(block).then((p) => p.blurRadius)).toBeLessThan(blurred.blurRadius);
  });

  it('"Press and hold it" is saved, and a plain click then no longer reveals', async () => {
    await $('#reveal-hold').check();
    await expectStored({ revealMode: 'hold' });
    expect(await $('#reveal-click').isChecked()).toBe(false);

    await loadContent('/review.html');
    await ext.page.bringToFront();
    const block = ext.page.locator('[data-test-episode="3"]');
    await block.hover();
    await expect.poll(() => ext.page.locator('spoiler-shield-hint .card').textContent()).toContain(tEn('hintHold'));
    await block.click();
    await ext.page.waitForTimeout(300);
    expect(await block.getAttribute('data-spoiler-shield')).toBe('hidden');

    // Held on the passage's first words, where a reader starts.
    const box = (await block.boundingBox())!;
    await ext.page.mouse.move(box.x + 20, box.y + box.height / 2);
    await ext.page.mouse.down();
    await ext.page.waitForTimeout(900);
    await ext.page.mouse.up();
    await expect.poll(() => block.getAttribute('data-spoiler-shield')).toBe('revealed');
  });
});

describe('your own plot points', () => {
  it('adds "the tunnel" for episode 4, hides it on a page that is not about the show until episode 4, and removes it', async () => {
    await loadContent(OWN_PAGE);
    const tunnel = ext.page.locator('#tunnel');
    const control = ext.page.locator('#control');
    expect(await tunnel.getAttribute('data-spoiler-shield')).toBeNull();
    expect((await shieldStatus(ext.serviceWorker, ext.tabId)).showMentioned).toBe(false);

    expect(await $('#keyword-episode').inputValue(), 'defaults to the next unwatched episode').toBe('1');
    await $('#keyword-text').fill('the tunnel');
    await $('#keyword-episode').selectOption('4');
    await $('#keyword-form button[type="submit"]').click();
    await expectStored({ ownPlotPoints: [{ text: 'the tunnel', episode: 4, show: SHOW }] });
    await expect.poll(() => listed('keywords')).toEqual([
      { text: 'the tunnel', detail: tEn('ownPlotPointOf', 'Prison Cell 211', 4), button: 'Remove the tunnel' },
    ]);
    expect(await $('#keywords-empty').isHidden()).toBe(true);
    expect(await $('#keyword-text').inputValue()).toBe('');

    // Watched nothing yet: hidden, labelled with the show and episode 4 (never "your keyword", issue 16).
    await expect.poll(() => tunnel.getAttribute('data-spoiler-shield')).toBe('hidden');
    expect(await tunnel.getAttribute('data-spoiler-episode')).toBe('4');
    const label = (await tunnel.getAttribute('aria-label')) ?? '';
    expect(label).toBe(tEn('hiddenLabel', 'Prison Cell 211', 4));
    expect(await control.getAttribute('data-spoiler-shield')).toBeNull();

    for (const [watched, hidden] of [[3, true], [4, false], [6, false], [2, true]] as const) {
      await $('#watched-prison-cell-211').selectOption(String(watched));
      await expectStored({ watchedEpisode: { [SHOW]: watched } });
      await expect
        .poll(() => tunnel.getAttribute('data-spoiler-shield'), { message: `watched ${watched}` })
        .toBe(hidden ? 'hidden' : null);
      expect(await hiddenOnContent(), `hidden count at ${watched}`).toBe(hidden ? 1 : 0);
    }

    await $('#keywords button[aria-label="Remove the tunnel"]').click();
    await expectStored({ ownPlotPoints: [] });
    await expect.poll(() => listed('keywords')).toEqual([]);
    expect(await $('#keywords-empty').isVisible()).toBe(true);
    await expect.poll(() => tunnel.getAttribute('data-spoiler-shield')).toBeNull();
    expect(await hiddenOnContent()).toBe(0);
  });

  it('refuses a plot point with no letter or digit, says why, and stores nothing', async () => {
    const before = await everything();
    await $('#keyword-text').fill('!!!');
    await $('#keyword-form button[type="submit"]').click();
    await expect.poll(() => $('#keyword-error').textContent()).toBe(tEn('optKeywordInvalid', 100));
    expect(await $('#keyword-error').isVisible()).toBe(true);
    expect(await $('#keyword-text').getAttribute('aria-invalid')).toBe('true');
    expect(await everything()).toBe(before);
    expect(await listed('keywords')).toEqual([]);
  });
});

describe('back up and restore', () => {
  it('exports every setting as a version 4 file', async () => {
    await $('#watched-prison-cell-211').selectOption('2');
    await $('#look-bar').check();
    await $('#reveal-hold').check();
    await $('#site-input').fill('www.spoilers.example');
    await $('#site-input').press('Enter');
    await $('#keyword-text').fill('the tunnel');
    await $('#keyword-episode').selectOption('5');
    await $('#keyword-text').press('Enter');
    await expectStored({ ownPlotPoints: [{ text: 'the tunnel', episode: 5, show: SHOW }], disabledSites: ['spoilers.example'] });

    const [download] = await Promise.all([options.waitForEvent('download'), $('#export').click()]);
    expect(download.suggestedFilename()).toBe('spoiler-shield-settings.json');
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file).toEqual({
      format: 'spoiler-shield-settings',
      version: 4,
      settings: {
        watchedEpisode: { [SHOW]: 2 },
        enabled: true,
        disabledSites: ['spoilers.example'],
        notSpoilers: {},
        look: 'bar',
        blurStrength: 3,
        revealMode: 'hold',
        ownPlotPoints: [{ text: 'the tunnel', episode: 5, show: SHOW }],
        followedShows: [SHOW],
      },
    });
    await expect.poll(() => $('#backup-status').textContent()).toBe(tEn('optExported', 'spoiler-shield-settings.json'));
  });

  it('imports a good file: every setting changes at once and the page shows them', async () => {
    const settings = {
      watchedEpisode: { [SHOW]: 5 },
      enabled: false,
      disabledSites: ['news.example.org'],
      notSpoilers: { 'forum.example': ['0123456789abcdef'] },
      look: 'bar',
      blurStrength: 2,
      revealMode: 'hold',
      ownPlotPoints: [{ text: 'the riot', episode: 2, show: SHOW }],
      followedShows: [SHOW],
    };
    await $('#import-file').setInputFiles({
      name: 'my-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'spoiler-shield-settings', version: 4, settings })),
    });
    await expect.poll(() => $('#backup-status').getAttribute('data-result')).toBe('ok');
    expect(await $('#backup-status').textContent()).toBe(tEn('optImported', 'my-settings.json'));
    // Pauses are not in an export file, and an import leaves them alone.
    const { pausedUntil: _until, pausedSites: _sites, ...imported } = await stored();
    expect(imported).toEqual(settings);

    await expect.poll(() => $('#watched-prison-cell-211').inputValue()).toBe('5');
    expect(await $('#global-enabled').isChecked()).toBe(false);
    expect(await listed('sites')).toEqual([{ text: 'news.example.org', detail: null, button: 'Remove news.example.org' }]);
    expect(await $('#look-bar').isChecked()).toBe(true);
    expect(await $('#blur-strength').isDisabled()).toBe(true);
    expect(await $('#blur-strength').inputValue()).toBe('2');
    expect(await $('#reveal-hold').isChecked()).toBe(true);
    expect(await listed('keywords')).toEqual([{ text: 'the riot', detail: tEn('ownPlotPointOf', 'Prison Cell 211', 2), button: 'Remove the riot' }]);
  });

  it('imports nothing from a broken file, names the problem, and leaves storage byte for byte as it was', async () => {
    await store({ watchedEpisode: { [SHOW]: 1 }, disabledSites: ['keep.example'], blurStrength: 5 });
    await expect.poll(() => $('#watched-prison-cell-211').inputValue()).toBe('1');
    const before = await everything();
    const good = {
      format: 'spoiler-shield-settings',
      version: 4,
      settings: { ...FILE_DEFAULTS, watchedEpisode: { [SHOW]: 6 } },
    };
    const cases = [
      { name: 'truncated.json', text: '{"format": "spoiler-shield-settings", "version": 3, "settings": {', says: 'not JSON' },
      { name: 'fog.json', text: JSON.stringify({ ...good, settings: { ...good.settings, look: 'fog' } }), says: '“settings.look”' },
    ];
    for (const { name, text, says } of cases) {
      await $('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => $('#backup-status').getAttribute('data-result'), { message: name }).toBe('error');
      const message = (await $('#backup-status').textContent()) ?? '';
      expect(message, name).toContain(says);
      expect(message.startsWith(tEn('optImportFailed', '').trim()), message).toBe(true);
      expect(await everything(), `${name} left storage alone`).toBe(before);
      // Cleared so that the next file's result is awaited, not this one's.
      await $('#backup-status').evaluate((el) => el.removeAttribute('data-result'));
    }
    expect(await $('#backup-status').textContent()).toContain('settings.look');
    expect(await $('#backup-status').textContent()).toContain(tEn('problemLook'));
    expect(await $('#watched-prison-cell-211').inputValue()).toBe('1');
    expect(await listed('sites')).toEqual([{ text: 'keep.example', detail: null, button: 'Remove keep.example' }]);
  });
});

describe('reset to defaults', () => {
  it('asks first; Cancel changes nothing; "Reset everything" puts every default back', async () => {
    await store({
      watchedEpisode: { [SHOW]: 4 },
      enabled: false,
      disabledSites: ['example.com'],
      look: 'bar',
      blurStrength: 5,
      revealMode: 'hold',
      ownPlotPoints: [{ text: 'the tunnel', episode: 4 }],
    });
    await expect.poll(() => $('#watched-prison-cell-211').inputValue()).toBe('4');
    const before = await everything();

    await $('#reset').click();
    expect(await $('#reset-confirm').isVisible()).toBe(true);
    expect(await $('#reset-confirm').getAttribute('role')).toBe('alertdialog');
    expect(await $('#reset').isHidden()).toBe(true);
    expect((await focusRing(options)).id).toBe('reset-no');

    await $('#reset-no').click();
    expect(await $('#reset-confirm').isHidden()).toBe(true);
    expect((await focusRing(options)).id).toBe('reset');
    expect(await everything()).toBe(before);
    expect(await $('#watched-prison-cell-211').inputValue()).toBe('4');

    await $('#reset').click();
    await $('#reset-yes').click();
    await expect.poll(stored).toEqual(DEFAULTS);
    await expect.poll(() => $('#status').textContent()).toBe(tEn('optResetDone'));
    expect(await $('#reset-confirm').isHidden()).toBe(true);
    expect(await $('#watched-prison-cell-211').inputValue()).toBe('0');
    expect(await $('#global-enabled').isChecked()).toBe(true);
    expect(await listed('sites')).toEqual([]);
    expect(await $('#sites-empty').isVisible()).toBe(true);
    expect(await $('#look-blur').isChecked()).toBe(true);
    expect(await $('#blur-strength').isEnabled()).toBe(true);
    expect(await $('#blur-strength').inputValue()).toBe('3');
    expect(await $('#reveal-click').isChecked()).toBe(true);
    expect(await listed('keywords')).toEqual([]);
    expect(await $('#keyword-episode').inputValue()).toBe('1');
  });
});

describe('with the keyboard only', () => {
  it('reaches and operates every kind of control, with a visible focus ring on each', async () => {
    await options.bringToFront();
    await tabTo(options, '#watched-prison-cell-211');
    await expectFocusRing(options, 'watched-prison-cell-211');
    await options.keyboard.press('ArrowDown');
    await expectStored({ watchedEpisode: { [SHOW]: 1 } });
    expect(await $('#watched-prison-cell-211').inputValue()).toBe('1');

    await tabTo(options, '#global-enabled');
    await expectFocusRing(options, 'global-enabled');
    await options.keyboard.press('Space');
    await expectStored({ enabled: false });
    await options.keyboard.press('Space');
    await expectStored({ enabled: true });

    // Add a site by typing and pressing Enter, then remove it with the list's button.
    await tabTo(options, '#site-input');
    await expectFocusRing(options, 'site-input');
    await options.keyboard.type('keyboard.example');
    await options.keyboard.press('Enter');
    await expectStored({ disabledSites: ['keyboard.example'] });
    await expect.poll(() => listed('sites')).toEqual([{ text: 'keyboard.example', detail: null, button: 'Remove keyboard.example' }]);
    await tabTo(options, '#sites button', { back: true });
    expect((await focusRing(options)).label).toBe('Remove keyboard.example');
    const removeRing = await focusRing(options);
    expect(removeRing.focusVisible && removeRing.style !== 'none' && removeRing.width >= 2, JSON.stringify(removeRing)).toBe(true);
    await options.keyboard.press('Enter');
    await expectStored({ disabledSites: [] });
    // With the list empty, focus goes back to the field.
    await expect.poll(async () => (await focusRing(options)).id).toBe('site-input');

    // Radios move with the arrow keys.
    await tabTo(options, '#look-blur');
    await expectFocusRing(options, 'look-blur');
    await options.keyboard.press('ArrowDown');
    await expectStored({ look: 'bar' });
    expect(await $('#look-bar').isChecked()).toBe(true);
    await expectFocusRing(options, 'look-bar');
    await options.keyboard.press('ArrowUp');
    await expectStored({ look: 'blur' });

    await tabTo(options, '#blur-strength');
    await expectFocusRing(options, 'blur-strength');
    await options.keyboard.press('ArrowRight');
    await expectStored({ blurStrength: 4 });

    await tabTo(options, '#reveal-click');
    await options.keyboard.press('ArrowDown');
    await expectStored({ revealMode: 'hold' });
    await expectFocusRing(options, 'reveal-hold');

    // Own plot point: type, Tab past the show to the episode, pick with the arrows, Enter to add.
    await tabTo(options, '#keyword-text');
    await expectFocusRing(options, 'keyword-text');
    await options.keyboard.type('the tunnel');
    await options.keyboard.press('Tab');
    await expectFocusRing(options, 'keyword-show');
    await options.keyboard.press('Tab');
    await expectFocusRing(options, 'keyword-episode');
    expect(await $('#keyword-episode').inputValue()).toBe('2'); // watched 1 → next is 2
    await options.keyboard.press('ArrowDown');
    await options.keyboard.press('Shift+Tab');
    await options.keyboard.press('Shift+Tab');
    await options.keyboard.press('Enter');
    await expectStored({ ownPlotPoints: [{ text: 'the tunnel', episode: 3, show: SHOW }] });

    // The file input is visually hidden: its label shows the focus ring instead.
    await tabTo(options, '#import-file');
    const labelRing = await $('label[for="import-file"]').evaluate((label) => {
      const style = getComputedStyle(label);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(labelRing.style, 'import label outline').not.toBe('none');
    expect(labelRing.width).toBeGreaterThanOrEqual(2);

    // Reset opens its question with Enter and Escape closes it, focus back on the button.
    await tabTo(options, '#reset');
    await expectFocusRing(options, 'reset');
    await options.keyboard.press('Enter');
    expect(await $('#reset-confirm').isVisible()).toBe(true);
    await expectFocusRing(options, 'reset-no');
    await options.keyboard.press('Escape');
    expect(await $('#reset-confirm').isHidden()).toBe(true);
    await expectFocusRing(options, 'reset');
    await expectStored({ revealMode: 'hold', look: 'blur', blurStrength: 4 });
  });
});

describe('screenshot for the README', () => {
  it('saves the options page with a site and a plot point of the reader\'s', async () => {
    await store({ watchedEpisode: { [SHOW]: 2 }, disabledSites: ['example.com'], ownPlotPoints: [{ text: 'the tunnel', episode: 4 }] });
    await expect.poll(() => listed('keywords')).toHaveLength(1);
    await options.setViewportSize({ width: 760, height: 900 });
    mkdirSync(dirname(OPTIONS_SCREENSHOT), { recursive: true });
    await options.screenshot({ path: OPTIONS_SCREENSHOT, fullPage: true });
    await options.setViewportSize({ width: 1000, height: 900 });
    const png = readFileSync(OPTIONS_SCREENSHOT);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(OPTIONS_SCREENSHOT).size).toBeGreaterThan(5_000);
  });
});
