// Open shadow roots and frames in real Firefox (tests/fixtures/pages/live/shadow.html and frames.html):
// marked, and painted over, in Firefox ESR 140 too, where the shield cannot style a shadow root the way
// it does in Chrome (src/shield/adopt-sheets.ts). Illegibility is checked in pixels.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockHandle, blocks, FirefoxSession, inkOf, until, wrongMarks } from './harness';
import { unpaintedInShadowRoots } from '../helpers/shadow-paint';

let session: FirefoxSession;

beforeAll(async () => {
  session = await FirefoxSession.start();
  console.info(`Firefox under test: ${session.firefox.version}`);
});

afterAll(async () => {
  await session?.close();
});

/** Hidden blocks inside shadow roots whose highlight is not painted transparent. */
function unpaintedInShadow(page: Page) {
  return page.evaluate(unpaintedInShadowRoots);
}

describe('open shadow roots (declarative, attached early and late, nested, filled later, slotted)', () => {
  const watched = 1;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    await session.watched(watched);
    ({ page, tabId } = await session.open('live/shadow.html'));
    await page.waitForSelector('html[data-shadow="done"]');
    await session.settle(page, tabId);
  });

  it('marks every spoiler past the progress, in the page and in its shadow roots, and nothing else', async () => {
    await until(() => wrongMarks(page, watched), (wrong) => wrong.length === 0);
    expect((await blocks(page)).filter((b) => b.shield === 'hidden')).toHaveLength(9);
  });

  it('paints the hidden text transparent inside every shadow root', async () => {
    expect(await unpaintedInShadow(page)).toEqual([]);
  });

  it('styles shadow roots without adding a node, and keeps the page\'s own adopted sheets first', async () => {
    // Every <style> or <link> in a shadow root is the page's own: none is the shield's.
    const styleNodes = await page.evaluate(() => {
      const out: string[] = [];
      const visit = (root: Document | ShadowRoot, inShadow: boolean) =>
        root.querySelectorAll('*').forEach((el) => {
          if (inShadow && (el.localName === 'style' || el.localName === 'link')) out.push(el.outerHTML.slice(0, 60));
          if (el.shadowRoot) visit(el.shadowRoot, true);
        });
      visit(document, false);
      return out;
    });
    expect(styleNodes.length).toBeGreaterThan(0);
    expect(styleNodes.filter((html) => !html.startsWith('<style>:host { display: block;') && !html.startsWith('<style>p { margin'))).toEqual([]);
    // A shadow root the page gives a sheet of its own, then a spoiler.
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'own-sheet';
      document.querySelector('main')!.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('p { letter-spacing: 3px; }');
      root.adoptedStyleSheets = [sheet];
      (window as unknown as { pageSheet: CSSStyleSheet }).pageSheet = sheet;
      root.innerHTML = '<p data-test-episode="6">Calancho dies in the last episode.</p>';
    });
    await session.settle(page, tabId);
    await until(() => wrongMarks(page, watched), (wrong) => wrong.length === 0);
    const own = await page.evaluate(() => {
      const root = document.getElementById('own-sheet')!.shadowRoot!;
      const p = root.querySelector('p')!;
      return {
        sheets: root.adoptedStyleSheets.length,
        pageSheetFirst: root.adoptedStyleSheets[0] === (window as unknown as { pageSheet: CSSStyleSheet }).pageSheet,
        letterSpacing: getComputedStyle(p).letterSpacing,
        highlight: getComputedStyle(p, '::highlight(spoiler-shield)').color,
        children: root.childNodes.length,
      };
    });
    expect(own).toEqual({ sheets: 2, pageSheetFirst: true, letterSpacing: '3px', highlight: 'rgba(0, 0, 0, 0)', children: 1 });
  });

  it('leaves no letter of a hidden passage in a shadow root legible, in pixels', async () => {
    const block = await blockHandle(page, "Juan cuts off Baldor's hand");
    expect(await block.evaluate((e) => e.getRootNode() instanceof ShadowRoot)).toBe(true);
    const hidden = await inkOf(block);
    await block.click();
    await until(() => block.evaluate((e) => e.getAttribute('data-spoiler-shield')), (s) => s === 'revealed');
    const shown = await inkOf(block);
    console.info(`shadow root: hidden ${JSON.stringify(hidden)} revealed ${JSON.stringify(shown)}`);
    expect(shown.textColour).toBeGreaterThan(0.01);
    expect(hidden.textColour).toBeLessThan(shown.textColour / 20);
    expect(hidden.edges).toBeLessThan(shown.edges / 3);
  });
});

describe('frames: same-origin, srcdoc and about:blank', () => {
  const watched = 0;
  let page: Page;
  let comments: Frame[];

  beforeAll(async () => {
    await session.watched(watched);
    let tabId = 0;
    // Every frame is same-origin here: wait from the top page until each has its later comment, and only
    // then take the frames, so that no handle is of a frame's first about:blank document. On ESR 140, in
    // about one full tier run in two, the frames' own scripts had not finished after 15 s (not understood
    // yet; never on 153, never when the file runs alone): the page is then loaded once more, and what each
    // frame had reached is printed, so that the next look starts from it.
    for (let attempt = 1; ; attempt++) {
      ({ page, tabId } = await session.open('live/frames.html'));
      try {
        await page.waitForFunction(
          () => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.documentElement?.getAttribute('data-later') === 'done'),
          { timeout: 15_000 },
        );
        break;
      } catch (error) {
        const states = await page.evaluate(() =>
          [...document.querySelectorAll('iframe')].map((f) => `${f.id}: ${f.contentDocument?.readyState} later=${f.contentDocument?.documentElement?.getAttribute('data-later')} ready=${f.contentDocument?.documentElement?.hasAttribute('data-spoiler-shield-ready')}`),
        );
        console.warn(`frames.html, attempt ${attempt}: frames not done after 15 s: ${states.join('; ')}`);
        if (attempt === 2) throw error;
      }
    }
    comments = page.mainFrame().childFrames();
    await session.settle(page, tabId);
  });

  it('has its three comment frames', () => {
    expect(comments).toHaveLength(3);
  });

  it('hides the spoilers of every frame, the later comments included, once the top page names the show', async () => {
    for (const frame of [page.mainFrame(), ...comments]) {
      await until(() => wrongMarks(frame, watched), (wrong) => wrong.length === 0);
    }
    const hidden = await Promise.all(comments.map(async (f) => (await blocks(f)).filter((b) => b.shield === 'hidden').length));
    // frame-comments.html 3, srcdoc 2, about:blank 2.
    expect(hidden.sort()).toEqual([2, 2, 3]);
  });

  it('paints the hidden text of each frame transparent', async () => {
    for (const frame of comments) {
      const colours = await frame.evaluate(() =>
        [...document.querySelectorAll('[data-spoiler-shield="hidden"]')].map((e) => getComputedStyle(e, '::highlight(spoiler-shield)').color),
      );
      expect(colours.length).toBeGreaterThan(0);
      for (const c of colours) expect(c).toBe('rgba(0, 0, 0, 0)');
    }
  });
});
