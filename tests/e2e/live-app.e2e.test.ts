// Issue 4, item 5, in real Chromium with the built extension: nothing broken. A small Preact app
// (tests/fixtures/pages/live/app.html) keeps working once shielded — its clicks, re-renders and own
// text updates, which the shield checks again; inputs, textareas and contenteditable are never
// marked or changed; hidden blocks keep their size; turning the site off gives back exactly the
// page a Chromium without the extension shows after the same clicks.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/extension-browser.mjs';
import { describeFigures, expectEventually, expectNoErrors, frames, LiveSession, markErrors, readProbe, setSettings } from './leak-probe';

const POSTED = "Juan refuses to leave and stays behind as the prison's new ringleader.";
const NOTE = ' Al final Juan se queda en la prisión como el nuevo líder.';

const live = LiveSession.use();
let plain: Browser;

beforeAll(async () => {
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await plain?.close();
});

/** The comments' ids in the order shown, and each one's body text and like button. */
function comments(page: Page) {
  return page.$$eval('#comments > li', (items) =>
    items.map((li) => ({
      id: li.getAttribute('data-id'),
      text: li.querySelector('p.body')?.textContent,
      like: li.querySelector('button.like')?.textContent,
    })),
  );
}

/**
 * The reader's session with the app, the same in both browsers. `after` runs after each step (the
 * shielded browser checks the marks there).
 */
async function useTheApp(page: Page, after: (step: string) => Promise<void> = async () => undefined) {
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  await after('rendered');
  const like = (id: number) => page.click(`#comments > li[data-id="${id}"] button.like`);
  await like(2);
  await like(2);
  await like(4);
  const likes = async () => (await comments(page)).map((c) => c.like);
  await expectEventually(likes, ['Like (0)', 'Like (2)', 'Like (0)', 'Like (1)', 'Like (0)'], 'likes');
  await after('likes');
  await page.click('#sort');
  await expectEventually(async () => (await comments(page)).map((c) => c.id), ['5', '4', '3', '2', '1'], 'newest first');
  await after('newest first');
  await page.click('#more');
  await page.click('#more');
  await expectEventually(async () => (await comments(page)).length, 11, 'comments after load more');
  expect(await page.isDisabled('#more')).toBe(true);
  await after('load more');
  await page.click('#comments > li[data-id="1"] button.edit');
  await page.click('#comments > li[data-id="2"] button.edit');
  const edited = async () => (await comments(page)).filter((c) => c.id === '1' || c.id === '2').map((c) => c.text);
  await expectEventually(edited, ['Ana Sofía Gatica deserved more scenes as Helena.', 'Calancho dies in the last episode.'], 'edits');
  await after('edits');
  await page.locator('#draft').pressSequentially(POSTED);
  expect(await page.inputValue('#draft')).toBe(POSTED);
  await after('typed');
  await page.click('#post');
  await expectEventually(async () => (await comments(page))[0]?.text, POSTED, 'posted comment');
  expect(await page.inputValue('#draft')).toBe('');
  await after('posted');
  await page.click('#sort');
  await page.locator('#notes p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(NOTE);
  await after('notes');
}

/** Marks, values and highlight ranges inside inputs, textareas and contenteditable. */
function editableTrouble(page: Page) {
  return page.evaluate(() => {
    const editables = [...document.querySelectorAll('input, textarea, [contenteditable="true"]')];
    const trouble: string[] = [];
    for (const el of editables) {
      for (const node of [el, ...el.querySelectorAll('*')]) {
        for (const attr of ['data-spoiler-shield', 'data-spoiler-episode', 'tabindex', 'role']) {
          if (node.hasAttribute(attr)) trouble.push(`${attr} on <${node.tagName.toLowerCase()}> in #${el.id}`);
        }
      }
    }
    for (const range of CSS.highlights.get('spoiler-shield') ?? []) {
      const inside = editables.find((el) => el.contains(range.startContainer) || el.contains(range.endContainer));
      if (inside) trouble.push(`highlight inside #${inside.id}`);
    }
    return trouble;
  });
}

/** Position and size of every element of the body, and the page's height. */
function layout(page: Page) {
  return page.evaluate(() => ({
    height: document.scrollingElement!.scrollHeight,
    boxes: [...document.body.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName} ${r.x.toFixed(2)},${r.y.toFixed(2)} ${r.width.toFixed(2)}x${r.height.toFixed(2)}`;
    }),
  }));
}

/** What the editable parts of the page hold: the inputs' values and the contenteditable's markup. */
function editables(page: Page) {
  return page.evaluate(() => ({
    values: [...document.querySelectorAll('input, textarea')].map((el) => `${el.id}=${(el as HTMLInputElement).value}`),
    notes: document.getElementById('notes')!.innerHTML,
  }));
}

describe('a Preact app, shielded', () => {
  const watched = 0;
  let page: Page;
  const errors: string[] = [];
  /** The same session in a Chromium without the extension: the body, and the editables after each step. */
  let expected: { text: string; html: string };
  const expectedEditables = new Map<string, Awaited<ReturnType<typeof editables>>>();

  beforeAll(async () => {
    const reference = await plain.newPage({ viewport: { width: 1000, height: 900 } });
    await reference.goto(`${live.server.origin}/live/app.html`);
    await useTheApp(reference, async (step) => void expectedEditables.set(step, await editables(reference)));
    expected = await reference.evaluate(() => ({ text: document.body.innerText, html: document.body.outerHTML }));
    await reference.close();

    page = await live.open('live/app.html', { watchedEpisode: watched });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      // The browser's own request for /favicon.ico (the fixtures have none) is not the app's error.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
        errors.push(`${message.text()} (${message.location().url})`);
      }
    });
  });

  it('keeps working: clicks, re-renders and its own text updates, each checked again', async () => {
    const steps: string[] = [];
    await useTheApp(page, async (step) => {
      steps.push(step);
      await live.expectMarks(watched);
      expect(await editableTrouble(page), `after "${step}"`).toEqual([]);
      expect(await editables(page), `after "${step}"`).toEqual(expectedEditables.get(step));
    });
    expect(steps).toEqual(['rendered', 'likes', 'newest first', 'load more', 'edits', 'typed', 'posted', 'notes']);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { appRenders: number }).appRenders)).toBeGreaterThanOrEqual(10);
  });

  it('leaves inputs, textareas and contenteditable alone: values and text exactly as typed (also checked after each step)', async () => {
    expect(await page.inputValue('#search')).toBe('Calancho dies in the last episode');
    expect(await page.inputValue('#saved-draft')).toBe('Gándara flees and is never seen again.');
    expect(await page.locator('#notes').innerText()).toContain(`with the knife Calancho hands him.${NOTE}`);
    expect(await editableTrouble(page)).toEqual([]);
  });

  it('paints none of the app\'s spoilers unhidden while it re-renders', async () => {
    const probe = await readProbe(page.mainFrame());
    console.info(describeFigures('app.html (Preact) at episode 0', probe!));
    expect(probe!.spoilersSeen).toBeGreaterThanOrEqual(8);
    expect(probe!.leaks).toEqual([]);
  });

  it('turning the site off gives back exactly the page of a Chromium without the extension', async () => {
    expect(await page.locator('[data-spoiler-shield="hidden"]').count()).toBeGreaterThan(0);
    await setSettings(live.serviceWorker, { watchedEpisode: watched, disabledSites: ['127.0.0.1'] });
    await expectNoErrors(async () => {
      const n = await page.locator('[data-spoiler-shield]').count();
      return n === 0 ? [] : [`${n} blocks still marked`];
    }, 'site off');
    await frames(page.mainFrame(), 2);
    const now = await page.evaluate(() => ({ text: document.body.innerText, html: document.body.outerHTML }));
    expect(now.text).toBe(expected.text);
    expect(now.html).toBe(expected.html);
    expect(await page.evaluate(() => [...(CSS.highlights.get('spoiler-shield') ?? [])].length)).toBe(0);
  });
});

describe('hidden blocks keep their size', () => {
  for (const path of ['live/stream.html', 'live/app.html']) {
    it(`${path}: every box and the page height are the same hidden and with the site off`, async () => {
      const page = await live.open(path, { watchedEpisode: 0 });
      if (path.endsWith('app.html')) await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
      await live.settle();
      expect(await markErrors(page.mainFrame(), 0)).toEqual([]);
      const hidden = await layout(page);
      await setSettings(live.serviceWorker, { watchedEpisode: 0, disabledSites: ['127.0.0.1'] });
      await expectNoErrors(async () => {
        const n = await page.locator('[data-spoiler-shield]').count();
        return n === 0 ? [] : [`${n} blocks still marked`];
      }, 'site off');
      await frames(page.mainFrame(), 2);
      const off = await layout(page);
      expect(hidden.height).toBe(off.height);
      expect(hidden.boxes).toEqual(off.boxes);
    });
  }
});
