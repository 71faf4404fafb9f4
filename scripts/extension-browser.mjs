// Launches Debian's Chromium with the built extension loaded, and reads the shield's state from a
// tab. Shared by the browser tests (tests/e2e/harness.ts) and `npm run demo` (scripts/demo.mjs).
// Why the flags: see docs/facts.md ("Loading the extension in Chromium") — without --disable-extensions-except, Playwright's
// own --disable-extensions keeps the extension off and no service worker ever appears.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** Absolute path of the unpacked build; the extension id is a hash of it. */
export const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));

export const CHROMIUM_INSTALL_HINT = 'apt-get update && apt-get install -y chromium';

/** The Chromium binary: $CHROMIUM_PATH, or Debian's package. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Throws a clear error when the browser or the build is missing; a browser test must never skip. */
export function assertBrowserReady() {
  const browser = chromiumPath();
  if (!existsSync(browser)) {
    throw new Error(
      `Chromium not found at ${browser}. Install it with \`${CHROMIUM_INSTALL_HINT}\` ` +
        '(or set CHROMIUM_PATH). Never `npx playwright install`: we test against Debian\'s Chromium.',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION_DIR}. Run \`npm run build\` (wxt build) first.`);
  }
}

/**
 * Starts Chromium with a fresh profile and the extension loaded. `lang` sets the browser's language
 * (the extension's interface follows it), e.g. 'es'. `extensionDir` loads another unpacked extension
 * instead of the build (the bench's do-nothing control, scripts/bench/control.mjs). `hasTouch` and
 * `isMobile` emulate a phone's touch screen (tests/e2e/touch.e2e.test.ts).
 * The extension opens its welcome page on install, so in every fresh profile: it is closed once it has
 * opened, so that each caller starts with the browser's own first tab alone; `keepWelcome` leaves it
 * open and returns it as `welcomePage`.
 * @param {{ headless?: boolean, viewport?: { width: number, height: number } | null, lang?: string, colorScheme?: 'light' | 'dark', extensionDir?: string, hasTouch?: boolean, isMobile?: boolean, keepWelcome?: boolean }} [options]
 */
export async function launchWithExtension({ headless = true, viewport = { width: 1000, height: 900 }, lang = 'en-US', colorScheme = 'light', extensionDir = EXTENSION_DIR, hasTouch = false, isMobile = false, keepWelcome = false } = {}) {
  assertBrowserReady();
  const userDataDir = mkdtempSync(join(tmpdir(), 'spoiler-shield-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport,
    locale: lang,
    colorScheme,
    hasTouch,
    isMobile,
    args: [
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    const welcomePage = existsSync(join(extensionDir, 'welcome.html')) ? await waitForWelcome(context, extensionId) : undefined;
    if (welcomePage && !keepWelcome) await welcomePage.close();
    return {
      context,
      serviceWorker,
      extensionId,
      welcomePage: keepWelcome ? welcomePage : undefined,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(
      `The extension did not start in Chromium (its service worker, or its welcome page on install), from ${extensionDir}: ${error}`,
    );
  }
}

/** The tab of the extension's welcome page, which it opens on install (src/background-main.ts). */
async function waitForWelcome(context, extensionId, timeout = 10_000) {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    if (Date.now() > deadline) throw new Error(`The extension's welcome page (${url}) did not open on install within ${timeout / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The content script's answer to `get-status` in the tab's top frame. */
export function shieldStatus(serviceWorker, tabId) {
  return serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'get-status' }, { frameId: 0 }),
    tabId,
  );
}

/**
 * The tab id of a Playwright page. Tab URLs are hidden without the `tabs` permission, so ask every
 * tab's content script for its hostname; when several tabs share it, bring the page to the front
 * and take the active one.
 */
export async function tabIdOf(page, { timeout = 10_000 } = {}) {
  const serviceWorker = page.context().serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!serviceWorker) throw new Error('tabIdOf: the extension has no running service worker.');
  const hostname = new URL(page.url()).hostname;
  const deadline = Date.now() + timeout;
  for (;;) {
    const candidates = await serviceWorker.evaluate(async (wanted) => {
      const tabs = await chrome.tabs.query({});
      const answers = await Promise.all(
        tabs.map((tab) =>
          chrome.tabs
            .sendMessage(tab.id, { type: 'get-status' }, { frameId: 0 })
            .then((status) => (status?.hostname === wanted ? tab.id : undefined))
            .catch(() => undefined),
        ),
      );
      return answers.filter((id) => id !== undefined);
    }, hostname);
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) {
      await page.bringToFront();
      const [active] = await serviceWorker.evaluate(() =>
        chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs.map((tab) => tab.id)),
      );
      if (candidates.includes(active)) return active;
    }
    if (Date.now() > deadline) {
      throw new Error(`tabIdOf: no tab's content script answered get-status for ${hostname} within ${timeout} ms.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Polls the shield's status until its queue is empty (`pending === 0`), and returns that status. */
export async function waitForShieldIdle(serviceWorker, tabId, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await shieldStatus(serviceWorker, tabId);
      if (last && last.pending === 0) return last;
    } catch (error) {
      last = `no answer (${error instanceof Error ? error.message : error})`;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The shield in tab ${tabId} did not become idle (pending === 0) within ${timeout} ms; ` +
          `last status: ${JSON.stringify(last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
