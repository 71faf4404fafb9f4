// The hint card and the reader's looks (blur strengths and the bar) in real Firefox, on the review and
// in shadow roots. In ESR 140 both depend on stylesheets the content script adopts
// (src/shield/adopt-sheets.ts); before that fix the card never appeared and the looks were ignored.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockHandle, FirefoxSession, inkOf, until } from './harness';

/** The bar's colour (src/shield/look.ts). */
const BAR: [number, number, number] = [68, 64, 60];

let session: FirefoxSession;

beforeAll(async () => {
  session = await FirefoxSession.start();
  console.info(`Firefox under test: ${session.firefox.version}`);
});

afterAll(async () => {
  await session?.close();
});

const state = (block: ElementHandle<Element>) => block.evaluate((e) => e.getAttribute('data-spoiler-shield'));

describe('the hint card on the review at "Nothing yet"', () => {
  let page: Page;

  beforeAll(async () => {
    await session.store({ look: 'blur', blurStrength: 3, notSpoilers: {} });
    await session.watched(0);
    ({ page } = await session.open('review.html'));
    await page.bringToFront();
  });

  /** The card's state as the reader would see it. */
  const card = () =>
    page.evaluate(() => {
      const el = document.querySelector('spoiler-shield-hint')?.shadowRoot?.querySelector<HTMLElement>('.card');
      if (!el || el.hidden) return undefined;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        title: el.querySelector('.title')?.textContent ?? '',
        text: el.textContent ?? '',
        position: style.position,
        background: style.backgroundColor,
        rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
        buttons: [...el.querySelectorAll('button')].map((b) => b.textContent),
      };
    });

  const button = async (label: string) => {
    const handle = await page.evaluateHandle(
      (l) => [...(document.querySelector('spoiler-shield-hint')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === l) ?? null,
      label,
    );
    const element = handle.asElement();
    if (!element) throw new Error(`no "${label}" button in the card`);
    return element as ElementHandle<Element>;
  };

  it('shows, styled, beside the block it explains, naming what it hides without its words', async () => {
    const block = await blockHandle(page, 'Helena dies, and the baby with her.');
    await block.hover();
    const shown = await until(card, (c) => c !== undefined, 5_000);
    expect(shown!.title.startsWith('Spoiler · '), shown!.title).toBe(true);
    expect(shown!.title).toBe('Spoiler · Prison Cell 211 · episode 5');
    for (const word of ['Helena', 'dies', 'baby']) expect(shown!.text).not.toContain(word);
    // Styled by its own adopted sheet: fixed, on its own background.
    expect(shown!.position).toBe('fixed');
    expect(shown!.background).toBe('rgb(255, 251, 235)');
    expect(shown!.buttons).toEqual(['Reveal', 'Not a spoiler']);
    const r = await block.evaluate((e) => {
      const b = e.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom };
    });
    expect(shown!.rect.bottom <= r.top || shown!.rect.top >= r.bottom, 'the card does not cover its block').toBe(true);
  });

  it('"Reveal", clicked by the reader, reveals that block', async () => {
    const block = await blockHandle(page, "Juan cuts off Baldor's hand");
    await block.hover();
    await until(card, (c) => c !== undefined, 5_000);
    await (await button('Reveal')).click();
    await until(() => state(block), (s) => s === 'revealed');
  });

  it('"Not a spoiler" reveals the block and remembers it for the site', async () => {
    const block = await blockHandle(page, 'Juan kills Carajo and hides the body.');
    await block.hover();
    await until(card, (c) => c !== undefined, 5_000);
    await (await button('Not a spoiler')).click();
    await until(() => state(block), (s) => s === 'revealed');
    const stored = (await until(() => session.read('notSpoilers'), (v) => Object.keys((v ?? {}) as object).length > 0)) as Record<string, string[]>;
    expect(Object.keys(stored)).toEqual(['127.0.0.1']);
  });
});

describe('the looks: blur strengths and the bar, in the page and in shadow roots', () => {
  /** How a hidden block's highlight is painted. */
  const paint = (block: ElementHandle<Element>) =>
    block.evaluate((e) => {
      const s = getComputedStyle(e, '::highlight(spoiler-shield)');
      return { color: s.color, background: s.backgroundColor, blur: Number(/([\d.]+)px$/.exec(s.textShadow)?.[1] ?? 0) };
    });

  for (const [fixture, start] of [
    ['review.html', 'Helena dies, and the baby with her.'],
    ['live/shadow.html', "Juan cuts off Baldor's hand"],
  ] as const) {
    it(`${fixture}: the bar paints over the text, and each blur strength is applied`, async () => {
      await session.store({ look: 'blur', blurStrength: 1, notSpoilers: {} });
      await session.watched(0);
      const { page } = await session.open(fixture);
      if (fixture.includes('shadow')) await page.waitForSelector('html[data-shadow="done"]');
      await page.bringToFront();
      const block = await blockHandle(page, start);
      await until(() => state(block), (s) => s === 'hidden');

      // Blur strength 1, the weakest: transparent text under a shadow, and nothing legible in pixels.
      const weakest = await until(() => paint(block), (p) => p.blur > 0);
      expect(weakest.color).toBe('rgba(0, 0, 0, 0)');
      const blurredInk = await inkOf(block);

      await session.store({ blurStrength: 5 });
      const strongest = await until(() => paint(block), (p) => p.blur > weakest.blur);
      expect(strongest.color).toBe('rgba(0, 0, 0, 0)');

      await session.store({ look: 'bar' });
      const bar = await until(() => paint(block), (p) => p.background === 'rgb(68, 64, 60)');
      expect(bar).toEqual({ color: 'rgba(0, 0, 0, 0)', background: 'rgb(68, 64, 60)', blur: 0 });
      const barInk = await inkOf(block, BAR);

      await block.click();
      await until(() => state(block), (s) => s === 'revealed');
      const shownInk = await inkOf(block, BAR);
      console.info(`${fixture} (${session.firefox.version}): blur 1 ${JSON.stringify(blurredInk)}, bar ${JSON.stringify(barInk)}, revealed ${JSON.stringify(shownInk)}`);
      expect(shownInk.textColour).toBeGreaterThan(0.01);
      for (const hidden of [blurredInk, barInk]) {
        expect(hidden.textColour).toBeLessThan(shownInk.textColour / 20);
        expect(hidden.edges).toBeLessThan(shownInk.edges / 3);
      }
      // The bar covers the text's line boxes: a good part of the block is the bar's colour.
      expect(barInk.near).toBeGreaterThan(0.25);
      expect(shownInk.near).toBeLessThan(0.05);
      await page.close();
    });
  }
});
