/**
 * The background: keeps the toolbar badge and icon in step with each tab (hidden
 * count; shield on, off or paused), runs the context menu ("Hide this as a spoiler",
 * "Turn off/on on this site", the pauses), ends pauses (src/background/snooze.ts),
 * mirrors the settings through sync storage (src/background/sync.ts), hands content
 * scripts the compiled catalog, and passes "this tab mentions the show" between the
 * frames of a tab. It only answers the extension's own content scripts, and its own
 * pages' request for the catalog.
 */
// Extension pages use the polyfill (promise APIs in every browser); the content script uses the native API, to stay small.
import browser, { type Runtime } from 'webextension-polyfill';
import { catalogKeyOf, shippedCatalogTextOf } from './catalog/wire-store';
import { SHIPPED_SHOWS, shippedShow } from './catalog/shipped';
import { isFromContent, toTab, type BackgroundReply, type FromContent } from './messages';
import { browserTranslate } from './i18n';
import {
  OWN_PLOT_POINT_TEXT_MAX,
  clearEndedPauses,
  hideAsSpoiler,
  hideTarget,
  ownPlotPointText,
  pauseEnd,
  pauseShield,
  readSettings,
  rememberNotSpoiler,
  resumeShield,
  setSiteEnabled,
  watchSettings,
  type Settings,
} from './settings';
import { siteKey } from './site';
import { pauseEndText, pauseEndsAt, scheduleSnoozeEnd, SNOOZE_ALARM, type PauseLength } from './background/snooze';
import { syncMirror, touchesSync, type SyncStorage } from './background/sync';

const SIZES = [16, 32, 48, 96, 128] as const;
const iconSet = (folder: string) => Object.fromEntries(SIZES.map((size) => [size, `/${folder}/${size}.png`]));
/** The toolbar icon while the shield works on the page, and while it is off (for the site, or everywhere). */
export const ICON_ON = iconSet('icon');
export const ICON_OFF = iconSet('icon-off');
export const MENU_HIDE = 'hide-selection';
export const MENU_SITE = 'toggle-site';
/** The pause submenu: one item per where and how long (`pause-site-hour`…), and "Resume" while a pause runs. */
export const MENU_PAUSE = 'pause';
export const MENU_RESUME = 'resume';
const PAUSE_ITEMS = [
  { id: 'pause-site-hour', title: 'menuPauseSiteHour', site: true, length: 'hour' },
  { id: 'pause-site-tomorrow', title: 'menuPauseSiteTomorrow', site: true, length: 'tomorrow' },
  { id: 'pause-all-hour', title: 'menuPauseAllHour', site: false, length: 'hour' },
  { id: 'pause-all-tomorrow', title: 'menuPauseAllTomorrow', site: false, length: 'tomorrow' },
] as const satisfies ReadonlyArray<{ id: string; title: string; site: boolean; length: PauseLength }>;

const t = () => browserTranslate(browser.i18n);

interface StoredCatalog {
  version: string;
  text: string;
}

/**
 * Writes each shipped show's compiled catalog for content scripts (under catalogKeyOf), unless this
 * version already did; a content script reads the followed shows' keys only.
 */
export async function storeCatalog(force: boolean): Promise<void> {
  const version = browser.runtime.getManifest().version;
  const keys = SHIPPED_SHOWS.map((s) => catalogKeyOf(s.id));
  const stored = force ? {} : await browser.storage.local.get(keys);
  const missing: Record<string, StoredCatalog> = {};
  for (const show of SHIPPED_SHOWS) {
    const key = catalogKeyOf(show.id);
    const now = stored[key] as Partial<StoredCatalog> | undefined;
    if (now?.version !== version || typeof now.text !== 'string') missing[key] = { version, text: shippedCatalogTextOf(show.id) };
  }
  if (Object.keys(missing).length > 0) await browser.storage.local.set(missing);
}

type Sender = { id?: string; tab?: { id?: number }; frameId?: number; url?: string };

/** The toolbar icon and tooltip of one tab: the shield's own, or the "off" one (saying until when, if paused). */
async function showTabState(tabId: number, on: boolean, hostname: string): Promise<void> {
  await browser.action.setIcon({ tabId, path: on ? ICON_ON : ICON_OFF });
  const paused = on ? undefined : pausedText(await readSettings(), hostname);
  await browser.action.setTitle({ tabId, title: paused ? t()('actionTitlePaused', paused) : t()(on ? 'actionTitle' : 'actionTitleOff') });
}

/** "Paused on this site until 14:30" (or everywhere), or undefined when no pause keeps the shield off on `hostname`. */
export function pausedText(s: Settings, hostname: string, now = Date.now()): string | undefined {
  const end = pauseEnd(s, hostname, now);
  if (!end) return undefined;
  return pauseEndText(end, now, browser.i18n.getUILanguage(), t(), s.pausedUntil >= end ? 'all' : 'here');
}

// ---- The context menu ------------------------------------------------------------------------
// Its "Turn off/on on this site" item names what a click will do on the active tab's site. The
// background learns a tab's site from its content script (no `tabs` permission: it never reads tab
// URLs), and forgets it when the service worker stops; then it asks the tab's top frame.

/** Site (hostname) per tab, as its top frame's content script last told. */
const tabSites = new Map<number, string>();
let activeTab: number | undefined;

/** The hostname of `url` ('' for none, or a URL that does not parse). */
function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

function noteTabSite(tabId: number, url: string): void {
  const host = hostOf(url);
  if (!host || tabSites.get(tabId) === host) return;
  tabSites.set(tabId, host);
  if (tabId === activeTab) void refreshMenu();
}

async function siteOfTab(tabId: number): Promise<string | undefined> {
  const known = tabSites.get(tabId);
  if (known !== undefined) return known;
  const status = await toTab(browser.tabs, tabId, { type: 'get-status' }, 0).catch(() => undefined);
  if (typeof status?.hostname !== 'string') return undefined;
  tabSites.set(tabId, status.hostname);
  return status.hostname;
}

/**
 * The followed show a frame's page is about, for "Hide this as a spoiler": the first of the shows it
 * names that is followed; undefined when it names none (or has no shield yet), and the first followed show is used.
 */
async function showOfPage(tabId: number, frameId: number, followed: readonly string[]): Promise<string | undefined> {
  const status = await toTab(browser.tabs, tabId, { type: 'get-status' }, frameId).catch(() => undefined);
  const shows = Array.isArray(status?.shows) ? status.shows : [];
  // The page's own order: the show it names someone of comes first (see ShowsVerdict.pageShows).
  return shows.find((id) => typeof id === 'string' && followed.includes(id));
}

/** The menu item's title: the episode a selection would be tied to, or the film. */
function hideTitle(showId: string, episode: number): string {
  return shippedShow(showId)?.kind === 'film' ? t()('menuHideFilm') : t()('menuHide', episode);
}

/** Firefox for Android has no context menus: `browser.contextMenus` is undefined there. */
const hasMenus = () => browser.contextMenus !== undefined;

/** Creates the menu items (again: on install, update and browser start); none where there are no menus. */
export async function createMenu(): Promise<void> {
  if (!hasMenus()) return;
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_HIDE, title: t()('menuHide', 1), contexts: ['selection'] });
  const contexts = ['page', 'selection', 'link', 'image', 'editable'] as const;
  browser.contextMenus.create({ id: MENU_SITE, title: t()('menuSiteOff'), contexts: [...contexts] });
  browser.contextMenus.create({ id: MENU_PAUSE, title: t()('menuPause'), contexts: [...contexts] });
  for (const item of PAUSE_ITEMS) browser.contextMenus.create({ id: item.id, parentId: MENU_PAUSE, title: t()(item.title), contexts: [...contexts] });
  browser.contextMenus.create({ id: MENU_RESUME, parentId: MENU_PAUSE, title: t()('menuResume'), contexts: [...contexts], visible: false });
  await refreshMenu();
}

/** Brings the items' titles up to date: the episode a selection would be tied to, and the active site's state. */
export async function refreshMenu(): Promise<void> {
  if (!hasMenus()) return;
  const settings = await readSettings();
  if (activeTab === undefined) {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
    activeTab = tab?.id;
  }
  // The show the active page is about, when it names one; else the first followed show.
  const show = activeTab === undefined ? undefined : await showOfPage(activeTab, 0, settings.followedShows);
  const target = hideTarget(settings, show);
  await browser.contextMenus
    .update(MENU_HIDE, { title: hideTitle(target.showId, target.episode), visible: !target.allWatched })
    .catch(() => undefined);
  const host = activeTab === undefined ? undefined : await siteOfTab(activeTab);
  const off = host !== undefined && host !== '' && settings.disabledSites.includes(siteKey(host));
  const known = host !== undefined && host !== '';
  await browser.contextMenus.update(MENU_SITE, { title: t()(off ? 'menuSiteOn' : 'menuSiteOff'), enabled: known }).catch(() => undefined);
  for (const item of PAUSE_ITEMS.filter((i) => i.site)) await browser.contextMenus.update(item.id, { enabled: known }).catch(() => undefined);
  const paused = pausedText(settings, host ?? '');
  await browser.contextMenus.update(MENU_RESUME, { visible: paused !== undefined, title: paused ? `${t()('menuResume')} (${paused})` : t()('menuResume') }).catch(() => undefined);
}

/**
 * What a menu click does. `info` as the browser gives it (pageUrl, frameUrl, selectionText, frameId), and
 * the tab: a selection is tied to the show the page it is in names (the first followed show else).
 */
export async function menuClicked(
  info: { menuItemId: string | number; selectionText?: string; pageUrl?: string; frameUrl?: string; frameId?: number },
  tab?: { id?: number },
): Promise<void> {
  if (info.menuItemId === MENU_HIDE) {
    const text = cutAtWord(ownPlotPointText(info.selectionText ?? ''), OWN_PLOT_POINT_TEXT_MAX);
    if (!text) return;
    const followed = (await readSettings()).followedShows;
    const show = tab?.id === undefined ? undefined : await showOfPage(tab.id, info.frameId ?? 0, followed);
    await hideAsSpoiler(text, show);
    return;
  }
  const host = hostOf(info.pageUrl);
  if (info.menuItemId === MENU_SITE) {
    if (!host) return;
    const { disabledSites } = await readSettings();
    await setSiteEnabled(host, disabledSites.includes(siteKey(host)));
    await refreshMenu();
    return;
  }
  const pause = PAUSE_ITEMS.find((i) => i.id === info.menuItemId);
  if (pause && (host || !pause.site)) await pauseShield(pauseEndsAt(pause.length, Date.now()), pause.site ? host : undefined);
  if (info.menuItemId === MENU_RESUME) await resumeShield(host || undefined);
}

/** At most `max` characters of `text`, cut after a whole word where there is one. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).trim();
}

/** The toolbar's default icon and tooltip (tabs with no content script, such as the browser's own pages). */
async function showGlobalState(): Promise<void> {
  const s = await readSettings();
  const paused = pausedText({ ...s, pausedSites: {} }, '');
  await browser.action.setIcon({ path: s.enabled && !paused ? ICON_ON : ICON_OFF }).catch(() => undefined);
  await browser.action.setTitle({ title: paused ? t()('actionTitlePaused', paused) : t()('actionTitle') }).catch(() => undefined);
}

/** Forgets ended pauses and sets the alarm for the next end (see snooze.ts). */
const scheduleSnooze = () => scheduleSnoozeEnd(browser.alarms, clearEndedPauses).catch(() => 0);

/** What the background answers to one content-script message (undefined: no answer). */
export async function answer<M extends FromContent>(message: M, sender: Sender): Promise<BackgroundReply<M> | undefined> {
  return (await answerAny(message, sender)) as BackgroundReply<M> | undefined;
}

async function answerAny(message: FromContent, sender: Sender): Promise<string | boolean | undefined> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'get-catalog':
      return shippedCatalogTextOf(message.show !== undefined && shippedShow(message.show) ? message.show : SHIPPED_SHOWS[0]!.id);
    case 'hidden-count':
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      await browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#7c2d12' });
      await showTabState(tabId, message.on, hostOf(sender.url));
      if (sender.url) noteTabSite(tabId, sender.url);
      return undefined;
    case 'show-mentioned': {
      if (tabId === undefined) return undefined;
      // Every frame of the tab; frames without the content script simply do not answer.
      await toTab(browser.tabs, tabId, { type: 'show-mentioned' }).catch(() => undefined);
      // "Hide this as a spoiler" names the episode of the show the page is about.
      if (tabId === activeTab) await refreshMenu();
      return undefined;
    }
    case 'tab-mentioned': {
      if (tabId === undefined) return false;
      // The top frame knows: it hears of every mention in the tab.
      const status = await toTab(browser.tabs, tabId, { type: 'get-status' }, 0).catch(() => undefined);
      if (status?.showMentioned === true) return true;
      // The top frame has not read its page yet (its gate let the shield in, which is still reading): ask again.
      return status?.ready === false || (typeof status?.pending === 'number' && status.pending > 0) ? 'pending' : false;
    }
    case 'not-spoiler':
      // The site is the sender's own frame, as the browser gives it: a page cannot name another site.
      await rememberNotSpoiler(hostOf(sender.url), message.key, message.excerpt);
      return undefined;
  }
}

/** The welcome page (issue 16): which shows, how far, and how reveal works. Opened once, on install, never on update. */
export const WELCOME_PATH = '/welcome.html';

export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}

export function startBackground(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void storeCatalog(true);
    void createMenu().catch(() => undefined);
    if (reason === 'install') void openWelcome().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void createMenu().catch(() => undefined));
  void storeCatalog(false);
  void showGlobalState().catch(() => undefined);
  if (hasMenus()) browser.contextMenus.onClicked.addListener((info, tab) => void menuClicked(info, tab).catch(() => undefined));
  browser.tabs.onActivated.addListener(({ tabId }) => {
    activeTab = tabId;
    void refreshMenu().catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => tabSites.delete(tabId));
  // A page loading in a tab may be another site; its content script will say which.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') tabSites.delete(tabId);
  });
  browser.windows?.onFocusChanged.addListener(() => {
    activeTab = undefined;
    void refreshMenu().catch(() => undefined);
  });
  // Pauses end by themselves: one alarm at the next end; a pause asked for (popup, menu) moves it.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SNOOZE_ALARM) void scheduleSnooze();
  });
  void scheduleSnooze();
  watchSettings(() => {
    void refreshMenu().catch(() => undefined);
    void showGlobalState().catch(() => undefined);
    void scheduleSnooze();
  });
  // Settings on every machine: each change, here or in sync, starts a pass of the mirror; the first pass is the migration.
  const mirror = syncMirror(browser.storage as unknown as SyncStorage);
  browser.storage.onChanged.addListener((changes, area) => {
    if (touchesSync(changes, area)) mirror.soon();
  });
  mirror.soon();
  (globalThis as { spoilerShieldSyncIdle?: () => Promise<void> }).spoilerShieldSyncIdle = mirror.idle;
  // For automation and tests (Playwright cannot open a native menu): the same handler the menu calls.
  (globalThis as { spoilerShieldMenuClicked?: typeof menuClicked }).spoilerShieldMenuClicked = menuClicked;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only our own content scripts, from a tab; the catalog also to our own pages from no tab (the
    // toolbar popup), which read the show's title and episodes from it when storage has none.
    if (sender.id !== browser.runtime.id || !isFromContent(message)) return undefined;
    if (sender.tab === undefined && message.type !== 'get-catalog') return undefined;
    return answer(message, sender).catch(() => undefined);
  });
}
