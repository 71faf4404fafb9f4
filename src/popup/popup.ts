/**
 * The popup: progress, the site switch, the global switch and the tab's hidden
 * count. It acts on the active tab, or on `?tabId=N` (tests, the options page).
 */
// Extension pages use the polyfill (promise APIs in every browser); the content script uses the native API, to stay small.
import browser, { type Runtime } from 'webextension-polyfill';
import { prisonCell211 } from '../catalog';
import { isFromContent, type ShieldStatus, type ToContent } from '../messages';
import { enabledItem, readSettings, setSiteEnabled, watchedEpisodeItem } from '../settings';
import { siteKey } from '../site';
import { episodeOptions, hiddenCountText } from './text';

export async function startPopup(doc: Document, url: URL): Promise<void> {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const watched = $<HTMLSelectElement>('watched');
  const globalSwitch = $<HTMLInputElement>('global-enabled');
  const siteSwitch = $<HTMLInputElement>('site-enabled');
  const siteName = $<HTMLElement>('site-name');
  const count = $<HTMLElement>('hidden-count');
  const status = $<HTMLElement>('status');

  for (const { value, text } of episodeOptions(prisonCell211)) watched.add(new Option(text, String(value)));

  const showCount = (n: number) => {
    count.dataset.count = String(n);
    count.textContent = hiddenCountText(n);
  };
  const report = (error: unknown) => {
    status.textContent = `Could not save the setting: ${error instanceof Error ? error.message : String(error)}`;
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

  const settings = await readSettings();
  watched.value = String(settings.watchedEpisode);
  globalSwitch.checked = settings.enabled;

  const tabStatus = await askStatus();
  const hostname = tabStatus?.hostname ?? '';
  if (tabStatus && hostname) {
    siteName.textContent = siteKey(hostname);
    siteSwitch.checked = !settings.disabledSites.includes(siteKey(hostname));
  } else {
    siteSwitch.checked = false;
    siteSwitch.disabled = true;
    siteName.textContent = tabStatus ? 'This page has no site name.' : 'The shield cannot run on this page.';
  }
  showCount(tabStatus?.hiddenCount ?? 0);

  const refreshCount = async () => {
    const s = await askStatus();
    if (s) showCount(s.hiddenCount);
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (isFromContent(message) && message.type === 'hidden-count' && sender.tab?.id === tabId && sender.frameId === 0) {
      showCount(message.count);
    }
    return undefined;
  });

  watched.addEventListener('change', () => {
    watchedEpisodeItem.setValue(Number(watched.value)).then(refreshCount, report);
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
