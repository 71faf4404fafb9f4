/**
 * The popup: progress, the site switch, the global switch, the tab's hidden
 * count, and "Reveal all on this page" / "Hide again". It acts on the active tab,
 * or on `?tabId=N` (tests).
 */
// Extension pages use the polyfill (promise APIs in every browser); the content script uses the native API, to stay small.
import browser, { type Runtime } from 'webextension-polyfill';
import { prisonCell211 } from '../catalog';
import { isFromContent, type ShieldStatus, type ToContent } from '../messages';
import { DEFAULT_SETTINGS, enabledItem, readSettings, setSiteEnabled, setWatchedEpisode, type Settings } from '../settings';
import { siteKey } from '../site';
import { episodeOptions, hiddenCountText } from './text';
import { localizePage } from '../ui/localize';
import { showSiteAccess, siteAccess } from './site-access';

export async function startPopup(doc: Document, url: URL): Promise<void> {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const watched = $<HTMLSelectElement>('watched');
  const globalSwitch = $<HTMLInputElement>('global-enabled');
  const siteSwitch = $<HTMLInputElement>('site-enabled');
  const siteName = $<HTMLElement>('site-name');
  const count = $<HTMLElement>('hidden-count');
  const status = $<HTMLElement>('status');
  const revealAll = $<HTMLButtonElement>('reveal-all');
  const hideAgain = $<HTMLButtonElement>('hide-again');
  const revealingNote = $<HTMLElement>('revealing-note');
  const t = localizePage(doc, browser.i18n);
  $('show-title').textContent = prisonCell211.titles[0]!;

  for (const { value, text } of episodeOptions(prisonCell211, t)) watched.add(new Option(text, String(value)));

  const showCount = (n: number) => {
    count.dataset.count = String(n);
    count.textContent = hiddenCountText(n, t);
  };
  /** "Reveal all" while the page hides things; "Hide again" while it shows everything. */
  const showRevealing = (revealing: boolean) => {
    revealAll.hidden = revealing;
    hideAgain.hidden = !revealing;
    revealingNote.hidden = !revealing;
  };
  const why = (error: unknown) => (error instanceof Error ? error.message : String(error));
  /** A setting that could not be saved: say so, and show again what is really stored. */
  const report = (error: unknown) => {
    status.dataset.error = 'save';
    status.textContent = t('errorSave', why(error));
    void readSettings().then(showSettings, () => undefined);
  };

  const tabId = await targetTabId(url);
  const askStatus = async (): Promise<ShieldStatus | undefined> => {
    if (tabId === undefined) return undefined;
    const message: ToContent = { type: 'get-status' };
    try {
      return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as ShieldStatus;
    } catch {
      return undefined; // No content script here: a browser page, the web store, a PDF viewer.
    }
  };

  let settings: Settings;
  try {
    settings = await readSettings();
  } catch (error) {
    // Storage that cannot be read: the shield's content scripts use the defaults too, so show them, and say so.
    settings = { ...DEFAULT_SETTINGS };
    status.dataset.error = 'read';
    status.textContent = t('errorRead', why(error));
  }
  let hostname = '';
  const showSettings = (s: Settings) => {
    watched.value = String(s.watchedEpisode);
    globalSwitch.checked = s.enabled;
    if (hostname) siteSwitch.checked = !s.disabledSites.includes(siteKey(hostname));
  };
  showSettings(settings);

  const tabStatus = await askStatus();
  hostname = tabStatus?.hostname ?? '';
  if (tabStatus && hostname) {
    siteName.textContent = siteKey(hostname);
    siteSwitch.checked = !settings.disabledSites.includes(siteKey(hostname));
  } else {
    siteSwitch.checked = false;
    siteSwitch.disabled = true;
    siteName.textContent = tabStatus ? t('noSiteName') : t('cannotRun');
  }
  // No content script answered: perhaps the reader took away the extension's access to this site.
  if (!tabStatus && tabId !== undefined) showSiteAccess(doc, t, browser, tabId, await siteAccess(browser, tabId));
  showCount(tabStatus?.hiddenCount ?? 0);
  showRevealing(tabStatus?.revealingAll ?? false);
  revealAll.disabled = hideAgain.disabled = tabStatus === undefined;

  const refreshCount = async () => {
    delete status.dataset.error;
    status.textContent = '';
    const s = await askStatus();
    if (s) {
      showCount(s.hiddenCount);
      showRevealing(s.revealingAll);
    }
  };
  /** Reveal all / Hide again: every frame of the tab (no frameId), then the popup shows the new state. */
  const tellTab = async (message: ToContent) => {
    if (tabId === undefined) return;
    await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    await refreshCount();
  };
  revealAll.addEventListener('click', () => {
    void tellTab({ type: 'reveal-all' }).then(() => hideAgain.focus());
  });
  hideAgain.addEventListener('click', () => {
    void tellTab({ type: 'hide-again' }).then(() => revealAll.focus());
  });
  $<HTMLAnchorElement>('open-options').addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (isFromContent(message) && message.type === 'hidden-count' && sender.tab?.id === tabId && sender.frameId === 0) {
      showCount(message.count);
    }
    return undefined;
  });

  watched.addEventListener('change', () => {
    setWatchedEpisode(Number(watched.value)).then(refreshCount, report);
  });
  globalSwitch.addEventListener('change', () => {
    enabledItem.setValue(globalSwitch.checked).then(refreshCount, report);
  });
  siteSwitch.addEventListener('change', () => {
    setSiteEnabled(hostname, siteSwitch.checked).then(refreshCount, report);
  });
  doc.body.dataset.ready = 'true';
}

async function targetTabId(url: URL): Promise<number | undefined> {
  const given = Number(url.searchParams.get('tabId'));
  if (url.searchParams.has('tabId') && Number.isInteger(given) && given >= 0) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
