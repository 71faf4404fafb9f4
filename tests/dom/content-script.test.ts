// @vitest-environment happy-dom
// The content script's wiring (src/content/), with WXT's fakeBrowser for storage and messages: the one
// storage read at start, the settings feed, the popup's requests, the background's messages, the badge,
// the first-paint release, and one lifetime that ends it all. ("Not a spoiler", which needs the reader's
// own click, is tested in real Chromium; the background's side of it in tests/unit/background.test.ts.)
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOG_KEY, catalogKeyOf, shippedCatalogText, shippedCatalogTextOf } from '@/src/catalog/wire-store';
import { READY_ATTR, runContentScript } from '@/src/content/index';
import type { Lifetime } from '@/src/content/lifetime';
import type { FromContent, ShieldStatus } from '@/src/messages';
import { installExtras } from '../helpers/fake-extras';

const PAGE = `
  <h1>Prison Cell 211, reviewed</h1>
  <p id="premise">A riot breaks out and Juan passes himself off as an inmate.</p>
  <p id="ep5">Helena dies, and the baby with her.</p>
  <p id="ep6">In the finale Juan kills Calancho.</p>`;

/** What the content script sent the background, in order. */
let sent: FromContent[];
let lifetime: Lifetime | undefined;

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 10));
};
const state = (id: string) => document.getElementById(id)!.getAttribute('data-spoiler-shield');
/** Sends a message to the content script as the popup or background would, and returns its answer. */
async function ask(message: unknown): Promise<unknown> {
  let reply: unknown;
  // Chrome passes sendResponse as a third argument, which fakeBrowser's typing leaves out.
  const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown>;
  await trigger(message, { id: fakeBrowser.runtime.id }, (r: unknown) => (reply = r));
  return reply;
}

async function start(stored: Record<string, unknown> = {}) {
  document.documentElement.removeAttribute(READY_ATTR);
  document.body.innerHTML = PAGE;
  await fakeBrowser.storage.local.set({ [CATALOG_KEY]: { version: '0.1.0', text: shippedCatalogText() }, ...stored });
  lifetime = runContentScript({ css: '' });
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  installExtras();
  sent = [];
  // The background, as far as the content script can tell: it records what it is told and answers questions.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as FromContent;
    if (!['hidden-count', 'get-catalog', 'show-mentioned', 'tab-mentioned', 'not-spoiler'].includes(m.type)) return undefined;
    sent.push(m);
    if (m.type === 'get-catalog') return Promise.resolve(shippedCatalogText());
    if (m.type === 'tab-mentioned') return Promise.resolve(false);
    return undefined;
  });
});

afterEach(() => lifetime?.end());

describe('the content script', () => {
  it('reads settings and catalog once, hides what comes after the progress, and lets the page paint', async () => {
    await start({ watchedEpisode: { 'prison-cell-211': 5 } });
    expect([state('premise'), state('ep5'), state('ep6')]).toEqual([null, null, 'hidden']);
    expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(true);
  });

  it('asks the background for the catalog when storage has none', async () => {
    document.body.innerHTML = PAGE;
    lifetime = runContentScript({ css: '' });
    await settle();
    expect(sent.map((m) => m.type)).toContain('get-catalog');
    expect(state('ep5')).toBe('hidden');
  });

  it('follows a change of progress, and of the site switch', async () => {
    await start();
    expect(state('ep5')).toBe('hidden');
    await fakeBrowser.storage.local.set({ watchedEpisode: { 'prison-cell-211': 5 } });
    await settle();
    expect([state('ep5'), state('ep6')]).toEqual([null, 'hidden']);
    // Back to the start: a show the stored progress leaves out has watched nothing.
    await fakeBrowser.storage.local.set({ watchedEpisode: {} });
    await settle();
    expect([state('ep5'), state('ep6')]).toEqual(['hidden', 'hidden']);
    await fakeBrowser.storage.local.set({ disabledSites: [location.hostname] });
    await settle();
    expect(document.querySelectorAll('[data-spoiler-shield]')).toHaveLength(0);
  });

  it('answers the popup: status, reveal all, hide again', async () => {
    await start();
    const status = (await ask({ type: 'get-status' })) as ShieldStatus;
    expect(status).toMatchObject({ hostname: location.hostname, hiddenCount: 2, pending: 0, ready: true, showMentioned: true, revealingAll: false });
    await ask({ type: 'reveal-all' });
    expect(state('ep6')).toBe('revealed');
    await ask({ type: 'hide-again' });
    expect(state('ep6')).toBe('hidden');
  });

  it('tells the background the count (for the badge) and that the page names the show', async () => {
    await start();
    await new Promise((r) => setTimeout(r, 250));
    expect(sent).toContainEqual({ type: 'show-mentioned' });
    expect(sent).toContainEqual({ type: 'hidden-count', count: 2, on: true });
  });

  it("takes no command from the page's own events: a pointed-at blur opens nothing and sends nothing", async () => {
    await start();
    const block = document.getElementById('ep6')!;
    block.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    // DOM events made by a test are untrusted, and the content script only listens to the reader's own.
    expect(document.querySelector('[role="dialog"], .spoiler-shield-card')).toBeNull();
    expect(sent.some((m) => m.type === 'not-spoiler')).toBe(false);
  });

  it('ends everything it started when its lifetime ends: marks, listeners, and the page restored', async () => {
    await start();
    const before = document.body.innerHTML.replace(/ data-spoiler-[a-z]+="[^"]*"| tabindex="0"| role="button"| aria-label="[^"]*"/g, '');
    const removed = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener');
    const removedMessages = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    lifetime!.end();
    expect(document.querySelectorAll('[data-spoiler-shield]')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    // No listener is left: a settings change and a request reach nothing.
    expect(removed).toHaveBeenCalledTimes(1);
    expect(removedMessages).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ watchedEpisode: { 'prison-cell-211': 0 } });
    await settle();
    expect(document.querySelectorAll('[data-spoiler-shield]')).toHaveLength(0);
  });
});

// Issue 13: the content script follows the shows the reader follows, each at its own progress.
describe('the content script with several shows', () => {
  const FILM_PAGE = `
    <h1>Cell 211 (2009): Monzón's prison film, reviewed</h1>
    <p id="f-premise">Juan arrives a day early for his new job at the prison.</p>
    <p id="f-end">Juan dies at the end.</p>`;
  const film = { version: '0.1.0', text: shippedCatalogTextOf('celda-211-2009') };
  const filmKey = catalogKeyOf('celda-211-2009');

  async function startOn(page: string, stored: Record<string, unknown>) {
    document.documentElement.removeAttribute(READY_ATTR);
    document.body.innerHTML = page;
    await fakeBrowser.storage.local.set({ [CATALOG_KEY]: { version: '0.1.0', text: shippedCatalogText() }, [filmKey]: film, ...stored });
    lifetime = runContentScript({ css: '' });
    await settle();
  }

  it('with the film alone, hides the film and leaves the series alone', async () => {
    await startOn(PAGE + FILM_PAGE, { followedShows: ['celda-211-2009'] });
    expect([state('ep5'), state('ep6'), state('f-premise'), state('f-end')]).toEqual([null, null, null, 'hidden']);
    expect(document.getElementById('f-end')!.getAttribute('aria-label')).toBe('Spoiler · Cell 211. Press Enter to reveal.');
  });

  it('keeps each show at its own progress', async () => {
    await startOn(PAGE + FILM_PAGE, { followedShows: ['prison-cell-211', 'celda-211-2009'], watchedEpisode: { 'prison-cell-211': 5, 'celda-211-2009': 0 } });
    expect([state('ep5'), state('ep6'), state('f-end')]).toEqual([null, 'hidden', 'hidden']);
    expect(document.getElementById('ep6')!.getAttribute('aria-label')).toBe('Spoiler · Prison Cell 211 · episode 6. Press Enter to reveal.');
    await fakeBrowser.storage.local.set({ watchedEpisode: { 'prison-cell-211': 5, 'celda-211-2009': 1 } });
    await settle();
    expect([state('ep6'), state('f-end')]).toEqual(['hidden', null]);
  });

  it('starts following a show the reader adds, from its stored catalog, and stops for one removed', async () => {
    await startOn(FILM_PAGE, {});
    expect(state('f-end')).toBeNull();
    await fakeBrowser.storage.local.set({ followedShows: ['prison-cell-211', 'celda-211-2009'] });
    await settle();
    expect(state('f-end')).toBe('hidden');
    expect(sent.some((m) => m.type === 'get-catalog')).toBe(false);
    await fakeBrowser.storage.local.set({ followedShows: ['prison-cell-211'] });
    await settle();
    expect(document.querySelectorAll('[data-spoiler-shield]')).toHaveLength(0);
  });

  it('following no show hides nothing, lets the page paint, and says it is done', async () => {
    await startOn(PAGE + FILM_PAGE, { followedShows: [] });
    expect(document.querySelectorAll('[data-spoiler-shield]')).toHaveLength(0);
    expect(document.documentElement.hasAttribute(READY_ATTR)).toBe(true);
    expect(await ask({ type: 'get-status' })).toMatchObject({ hiddenCount: 0, pending: 0, ready: true });
  });

  it("gives the reader's own plot points to their show", async () => {
    const own = [{ text: 'the tunnel', episode: 1, show: 'celda-211-2009' }];
    document.body.innerHTML = '';
    await startOn('<p id="own">Nobody saw the tunnel coming.</p>', { followedShows: ['prison-cell-211', 'celda-211-2009'], ownPlotPoints: own });
    expect(state('own')).toBe('hidden');
    expect(document.getElementById('own')!.getAttribute('aria-label')).toBe('Spoiler · Cell 211. Press Enter to reveal.');
    await fakeBrowser.storage.local.set({ watchedEpisode: { 'prison-cell-211': 0, 'celda-211-2009': 1 } });
    await settle();
    expect(state('own')).toBeNull();
  });
});
