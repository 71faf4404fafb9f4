// Helpers for driving the built extension in real Chromium: the fixture server, the browser with the
// extension loaded, the shield's status in a tab, and a page object for the popup. The launching and
// status code lives in scripts/ so that `npm run demo` uses exactly the same steps.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { serveFixtures } from '../../scripts/serve-fixtures.mjs';
import {
  launchWithExtension,
  shieldStatus,
  tabIdOf,
  waitForShieldIdle,
  type ExtensionBrowser,
  type ShieldStatus,
} from '../../scripts/extension-browser.mjs';

export { serveFixtures, launchWithExtension, shieldStatus, tabIdOf, waitForShieldIdle };
export type { ExtensionBrowser, ShieldStatus };

/**
 * The hidden passages of a page, one per passage as the popup counts them: a hidden block, or a hidden
 * unit (a comment, a card), whose blocks inside carry the unit's marks too and are not counted again.
 */
export const HIDDEN_PASSAGE = '[data-spoiler-shield="hidden"]:not([data-spoiler-shield="hidden"] *)';

/** The popup as a reader uses it: the "Watched up to" menu, the two switches and the hidden count. */
export class PopupPage {
  constructor(readonly page: Page) {}

  get watched(): Locator {
    return this.page.locator('#watched-prison-cell-211');
  }

  get siteEnabled(): Locator {
    return this.page.locator('#site-enabled');
  }

  get globalEnabled(): Locator {
    return this.page.locator('#global-enabled');
  }

  /** Resolves once the popup has read the settings and the tab's status (it marks `body[data-ready]`). */
  async ready(): Promise<this> {
    await this.page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    return this;
  }

  /** Picks an episode in "Watched up to" (0 = "Nothing yet"). */
  async setWatched(episode: number): Promise<void> {
    await this.watched.selectOption(String(episode));
  }

  /** Ticks or unticks "Shield this site". */
  async setSiteEnabled(enabled: boolean): Promise<void> {
    await this.siteEnabled.setChecked(enabled);
  }

  /** Ticks or unticks the global on/off switch. */
  async setGlobalEnabled(enabled: boolean): Promise<void> {
    await this.globalEnabled.setChecked(enabled);
  }

  /** The number of hidden passages the popup reports for its tab (`#hidden-count[data-count]`). */
  async hiddenCount(): Promise<number> {
    const count = await this.page.locator('#hidden-count').getAttribute('data-count');
    return Number(count);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/**
 * Opens popup.html in a tab of its own, pointed at `tabId` (a toolbar popup cannot be opened from a
 * test, and would act on the active tab — the popup tab itself here).
 */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupPage> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return new PopupPage(page).ready();
}
