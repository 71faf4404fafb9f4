/** The tab the popup acts on: the active one, or `?tabId=N` (tests). */
import browser from 'webextension-polyfill';
import { toTab, type ShieldStatus, type ToContent } from '../messages';

export class ShieldTab {
  private constructor(readonly id: number | undefined) {}

  /** The tab named by `?tabId=N` in the popup's URL, else the active tab of the current window. */
  static async of(url: URL): Promise<ShieldTab> {
    const given = Number(url.searchParams.get('tabId'));
    if (url.searchParams.has('tabId') && Number.isInteger(given) && given >= 0) return new ShieldTab(given);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return new ShieldTab(tab?.id);
  }

  /** The shield's status in the tab's top frame; undefined where no content script runs. */
  async status(): Promise<ShieldStatus | undefined> {
    if (this.id === undefined) return undefined;
    try {
      return await toTab(browser.tabs, this.id, { type: 'get-status' }, 0);
    } catch {
      return undefined; // No content script here: a browser page, the web store, a PDF viewer.
    }
  }

  /** Tells every frame of the tab (no frameId); frames that do not answer are left be. */
  async tell(message: ToContent): Promise<void> {
    if (this.id === undefined) return;
    await toTab(browser.tabs, this.id, message).catch(() => undefined);
  }
}
