// Issue 7, "Trust": the background (src/background-main.ts) answers only the extension's own content
// scripts (and its own pages' request for the catalog), sets the badge only from a tab's top frame, and
// hands out the compiled catalog.
//
// background-main imports `webextension-polyfill` itself, not `wxt/browser`. WxtVitest aliases only
// `wxt/browser`, but its setup file puts WXT's `fakeBrowser` on `globalThis.browser` before any test
// module loads, and the polyfill exports `globalThis.browser` as it is when that already has a runtime
// id. The first test pins that, so that every other test here really drives the background's code
// against fakeBrowser. fakeBrowser has no `runtime.getManifest` and no `tabs.sendMessage`; they are
// stubbed per test.
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answer, startBackground, storeCatalog } from '@/src/background-main';
import { shippedCatalog } from '@/src/catalog/compiled';
import { CATALOG_KEY, catalogKeyOf } from '@/src/catalog/wire-store';
import type { FromContent } from '@/src/messages';
import { fromWire } from '@/src/catalog/wire';
import { installExtras } from '../helpers/fake-extras';

const VERSION = '9.8.7';
/** A content script in the top frame of tab 12, as Chrome describes it. */
const TOP_FRAME = { id: fakeBrowser.runtime.id, tab: { id: 12 }, frameId: 0, url: 'https://reviews.example/celda-211' };

let tabMessages: Array<{ tabId: number; message: unknown; options: unknown }>;
/** What each tab's top frame answers to `get-status` (undefined: no content script there). */
let topFrameStatus: Map<number, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  installExtras();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Spoiler Shield', version: VERSION });
  tabMessages = [];
  topFrameStatus = new Map();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown, options?: unknown) => {
    tabMessages.push({ tabId, message, options });
    if (!topFrameStatus.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return topFrameStatus.get(tabId);
  }) as never);
});

/** Delivers `message` to the background's onMessage listeners the way Chrome would, and returns the answer. */
async function deliver(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return (await Promise.all(answers)).find((a) => a !== undefined);
}

/** Lets the background's fire-and-forget work (storeCatalog at start) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function badge(tabId: number): Promise<string> {
  return fakeBrowser.action.getBadgeText({ tabId });
}

describe('the test setup', () => {
  it('gives background-main fakeBrowser through webextension-polyfill', () => {
    expect(browser).toBe(fakeBrowser);
  });
});

describe('the background answers only the extension’s own content scripts', () => {
  beforeEach(async () => {
    startBackground();
    await settle();
  });

  it('sets the badge for the top frame of a tab (the control for the tests below)', async () => {
    expect(await deliver({ type: 'hidden-count', count: 4, on: true }, TOP_FRAME)).toBeUndefined();
    expect(await badge(12)).toBe('4');
    await deliver({ type: 'hidden-count', count: 0, on: true }, TOP_FRAME);
    expect(await badge(12)).toBe('');
  });

  it('ignores every message from another extension', async () => {
    const stranger = { ...TOP_FRAME, id: 'abcdefghijklmnopabcdefghijklmnop' };
    const setBadge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    topFrameStatus.set(12, { showMentioned: true });
    expect(await deliver({ type: 'hidden-count', count: 9, on: true }, stranger)).toBeUndefined();
    expect(await deliver({ type: 'get-catalog' }, stranger)).toBeUndefined();
    expect(await deliver({ type: 'tab-mentioned' }, stranger)).toBeUndefined();
    expect(await deliver({ type: 'show-mentioned' }, stranger)).toBeUndefined();
    expect(setBadge).not.toHaveBeenCalled();
    expect(tabMessages).toEqual([]);
    // No id at all (not something Chrome sends for a content script) counts as a stranger too.
    const { id: _, ...anonymous } = TOP_FRAME;
    expect(await deliver({ type: 'get-catalog' }, anonymous)).toBeUndefined();
  });

  it('ignores messages that come from no tab (an extension page, a worker), but gives its own popup the catalog', async () => {
    const popup = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
    const setBadge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    expect(await deliver({ type: 'hidden-count', count: 3, on: true }, popup)).toBeUndefined();
    // The popup reads the show's title and episodes from it when storage has no compiled catalog.
    const catalog = await deliver({ type: 'get-catalog' }, popup);
    expect(() => fromWire(JSON.parse(catalog as string))).not.toThrow();
    expect(await deliver({ type: 'tab-mentioned' }, popup)).toBeUndefined();
    expect(await deliver({ type: 'show-mentioned' }, popup)).toBeUndefined();
    expect(setBadge).not.toHaveBeenCalled();
    expect(tabMessages).toEqual([]);
  });

  it('ignores malformed messages from its own content scripts', async () => {
    const setBadge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    for (const message of [
      { type: 'hidden-count', count: -2 },
      { type: 'hidden-count', count: 1.5 },
      { type: 'hidden-count', count: '7' },
      { type: 'get-status' },
      { type: 'reveal-all' },
      { type: 'set-settings', watchedEpisode: 6 },
      null,
      'get-catalog',
      [],
    ]) {
      expect(await deliver(message, TOP_FRAME), JSON.stringify(message)).toBeUndefined();
    }
    expect(setBadge).not.toHaveBeenCalled();
    expect(tabMessages).toEqual([]);
  });

  it('does not set the badge from a sub-frame', async () => {
    await deliver({ type: 'hidden-count', count: 2, on: true }, TOP_FRAME);
    for (const frameId of [1, 7, -1, undefined]) {
      await deliver({ type: 'hidden-count', count: 30, on: true }, { ...TOP_FRAME, frameId });
    }
    expect(await badge(12)).toBe('2');
    // Nor for a tab with no id (a devtools or prerendered page has none).
    const setBadge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await deliver({ type: 'hidden-count', count: 5, on: true }, { ...TOP_FRAME, tab: {} });
    expect(setBadge).not.toHaveBeenCalled();
  });

  it('answers get-catalog with the compiled catalog as JSON text that fromWire accepts', async () => {
    const text = await deliver({ type: 'get-catalog' }, { ...TOP_FRAME, frameId: 3 });
    expect(typeof text).toBe('string');
    const catalog = fromWire(JSON.parse(text as string));
    const shipped = shippedCatalog();
    expect(catalog.plots.length).toBeGreaterThan(10);
    expect(catalog.plots.map((p) => [p.id, p.episode, p.label])).toEqual(shipped.plots.map((p) => [p.id, p.episode, p.label]));
    // The same text the background stored at start.
    const stored = (await fakeBrowser.storage.local.get(CATALOG_KEY))[CATALOG_KEY] as { text: string };
    expect(text).toBe(stored.text);
  });

  it('passes "this frame mentions the show" to every frame of that tab only', async () => {
    topFrameStatus.set(12, { showMentioned: false });
    await deliver({ type: 'show-mentioned' }, { ...TOP_FRAME, frameId: 4 });
    expect(tabMessages).toEqual([{ tabId: 12, message: { type: 'show-mentioned' }, options: undefined }]);
  });

  it('answers tab-mentioned from the top frame of the asking tab, true only for a real true', async () => {
    const sub = { ...TOP_FRAME, frameId: 2 };
    topFrameStatus.set(12, { showMentioned: true });
    expect(await deliver({ type: 'tab-mentioned' }, sub)).toBe(true);
    expect(tabMessages).toEqual([{ tabId: 12, message: { type: 'get-status' }, options: { frameId: 0 } }]);
    for (const status of [{ showMentioned: 'true' }, { showMentioned: 1 }, {}, null]) {
      topFrameStatus.set(12, status);
      expect(await answer({ type: 'tab-mentioned' }, sub), JSON.stringify(status)).toBe(false);
    }
    // No content script in the top frame (a page it cannot run on): false, not an error.
    topFrameStatus.delete(12);
    expect(await answer({ type: 'tab-mentioned' }, sub)).toBe(false);
  });

  it("answers 'pending' while the top frame has not read its page yet (its shield loads or reads), so the frame asks again", async () => {
    const sub = { ...TOP_FRAME, frameId: 2 };
    for (const status of [{ showMentioned: false, ready: false, pending: 1 }, { showMentioned: false, ready: true, pending: 3 }]) {
      topFrameStatus.set(12, status);
      expect(await answer({ type: 'tab-mentioned' }, sub), JSON.stringify(status)).toBe('pending');
    }
    topFrameStatus.set(12, { showMentioned: false, ready: true, pending: 0 });
    expect(await answer({ type: 'tab-mentioned' }, sub)).toBe(false);
    topFrameStatus.set(12, { showMentioned: true, ready: false, pending: 1 });
    expect(await answer({ type: 'tab-mentioned' }, sub)).toBe(true);
  });
});

describe('"Not a spoiler", remembered by the background for the sender\'s own site', () => {
  beforeEach(async () => {
    startBackground();
    await settle();
  });

  it('stores the text key under the hostname of the frame that sent it, once', async () => {
    await deliver({ type: 'not-spoiler', key: '0123456789abcdef' }, TOP_FRAME);
    await deliver({ type: 'not-spoiler', key: '0123456789abcdef' }, TOP_FRAME);
    await deliver({ type: 'not-spoiler', key: 'fedcba9876543210' }, { ...TOP_FRAME, frameId: 3, url: 'https://www.comments.example/x' });
    expect((await fakeBrowser.storage.local.get('notSpoilers')).notSpoilers).toEqual({
      'reviews.example': ['0123456789abcdef'],
      'comments.example': ['fedcba9876543210'],
    });
  });

  it('refuses anything but a text key (no page text is ever stored)', async () => {
    for (const key of ['Helena dies in episode 5', '0123', 42, undefined, '0123456789ABCDEF']) {
      await deliver({ type: 'not-spoiler', key }, TOP_FRAME);
    }
    expect((await fakeBrowser.storage.local.get('notSpoilers')).notSpoilers).toBeUndefined();
  });
});

describe('answer() alone (what the listener calls once the sender passed)', () => {
  it('gives nothing that needs a tab when the sender has none', async () => {
    const setBadge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const noTab = { id: fakeBrowser.runtime.id, frameId: 0 };
    const messages: FromContent[] = [{ type: 'hidden-count', count: 3, on: true }, { type: 'show-mentioned' }];
    for (const message of messages) expect(await answer(message, noTab)).toBeUndefined();
    expect(await answer({ type: 'tab-mentioned' }, noTab)).toBe(false);
    expect(setBadge).not.toHaveBeenCalled();
    expect(tabMessages).toEqual([]);
  });
});

describe('storeCatalog', () => {
  const stored = async () => (await fakeBrowser.storage.local.get(CATALOG_KEY))[CATALOG_KEY] as { version: unknown; text: unknown } | undefined;

  it('writes compiledCatalog as { version, text } with the manifest version', async () => {
    await storeCatalog(false);
    const value = await stored();
    expect(Object.keys(value ?? {}).sort()).toEqual(['text', 'version']);
    expect(value?.version).toBe(VERSION);
    const text = value?.text as string;
    expect(() => fromWire(JSON.parse(text))).not.toThrow();
  });

  it('leaves a stored catalog of the same version alone', async () => {
    const film = catalogKeyOf('celda-211-2009');
    await fakeBrowser.storage.local.set({ [CATALOG_KEY]: { version: VERSION, text: 'kept as it is' }, [film]: { version: VERSION, text: 'film kept' } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await storeCatalog(false);
    expect(set).not.toHaveBeenCalled();
    expect(await stored()).toEqual({ version: VERSION, text: 'kept as it is' });
  });

  it('stores every shipped show under its own key, and writes only what is missing', async () => {
    await fakeBrowser.storage.local.set({ [CATALOG_KEY]: { version: VERSION, text: 'kept as it is' } });
    await storeCatalog(false);
    expect(await stored()).toEqual({ version: VERSION, text: 'kept as it is' });
    const film = (await fakeBrowser.storage.local.get(catalogKeyOf('celda-211-2009')))[catalogKeyOf('celda-211-2009')] as { version: string; text: string };
    expect(film.version).toBe(VERSION);
    expect(JSON.parse(film.text).showId).toBe('celda-211-2009');
  });

  it('rewrites a catalog of another version, a damaged one, or any when forced (on install and update)', async () => {
    for (const old of [{ version: '0.0.1', text: 'old' }, { version: VERSION }, { version: VERSION, text: 42 }, 'garbage', null]) {
      await fakeBrowser.storage.local.set({ [CATALOG_KEY]: old });
      await storeCatalog(false);
      expect((await stored())?.version, JSON.stringify(old)).toBe(VERSION);
      expect(typeof (await stored())?.text, JSON.stringify(old)).toBe('string');
      expect((await stored())?.text).not.toBe('old');
    }
    await fakeBrowser.storage.local.set({ [CATALOG_KEY]: { version: VERSION, text: 'stale' } });
    await storeCatalog(true);
    expect((await stored())?.text).not.toBe('stale');
  });

  it('runs at background start, and again, forced, on install or update', async () => {
    await fakeBrowser.storage.local.set({ [CATALOG_KEY]: { version: VERSION, text: 'from before' } });
    startBackground();
    await settle();
    expect((await stored())?.text).toBe('from before');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await settle();
    expect((await stored())?.text).not.toBe('from before');
    const text = (await stored())?.text as string;
    expect(() => fromWire(JSON.parse(text))).not.toThrow();
  });
});
