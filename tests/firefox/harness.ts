// The Firefox tier's harness: Debian's Firefox ESR (FIREFOX_PATH picks which) with the built extension,
// driven over WebDriver BiDi by puppeteer-core (scripts/firefox-browser.mjs). Like the Chromium tests it
// reads only the public page contract (data-spoiler-shield, data-spoiler-episode, the ready attribute)
// and the content script's answer to `get-status`, and sets progress through the popup or storage.
//
// The extension's own APIs are used from a "control" tab: one of the extension's pages, opened at its
// fixed moz-extension:// address, where `browser.*` is the extension's.
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { serveFixtures } from '../../scripts/serve-fixtures.mjs';
import {
  EXTENSION_ORIGIN,
  launchFirefox,
  navigate,
  openExtensionPage,
  setViewport,
  type FirefoxWithExtension,
} from '../../scripts/firefox-browser.mjs';
import type { ShieldStatus } from '../../src/messages';
import { decodePng, ink, rgbOf, type Ink } from './pixels';

/** The extension's `browser` inside an extension page; the code runs there, not in Node. */
declare const browser: any;

export const VIEWPORT = { width: 1000, height: 900 };
/** The catalog's id of Prison Cell 211, the key of its progress in storage. */
export const SHOW = 'prison-cell-211';

export class FirefoxSession {
  private constructor(
    readonly firefox: FirefoxWithExtension,
    readonly server: Awaited<ReturnType<typeof serveFixtures>>,
    /** An extension page that stays open, for the extension's APIs. */
    readonly control: Page,
  ) {}

  /** Starts the fixture server and Firefox with the extension. Throws (never skips) when either cannot start. */
  static async start(options: Parameters<typeof launchFirefox>[0] = {}): Promise<FirefoxSession> {
    const server = await serveFixtures();
    let firefox: FirefoxWithExtension | undefined;
    try {
      firefox = await launchFirefox(options);
      const control = await openExtensionPage(firefox.browser, 'options.html');
      return new FirefoxSession(firefox, server, control);
    } catch (error) {
      await firefox?.close();
      await server.close();
      throw error;
    }
  }

  get browser(): Browser {
    return this.firefox.browser;
  }

  /** The Firefox major version under test (140, 153, ...). */
  get major(): number {
    return Number(/(\d+)\./.exec(this.firefox.version)?.[1]);
  }

  async close(): Promise<void> {
    await this.firefox.close();
    await this.server.close();
  }

  /** Writes settings the way the popup and the options page do (storage.local). */
  async store(values: Record<string, unknown>): Promise<void> {
    await this.control.evaluate((v) => browser.storage.local.set(v), values);
  }

  /** Sets "Watched up to" for Prison Cell 211, as the popup stores it. */
  async watched(episode: number): Promise<void> {
    await this.store({ watchedEpisode: { [SHOW]: episode } });
  }

  async read(key: string): Promise<unknown> {
    return this.control.evaluate(async (k) => (await browser.storage.local.get(k))[k], key);
  }

  /** Opens a fixture page in a new tab (or `page`), at the test viewport, and waits for the shield to settle. */
  async open(path: string, page?: Page): Promise<{ page: Page; tabId: number }> {
    const tab = page ?? (await this.browser.newPage());
    await setViewport(tab, VIEWPORT.width, VIEWPORT.height);
    await tab.goto(`${this.server.origin}/${path}`);
    const tabId = await this.tabIdOf(tab);
    await this.settle(tab, tabId);
    return { page: tab, tabId };
  }

  /** The tab id of a page: the extension sees the URL of every tab on a site it may read. */
  async tabIdOf(page: Page, timeout = 10_000): Promise<number> {
    const url = page.url();
    const deadline = Date.now() + timeout;
    for (;;) {
      const ids: number[] = await this.control.evaluate(
        async (u) => (await browser.tabs.query({})).filter((t: { url?: string }) => t.url === u).map((t: { id: number }) => t.id),
        url,
      );
      if (ids.length === 1) return ids[0]!;
      if (ids.length > 1) {
        // The same page in several tabs: bring this one to the front and take the active tab.
        await page.bringToFront();
        const active: number | undefined = await this.control.evaluate(
          async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
        );
        if (active !== undefined && ids.includes(active)) return active;
      }
      if (Date.now() > deadline) throw new Error(`tabIdOf: ${ids.length} tabs show ${url}`);
      await sleep(100);
    }
  }

  /** The content script's answer to `get-status` in the tab's top frame. */
  status(tabId: number): Promise<ShieldStatus> {
    return this.control.evaluate((id) => browser.tabs.sendMessage(id, { type: 'get-status' }, { frameId: 0 }), tabId);
  }

  /**
   * Polls `get-status` until the shield's queue is empty, twice, 100 ms apart (not two animation frames:
   * Firefox runs none in a background tab, and the page is often behind the popup's tab).
   */
  async settle(_page: Page, tabId: number, timeout = 15_000): Promise<ShieldStatus> {
    const idle = async () => {
      const deadline = Date.now() + timeout;
      let last: unknown;
      for (;;) {
        try {
          const s = await this.status(tabId);
          last = s;
          if (s && s.ready && s.pending === 0) return s;
        } catch (error) {
          last = String(error);
        }
        if (Date.now() > deadline) throw new Error(`the shield in tab ${tabId} never became idle; last status ${JSON.stringify(last)}`);
        await sleep(50);
      }
    };
    await idle();
    await sleep(100);
    return idle();
  }

  /** Opens the popup in a tab of its own, pointed at `tabId` (a toolbar popup cannot be opened from a test). */
  async popup(tabId: number): Promise<PopupPage> {
    const page = await openExtensionPage(this.browser, `popup.html?tabId=${tabId}`);
    await page.waitForSelector('body[data-ready="true"]');
    return new PopupPage(page);
  }

  /** Navigates an open extension page again (e.g. the control tab after a reinstall). */
  reopen(page: Page, path: string): Promise<void> {
    return navigate(page, `${EXTENSION_ORIGIN}/${path}`);
  }
}

/** The popup as a reader uses it. */
export class PopupPage {
  constructor(readonly page: Page) {}

  async setWatched(episode: number): Promise<void> {
    await this.page.select('#watched-prison-cell-211', String(episode));
  }

  /** Clicks a switch (with the real mouse) until it shows `on`. */
  async setSwitch(id: 'site-enabled' | 'global-enabled', on: boolean): Promise<void> {
    if ((await this.page.$eval(`#${id}`, (e) => (e as HTMLInputElement).checked)) !== on) await this.page.click(`#${id}`);
  }

  async hiddenCount(): Promise<number> {
    return Number(await this.page.$eval('#hidden-count', (e) => e.getAttribute('data-count')));
  }

  async text(selector: string): Promise<string> {
    return this.page.$eval(selector, (e) => (e.textContent ?? '').trim());
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/**
 * The hidden passages of a page, one per passage as the popup counts them: a hidden block, or a hidden
 * unit (a comment, a card), whose blocks inside carry the unit's marks too and are not counted again
 * (the same selector as HIDDEN_PASSAGE in tests/e2e/harness.ts).
 */
export const HIDDEN_PASSAGE = '[data-spoiler-shield="hidden"]:not([data-spoiler-shield="hidden"] *)';

/** Each test block of the page (and of its open shadow roots): what it reveals, and the marks on it. */
export function blocks(page: Page | Frame) {
  return page.evaluate(() => {
    const out: Array<{ text: string; expected: number; shield: string | null; episode: string | null }> = [];
    const visit = (root: Document | ShadowRoot) =>
      root.querySelectorAll('*').forEach((el) => {
        if (el.hasAttribute('data-test-episode')) {
          out.push({
            text: (el.textContent ?? '').trim().slice(0, 60),
            expected: Number(el.getAttribute('data-test-episode')),
            shield: el.getAttribute('data-spoiler-shield'),
            episode: el.getAttribute('data-spoiler-episode'),
          });
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      });
    visit(document);
    return out;
  });
}

/** Blocks whose marks differ from what `watched` calls for. */
export async function wrongMarks(page: Page | Frame, watched: number): Promise<string[]> {
  return (await blocks(page))
    .filter(({ expected, shield, episode }) =>
      expected > watched ? shield !== 'hidden' || episode !== String(expected) : shield !== null || episode !== null,
    )
    .map((b) => `episode ${b.expected} "${b.text}": shield=${b.shield} episode=${b.episode}`);
}

/** Polls until `check` returns an empty list (or throws with the last one). */
export async function until<T>(check: () => Promise<T>, done: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The ink in a screenshot of `element`, against the text colour the page gives it. */
export async function inkOf(element: ElementHandle<Element>, near?: readonly [number, number, number]): Promise<Ink> {
  await element.frame.page().bringToFront();
  const colour = await element.evaluate((e) => getComputedStyle(e).color);
  await element.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const png = await element.screenshot({ type: 'png' });
  return ink(decodePng(png), rgbOf(colour), near);
}

/** A block of the page or of an open shadow root, by its start, as a puppeteer handle. */
export async function blockHandle(page: Page | Frame, start: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle((s) => {
    const visit = (root: Document | ShadowRoot): Element | undefined => {
      for (const el of root.querySelectorAll('*')) {
        if (el.hasAttribute('data-test-episode') && (el.textContent ?? '').trim().startsWith(s)) return el;
        const inner = el.shadowRoot ? visit(el.shadowRoot) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    return visit(document) ?? null;
  }, start);
  const element = handle.asElement();
  if (!element) throw new Error(`no block starts with "${start}"`);
  return element as ElementHandle<Element>;
}
