// Shared helpers of the live-site browser tests (tests/e2e/live-*.e2e.test.ts): the leak probe
// (tests/fixtures/pages/live/leak-probe.js, which looks at every frame just before paint) and the
// steps every live test repeats — settings through the service worker, a fresh tab per scenario,
// waiting for the shield, and the marks each block should carry, in frames and shadow roots too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { useExtensionBrowser, type ExtensionFixture, type FixtureServer } from './fixtures';
import { tabIdOf, waitForShieldIdle } from './harness';

const PROBE_SOURCE = readFileSync(
  fileURLToPath(new URL('../fixtures/pages/live/leak-probe.js', import.meta.url)),
  'utf8',
);

/** What the probe of one frame recorded (see leak-probe.js). */
export interface ProbeFigures {
  url: string;
  watched: number;
  callbacks: number;
  checks: number;
  spoilersSeen: number;
  leakCount: number;
  /** Spoiler checks that found the text painted transparent (text the shield had not read yet). */
  paintedOver: number;
  leakedElements: number;
  leaks: Array<{ at: number; episode: number; why: string; shield: string | null; coverage: number; text: string; chunk: string | null }>;
  stages: number[];
  firstAt: number;
  lastAt: number;
}

/** The service worker's `chrome`, as far as these tests use it; the code runs there, not in Node. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

export interface ShieldSettings {
  watchedEpisode: number;
  enabled?: boolean;
  disabledSites?: string[];
}

/** Writes the reader's settings where the extension reads them; open tabs apply them live. */
export function setSettings(serviceWorker: Worker, settings: ShieldSettings): Promise<void> {
  const value = { enabled: true, disabledSites: [], notSpoilers: {}, ...settings };
  return serviceWorker.evaluate((items) => chrome.storage.local.set(items), value);
}

/** Sends `reveal-all` or `hide-again` to every frame of a tab, as the popup does. */
export function sendToTab(serviceWorker: Worker, tabId: number, type: 'reveal-all' | 'hide-again'): Promise<unknown> {
  return serviceWorker.evaluate(([id, t]) => chrome.tabs.sendMessage(id, { type: t }).catch(() => undefined), [tabId, type] as const);
}

/** Adds the probe to every document `page` loads from now on, at progress `watched`. */
export async function armLeakProbe(page: Page, watched: number): Promise<void> {
  await page.addInitScript({ content: `window.__leakProbeWatched = ${Number(watched)};\n${PROBE_SOURCE}` });
}

/** The probe's figures in one frame, or null when the frame has no probe. */
export function readProbe(frame: Frame): Promise<ProbeFigures | null> {
  return frame.evaluate(() => {
    const p = (window as unknown as { leakProbe?: Record<string, unknown> }).leakProbe;
    if (!p) return null;
    const { install: _install, reset: _reset, ...figures } = p;
    return { url: location.href, ...JSON.parse(JSON.stringify(figures)) };
  });
}

/** Forgets the leaks a frame's probe recorded so far (the counts of frames and checks go on). */
export function resetLeaks(frame: Frame): Promise<void> {
  return frame.evaluate(() => {
    const probe = (window as unknown as { leakProbe?: { reset(): void } }).leakProbe;
    if (!probe) throw new Error(`no leak probe in ${location.href}`);
    probe.reset();
  });
}

/** One line of figures, for the test log and the report. */
export function describeFigures(name: string, f: ProbeFigures, inserted?: number): string {
  const what = inserted === undefined ? '' : `${inserted} spoilers inserted, `;
  return (
    `[leak probe] ${name}: ${what}${f.spoilersSeen} seen painted, ${f.callbacks} frames inspected ` +
    `(${f.checks} spoiler checks, ${f.stages.length} page states, ${f.paintedOver ?? 0} painted over unread), ${f.leakCount} leaks ` +
    `(${f.leakedElements} blocks)` +
    (f.leaks.length > 0 ? `; first: ${JSON.stringify(f.leaks.slice(0, 3))}` : '')
  );
}

/**
 * Every test block (data-test-episode) whose marks differ from what `watched` calls for, and every
 * mark on an element that is not a spoiler, in a frame's document and its open shadow roots. A block
 * or picture inside a labelled unit (a comment, a card) carries the unit's marks: that is no stray.
 */
export function markErrors(frame: Frame, watched: number): Promise<string[]> {
  return frame.evaluate((w) => {
    const all: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      root.querySelectorAll('*').forEach((el) => {
        all.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      });
    };
    visit(document);
    // The marks of a unit (a comment hidden whole) are on the unit and every block in it: an unlabelled
    // one is right when the unit (the outermost element around it with the same marks) is labelled, or
    // holds a labelled block with those marks.
    const marksOf = (e: Element) => `${e.getAttribute('data-spoiler-shield')}/${e.getAttribute('data-spoiler-episode')}`;
    const inLabelledUnit = (e: Element) => {
      let unit = e;
      while (unit.parentElement && marksOf(unit.parentElement) === marksOf(e)) unit = unit.parentElement;
      if (unit.hasAttribute('data-test-episode')) return true;
      return [...unit.querySelectorAll('[data-test-episode]')].some((l) => marksOf(l) === marksOf(e));
    };
    const errors: string[] = [];
    for (const el of all) {
      const label = el.getAttribute('data-test-episode');
      const shield = el.getAttribute('data-spoiler-shield');
      const episode = el.getAttribute('data-spoiler-episode');
      const text = (el.textContent ?? '').trim().slice(0, 50);
      if (label === null) {
        if ((shield !== null || episode !== null) && !inLabelledUnit(el)) errors.push(`stray mark on <${el.tagName.toLowerCase()}> "${text}"`);
        continue;
      }
      const expected = Number(label);
      const right = expected > w ? shield === 'hidden' && episode === label : shield === null && episode === null;
      if (!right) errors.push(`episode ${expected} "${text}": shield=${shield} episode=${episode}`);
    }
    return errors;
  }, watched);
}

/** Resolves after `count` animation frames of the frame's document. */
export function frames(frame: Frame, count = 2): Promise<void> {
  return frame.evaluate(
    (n) =>
      new Promise<void>((done) => {
        const step = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    count,
  );
}

/**
 * Polls `errors` until it returns none, for up to `timeout` ms; then fails with the last list. (A
 * plain loop rather than expect.poll, so that it also works in beforeAll.)
 */
export async function expectNoErrors(errors: () => Promise<string[]>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await errors();
    if (found.length === 0) return;
    if (Date.now() > deadline) expect(found, `${what}, still wrong after ${timeout} ms`).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls `read` until it equals `expected` (deep), for up to `timeout` ms; usable in beforeAll too. */
export async function expectEventually<T>(read: () => Promise<T>, expected: T, what: string, timeout = 10_000): Promise<void> {
  const want = JSON.stringify(expected);
  await expectNoErrors(async () => {
    const got = await read();
    return JSON.stringify(got) === want ? [] : [`${what}: ${JSON.stringify(got)}, expected ${want}`];
  }, what, timeout);
}

/** A browser with the extension, the fixture server, and one fresh tab per scenario. */
export class LiveSession {
  page: Page | undefined;
  tabId = -1;

  private constructor(private readonly ext: ExtensionFixture) {}

  /** The session of the calling file: its browser and fixture server start in beforeAll and close in afterAll. */
  static use(): LiveSession {
    return new LiveSession(useExtensionBrowser());
  }

  get serviceWorker(): Worker {
    return this.ext.serviceWorker;
  }

  get server(): FixtureServer {
    return this.ext.server;
  }

  /**
   * Sets the settings, then opens `path` (relative to the fixture root) in a new tab whose documents
   * carry the leak probe at progress `settings.watchedEpisode`; the previous tab is closed. `cpuSlowdown`
   * runs the tab's renderer that many times slower.
   */
  async open(path: string, settings: ShieldSettings, { waitUntil = 'load' as 'load' | 'commit', cpuSlowdown = 1 } = {}): Promise<Page> {
    await setSettings(this.serviceWorker, settings);
    const old = this.page;
    const page = await this.ext.context.newPage();
    this.page = page;
    await old?.close();
    await armLeakProbe(page, settings.watchedEpisode);
    // The page's renderer slowed down as a slow machine's would be (the DevTools protocol's CPU throttling).
    if (cpuSlowdown > 1) await (await this.ext.context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(`${this.ext.server.origin}/${path}`, { waitUntil });
    this.tabId = await tabIdOf(page);
    return page;
  }

  /** Waits until the top frame's shield has an empty queue, two frames later still. */
  async settle(): Promise<void> {
    await waitForShieldIdle(this.serviceWorker, this.tabId);
    await frames(this.page!.mainFrame(), 2);
    await waitForShieldIdle(this.serviceWorker, this.tabId);
  }

  /** Polls until every frame's marks are right for `watched` (frames answer no status of their own). */
  async expectMarks(watched: number, frameList: Frame[] = [this.page!.mainFrame()]): Promise<void> {
    await this.settle();
    for (const frame of frameList) await expectNoErrors(() => markErrors(frame, watched), `marks in ${frame.url()}`);
  }
}
