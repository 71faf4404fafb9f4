// The setup the browser tests share: a file's Chromium with the built extension and its fixture
// server, started in beforeAll and closed in afterAll; and every setting put back to its default
// between tests, by the project's one list of settings (src/settings-schema.ts).
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey } from '../../src/settings-schema';
import { HIDDEN_PASSAGE, launchWithExtension, openPopup, serveFixtures, tabIdOf, waitForShieldIdle, type ExtensionBrowser, type PopupPage } from './harness';

export { SETTING_KEYS };

/** The service worker's `chrome`, as far as these helpers use it; the code runs there, not in Node. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> } };
};

export type FixtureServer = Awaited<ReturnType<typeof serveFixtures>>;

export interface ExtensionSetup {
  /** How Chromium starts (language, viewport, colour scheme): see launchWithExtension. */
  launch?: Parameters<typeof launchWithExtension>[0];
  /** Pages of the test's own, HTML by path, served at the fixture server's origin to every tab. */
  pages?: Record<string, string>;
  /** Runs once the browser is up and `page` is there, before `page` loads `open` (settings, init scripts). */
  beforeOpen?: (ext: ExtensionFixture) => Promise<unknown>;
  /** A page of tests/fixtures/pages to load in the first tab, whose id then is `tabId`. */
  open?: string;
}

/** A file's browser with the extension (as launchWithExtension gives it), its fixture server and first tab. */
export interface ExtensionFixture extends Omit<ExtensionBrowser, 'close'> {
  server: FixtureServer;
  /** The browser's first tab, showing `open` when one was given. */
  page: Page;
  /** The first tab's id once it shows `open`; -1 without `open`. */
  tabId: number;
  /** Opens the popup in a tab of its own, pointed at `tabId` (the first tab's by default). */
  openPopup(tabId?: number): Promise<PopupPage>;
}

/**
 * Starts the fixture server and Chromium with the extension in a beforeAll of the calling file (or
 * describe block), and closes both in its afterAll. The fields of what it returns are set once that
 * beforeAll has run, so read them in hooks and tests only. Hooks the file registers after this call
 * run after its beforeAll, and their afterAll before its own (Vitest's default 'stack' order): the
 * browser is still up then, and a server of the file's own must drop its sockets to close at once.
 */
export function useExtensionBrowser(setup: ExtensionSetup = {}): ExtensionFixture {
  let browser: ExtensionBrowser | undefined;
  const ext = {
    tabId: -1,
    openPopup: (tabId = ext.tabId) => openPopup(ext.context, ext.extensionId, tabId),
  } as ExtensionFixture;

  beforeAll(async () => {
    ext.server = await serveFixtures();
    browser = await launchWithExtension(setup.launch); // Throws a clear message without Chromium or a build: never skips.
    Object.assign(ext, { context: browser.context, serviceWorker: browser.serviceWorker, extensionId: browser.extensionId });
    for (const [path, body] of Object.entries(setup.pages ?? {})) {
      const url = `${ext.server.origin}/${path.replace(/^\//, '')}`;
      await ext.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    }
    ext.page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await setup.beforeOpen?.(ext);
    if (setup.open) {
      await ext.page.goto(`${ext.server.origin}/${setup.open}`);
      ext.tabId = await tabIdOf(ext.page);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await ext.server?.close();
  });

  return ext;
}

/** Every setting at its default, as stored (progress is stored per show: "Nothing yet" is `{}`). */
export const STORED_DEFAULTS: Readonly<Record<SettingKey, unknown>> = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, key === 'watchedEpisode' ? {} : DEFAULT_SETTINGS[key]]),
) as Record<SettingKey, unknown>;

/**
 * Puts every setting back to its default, for the next test. By default each one is removed from
 * storage, as in a new profile, and the extension reads its own defaults; with `stored` each default
 * is written instead, as the options page's "Reset everything" does, for tests that read storage back.
 */
export function resetSettings(serviceWorker: Worker, { stored = false } = {}): Promise<void> {
  return stored
    ? serviceWorker.evaluate((items) => chrome.storage.local.set(items), { ...STORED_DEFAULTS })
    : serviceWorker.evaluate((keys) => chrome.storage.local.remove(keys), [...SETTING_KEYS]);
}

/** Opens `path` in the fixture's first tab, waits until the shield has read it and hid something, and returns how many passages it hid. */
export async function openHiddenPage(ext: ExtensionFixture, path = 'review.html'): Promise<number> {
  await ext.page.goto(`${ext.server.origin}/${path}`);
  await waitForShieldIdle(ext.serviceWorker, ext.tabId);
  const hidden = () => ext.page.locator(HIDDEN_PASSAGE).count();
  await expect.poll(hidden, { timeout: 10_000 }).toBeGreaterThan(0);
  return hidden();
}
