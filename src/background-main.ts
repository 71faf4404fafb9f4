/**
 * The background: keeps the toolbar badge in step with each tab's hidden count,
 * hands content scripts the compiled catalog, and passes "this tab mentions the
 * show" between the frames of a tab. It only answers the extension's own content
 * scripts.
 */
// Extension pages use the polyfill (promise APIs in every browser); the content script uses the native API, to stay small.
import browser, { type Runtime } from 'webextension-polyfill';
import { CATALOG_KEY, shippedCatalogText } from './catalog/wire-store';
import { isFromContent, type FromContent, type ToContent } from './messages';

interface StoredCatalog {
  version: string;
  text: string;
}

/** Writes the compiled catalog for content scripts, unless this version already did. */
export async function storeCatalog(force: boolean): Promise<void> {
  const version = browser.runtime.getManifest().version;
  if (!force) {
    const stored = (await browser.storage.local.get(CATALOG_KEY))[CATALOG_KEY] as Partial<StoredCatalog> | undefined;
    if (stored?.version === version && typeof stored.text === 'string') return;
  }
  const value: StoredCatalog = { version, text: shippedCatalogText() };
  await browser.storage.local.set({ [CATALOG_KEY]: value });
}

type Sender = { id?: string; tab?: { id?: number }; frameId?: number };

/** What the background answers to one content-script message (undefined: no answer). */
export async function answer(message: FromContent, sender: Sender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'get-catalog':
      return shippedCatalogText();
    case 'hidden-count':
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      await browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#7c2d12' });
      return undefined;
    case 'show-mentioned': {
      if (tabId === undefined) return undefined;
      const note: ToContent = { type: 'show-mentioned' };
      // Every frame of the tab; frames without the content script simply do not answer.
      await browser.tabs.sendMessage(tabId, note).catch(() => undefined);
      return undefined;
    }
    case 'tab-mentioned': {
      if (tabId === undefined) return false;
      // The top frame knows: it hears of every mention in the tab.
      const status = (await browser.tabs
        .sendMessage(tabId, { type: 'get-status' } satisfies ToContent, { frameId: 0 })
        .catch(() => undefined)) as { showMentioned?: unknown } | undefined;
      return status?.showMentioned === true;
    }
  }
}

export function startBackground(): void {
  browser.runtime.onInstalled.addListener(() => void storeCatalog(true));
  void storeCatalog(false);
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only our own content scripts, from a tab.
    if (sender.id !== browser.runtime.id || !isFromContent(message) || sender.tab === undefined) return undefined;
    return answer(message, sender).catch(() => undefined);
  });
}
