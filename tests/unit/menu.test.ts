// Issue 6, the background's context menu and toolbar icon (src/background-main.ts): "Hide this as a
// spoiler (episode N)" on a selection, "Turn off/on on this site", and the per-tab icon and tooltip
// that say whether the shield works on the page.
//
// background-main imports `webextension-polyfill`, which in vitest (WxtVitest) is WXT's fakeBrowser
// (see the top of tests/unit/background.test.ts). fakeBrowser has no contextMenus, action.setIcon or
// i18n; tests/helpers/fake-extras.ts adds in-memory ones. The background keeps which site each tab
// shows and which tab is active in module state, so each test imports a fresh copy of the module.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type * as Background from '@/src/background-main';
import type * as SettingsModule from '@/src/settings';
import { installExtras, type Extras } from '../helpers/fake-extras';

const SITE_OFF = 'Shield this site again';
const SITE_ON = 'Turn off on this site';
const NEWS = 'https://www.news.example/a';
const TAB = 12;
/** A content script in the top frame of TAB. */
const topFrame = (url: string, tabId = TAB) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 0, url });

let bg: typeof Background;
let settings: typeof SettingsModule;
let extras: Extras;
/** What each tab's top frame answers to `get-status` (absent: no content script there). */
let topFrameStatus: Map<number, unknown>;
let tabMessages: Array<{ tabId: number; message: unknown; options: unknown }>;
/** The tabs `tabs.query({ active: true, lastFocusedWindow: true })` returns. */
let activeTabs: Array<{ id: number }>;

/** Lets fire-and-forget work (a refresh after a message, the start of the background) finish. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  extras = installExtras();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Spoiler Shield', version: '1.0.0' });
  topFrameStatus = new Map();
  tabMessages = [];
  activeTabs = [{ id: TAB }];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown, options?: unknown) => {
    tabMessages.push({ tabId, message, options });
    if (!topFrameStatus.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return topFrameStatus.get(tabId);
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => activeTabs) as never);
  vi.resetModules();
  bg = await import('@/src/background-main');
  settings = await import('@/src/settings');
});

const menuItem = (id: string) => extras.menu.get(id);
const stored = async <T>(key: string) => (await fakeBrowser.storage.local.get(key))[key] as T | undefined;

/** Delivers a content-script message to the background's listeners, as Chrome would. */
async function deliver(message: unknown, sender: object): Promise<void> {
  await Promise.all(await fakeBrowser.runtime.onMessage.trigger(message, sender));
  await settle();
}

describe('createMenu', () => {
  it('creates the items, "Hide this as a spoiler" on selections only, the pauses in a submenu', async () => {
    await bg.createMenu();
    expect([...extras.menu.keys()].sort()).toEqual([
      'hide-selection', 'pause', 'pause-all-hour', 'pause-all-tomorrow', 'pause-site-hour', 'pause-site-tomorrow', 'resume', 'toggle-site',
    ]);
    expect(menuItem('pause-site-hour')).toMatchObject({ parentId: 'pause', title: 'Pause on this site for an hour' });
    expect(menuItem('resume')).toMatchObject({ parentId: 'pause', visible: false });
    expect(bg.MENU_HIDE).toBe('hide-selection');
    expect(bg.MENU_SITE).toBe('toggle-site');
    expect(menuItem('hide-selection')!.contexts).toEqual(['selection']);
    expect(menuItem('toggle-site')!.contexts).toContain('page');
    expect(menuItem('toggle-site')!.contexts).toContain('selection');
  });

  it('can run again (install, then browser start) without a duplicate id', async () => {
    await bg.createMenu();
    await expect(bg.createMenu()).resolves.toBeUndefined();
    expect(extras.menu.size).toBe(8);
  });

  it('names the next episode not watched in the hide item', async () => {
    await settings.setWatchedEpisode(2);
    await bg.createMenu();
    expect(menuItem('hide-selection')).toMatchObject({ title: 'Hide this as a spoiler (episode 3)', visible: true });
  });

  it('names episode 1 when nothing is watched yet', async () => {
    await bg.createMenu();
    expect(menuItem('hide-selection')).toMatchObject({ title: 'Hide this as a spoiler (episode 1)', visible: true });
  });

  it('hides the hide item once every episode is watched, and shows it again after', async () => {
    await settings.setWatchedEpisode(6);
    await bg.createMenu();
    expect(menuItem('hide-selection')!.visible).toBe(false);
    await settings.setWatchedEpisode(5);
    await bg.refreshMenu();
    expect(menuItem('hide-selection')).toMatchObject({ title: 'Hide this as a spoiler (episode 6)', visible: true });
  });
});

describe('the site item', () => {
  it('learns the active tab’s site from its hidden-count message', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['news.example'] });
    bg.startBackground();
    await bg.createMenu();
    // No content script has spoken yet and the tab does not answer: nothing to turn on or off.
    expect(menuItem('toggle-site')).toMatchObject({ title: SITE_ON, enabled: false });
    await deliver({ type: 'hidden-count', count: 0, on: false }, topFrame(NEWS));
    expect(menuItem('toggle-site')).toMatchObject({ title: SITE_OFF, enabled: true });
  });

  it('says "Turn off" for a site that is not switched off', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['other.example'] });
    bg.startBackground();
    await bg.createMenu();
    await deliver({ type: 'hidden-count', count: 2, on: true }, topFrame(NEWS));
    expect(menuItem('toggle-site')).toMatchObject({ title: SITE_ON, enabled: true });
  });

  it('does not learn a site from a sub-frame', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['ads.example'] });
    bg.startBackground();
    await bg.createMenu();
    await deliver({ type: 'hidden-count', count: 0, on: false }, { ...topFrame('https://ads.example/frame'), frameId: 3 });
    expect(menuItem('toggle-site')).toMatchObject({ title: SITE_ON, enabled: false });
  });

  it('asks the active tab’s top frame when it does not know the site', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['news.example'] });
    topFrameStatus.set(TAB, { hostname: 'www.news.example', hiddenCount: 0, pending: 0, ready: true, showMentioned: false, revealingAll: false });
    await bg.createMenu();
    expect(tabMessages).toContainEqual({ tabId: TAB, message: { type: 'get-status' }, options: { frameId: 0 } });
    expect(menuItem('toggle-site')).toMatchObject({ title: SITE_OFF, enabled: true });
  });

  it('follows the tab the reader switches to', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['news.example'] });
    topFrameStatus.set(TAB, { hostname: 'www.news.example' });
    topFrameStatus.set(13, { hostname: 'blog.example' });
    bg.startBackground();
    await bg.createMenu();
    expect(menuItem('toggle-site')!.title).toBe(SITE_OFF);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 13, windowId: 1 });
    await settle();
    expect(menuItem('toggle-site')!.title).toBe(SITE_ON);
  });
});

describe('menuClicked', () => {
  it('"Turn off on this site" adds the site, a second click removes it', async () => {
    await bg.createMenu();
    await bg.menuClicked({ menuItemId: 'toggle-site', pageUrl: NEWS });
    expect(await stored('disabledSites')).toEqual(['news.example']);
    await bg.menuClicked({ menuItemId: 'toggle-site', pageUrl: NEWS });
    expect(await stored('disabledSites')).toEqual([]);
  });

  it('keeps the other sites, and does nothing for a page with no site', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['other.example'] });
    await bg.createMenu();
    await bg.menuClicked({ menuItemId: 'toggle-site', pageUrl: NEWS });
    expect(await stored('disabledSites')).toEqual(['other.example', 'news.example']);
    for (const pageUrl of [undefined, '', 'not a url', 'about:blank']) {
      await bg.menuClicked({ menuItemId: 'toggle-site', pageUrl });
    }
    expect(await stored('disabledSites')).toEqual(['other.example', 'news.example']);
  });

  it('updates the site item’s title after the click', async () => {
    topFrameStatus.set(TAB, { hostname: 'www.news.example' });
    await bg.createMenu();
    expect(menuItem('toggle-site')!.title).toBe(SITE_ON);
    await bg.menuClicked({ menuItemId: 'toggle-site', pageUrl: NEWS });
    expect(menuItem('toggle-site')!.title).toBe(SITE_OFF);
    await bg.menuClicked({ menuItemId: 'toggle-site', pageUrl: NEWS });
    expect(menuItem('toggle-site')!.title).toBe(SITE_ON);
  });

  it('pauses the page’s site or everywhere, shows "Resume" (saying until when) while a pause runs, and resumes', async () => {
    topFrameStatus.set(TAB, { hostname: 'www.news.example' });
    await bg.createMenu();
    const before = Date.now();
    await bg.menuClicked({ menuItemId: 'pause-site-hour', pageUrl: NEWS });
    const sites = (await stored<Record<string, number>>('pausedSites'))!;
    expect(Object.keys(sites)).toEqual(['news.example']);
    expect(sites['news.example']! - before).toBeGreaterThanOrEqual(3600_000);
    await bg.refreshMenu();
    expect(menuItem('resume')).toMatchObject({ visible: true, title: expect.stringMatching(/^Resume the shield \(Paused on this site until .+\)$/) });
    await bg.menuClicked({ menuItemId: 'pause-all-tomorrow', pageUrl: NEWS });
    expect(new Date((await stored<number>('pausedUntil'))!).getHours()).toBe(6);
    await bg.menuClicked({ menuItemId: 'resume', pageUrl: NEWS });
    expect(await stored('pausedSites')).toEqual({});
    expect(await stored('pausedUntil')).toBe(0);
    await bg.refreshMenu();
    expect(menuItem('resume')!.visible).toBe(false);
    // A site pause needs a page with a site.
    await bg.menuClicked({ menuItemId: 'pause-site-hour', pageUrl: 'about:blank' });
    expect(await stored('pausedSites')).toEqual({});
  });

  it('"Hide this as a spoiler" stores the selection, spaces tidied, tied to the next episode', async () => {
    await settings.setWatchedEpisode(2);
    await bg.menuClicked({ menuItemId: 'hide-selection', selectionText: '  the   tunnel ', pageUrl: NEWS });
    expect(await stored('ownPlotPoints')).toEqual([{ text: 'the tunnel', episode: 3, show: 'prison-cell-211' }]);
  });

  it('ties a selection to the show the page it is in names, among the followed ones; to the first followed show else', async () => {
    await fakeBrowser.storage.local.set({ followedShows: ['prison-cell-211', 'celda-211-2009'], watchedEpisode: { 'prison-cell-211': 2 } });
    const status = { hostname: 'news.example', hiddenCount: 0, pending: 0, ready: true, showMentioned: true, revealingAll: false };
    topFrameStatus.set(TAB, { ...status, shows: ['celda-211-2009'] });
    await bg.menuClicked({ menuItemId: 'hide-selection', selectionText: 'the guard Utrilla', pageUrl: NEWS, frameId: 0 }, { id: TAB });
    expect(tabMessages).toContainEqual({ tabId: TAB, message: { type: 'get-status' }, options: { frameId: 0 } });
    topFrameStatus.set(TAB, { ...status, shows: [] });
    await bg.menuClicked({ menuItemId: 'hide-selection', selectionText: 'the tunnel', pageUrl: NEWS, frameId: 0 }, { id: TAB });
    // A show the page names but the reader does not follow is not one to tie a passage to.
    topFrameStatus.set(TAB, { ...status, shows: ['no-such-show'] });
    await bg.menuClicked({ menuItemId: 'hide-selection', selectionText: 'the yard', pageUrl: NEWS, frameId: 0 }, { id: TAB });
    expect(await stored('ownPlotPoints')).toEqual([
      { text: 'the guard Utrilla', episode: 1, show: 'celda-211-2009' },
      { text: 'the tunnel', episode: 3, show: 'prison-cell-211' },
      { text: 'the yard', episode: 3, show: 'prison-cell-211' },
    ]);
  });

  it('names the film, not an episode, in the hide item on a page about a followed film', async () => {
    await fakeBrowser.storage.local.set({ followedShows: ['prison-cell-211', 'celda-211-2009'] });
    topFrameStatus.set(TAB, { hostname: 'news.example', hiddenCount: 0, pending: 0, ready: true, showMentioned: true, revealingAll: false, shows: ['celda-211-2009'] });
    await bg.createMenu();
    expect(menuItem('hide-selection')).toMatchObject({ title: 'Hide this as a spoiler (the film)', visible: true });
    topFrameStatus.set(TAB, { hostname: 'news.example', hiddenCount: 0, pending: 0, ready: true, showMentioned: true, revealingAll: false, shows: ['prison-cell-211'] });
    await bg.refreshMenu();
    expect(menuItem('hide-selection')).toMatchObject({ title: 'Hide this as a spoiler (episode 1)', visible: true });
  });

  it('ties a selection to episode 6 when every episode is watched (the item is hidden then, but the handler is callable)', async () => {
    await settings.setWatchedEpisode(6);
    await bg.menuClicked({ menuItemId: 'hide-selection', selectionText: 'the tunnel', pageUrl: NEWS });
    expect(await stored('ownPlotPoints')).toEqual([{ text: 'the tunnel', episode: 6, show: 'prison-cell-211' }]);
  });

  it('cuts an over-long selection after a whole word, to 100 characters at most', async () => {
    const words = 'Juan digs a tunnel under the yard while the guards sleep and the riot goes on outside the cell block tonight';
    expect(words.length).toBeGreaterThan(100);
    await bg.menuClicked({ menuItemId: 'hide-selection', selectionText: `${words} ${words}`, pageUrl: NEWS });
    const [point] = (await stored<Array<{ text: string; episode: number }>>('ownPlotPoints'))!;
    expect(point!.text.length).toBeLessThanOrEqual(100);
    expect(point!.text.length).toBeGreaterThan(50);
    expect(words.startsWith(point!.text)).toBe(true);
    // It ends at a word's end: the next character of the selection is a space.
    expect(words[point!.text.length]).toBe(' ');
    expect(point!.text).toBe(words.slice(0, words.lastIndexOf(' ', 100)));
  });

  it('cuts a selection with no space at 100 characters', async () => {
    await bg.menuClicked({ menuItemId: 'hide-selection', selectionText: 'x'.repeat(150), pageUrl: NEWS });
    expect(await stored('ownPlotPoints')).toEqual([{ text: 'x'.repeat(100), episode: 1, show: 'prison-cell-211' }]);
  });

  it('stores nothing for an empty selection', async () => {
    for (const selectionText of ['', '   ', '\n\t', undefined]) {
      await bg.menuClicked({ menuItemId: 'hide-selection', selectionText, pageUrl: NEWS });
    }
    expect(await stored('ownPlotPoints') ?? []).toEqual([]);
  });

  it('is what the menu’s click listener and globalThis.spoilerShieldMenuClicked run', async () => {
    bg.startBackground();
    await settle();
    expect((globalThis as { spoilerShieldMenuClicked?: unknown }).spoilerShieldMenuClicked).toBe(bg.menuClicked);
    await extras.click({ menuItemId: 'toggle-site', pageUrl: NEWS });
    await settle();
    expect(await stored('disabledSites')).toEqual(['news.example']);
  });
});

describe('the toolbar icon and tooltip of a tab', () => {
  beforeEach(async () => {
    bg.startBackground();
    await settle();
  });

  it('uses distinct icon sets for on and off', () => {
    expect(bg.ICON_ON).not.toEqual(bg.ICON_OFF);
    expect(Object.values(bg.ICON_ON).every((p) => /^\/icon\/\d+\.png$/.test(p))).toBe(true);
    expect(Object.values(bg.ICON_OFF).every((p) => /^\/icon-off\/\d+\.png$/.test(p))).toBe(true);
  });

  it('shows the "off" icon and tooltip when the shield is off on the page, and the shield’s own when on', async () => {
    await deliver({ type: 'hidden-count', count: 0, on: false }, topFrame(NEWS));
    expect(extras.icons.get(TAB)).toEqual(bg.ICON_OFF);
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('Spoiler Shield (off on this page)');

    await deliver({ type: 'hidden-count', count: 3, on: true }, topFrame(NEWS));
    expect(extras.icons.get(TAB)).toEqual(bg.ICON_ON);
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('Spoiler Shield');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('3');
  });

  it('keeps each tab’s icon to itself', async () => {
    await deliver({ type: 'hidden-count', count: 0, on: false }, topFrame(NEWS, 20));
    await deliver({ type: 'hidden-count', count: 1, on: true }, topFrame(NEWS, 21));
    expect(extras.icons.get(20)).toEqual(bg.ICON_OFF);
    expect(extras.icons.get(21)).toEqual(bg.ICON_ON);
    expect(await fakeBrowser.action.getTitle({ tabId: 20 })).toBe('Spoiler Shield (off on this page)');
    expect(await fakeBrowser.action.getTitle({ tabId: 21 })).toBe('Spoiler Shield');
  });

  it('sets the default icon from the global switch', async () => {
    expect(extras.icons.get('global')).toEqual(bg.ICON_ON);
    await fakeBrowser.storage.local.set({ enabled: false });
    await settle();
    expect(extras.icons.get('global')).toEqual(bg.ICON_OFF);
  });
});
