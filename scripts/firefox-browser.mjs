// Starts Debian's Firefox ESR with the built extension, over WebDriver BiDi with puppeteer-core (which
// downloads nothing), for the Firefox tier (tests/firefox/). Why each step: docs/firefox.md.
//
// - `browser.installExtension(dir)` installs .output/firefox-mv3 as a temporary add-on.
// - The pref `extensions.webextensions.uuids` fixes the add-on's moz-extension:// host, so the tests
//   know where its popup is; opening a moz-extension:// page needs `--remote-allow-system-access`.
// - puppeteer's own `page.goto` never resolves on a moz-extension:// page (Firefox sends no load
//   event for it over BiDi), and `page.setViewport` uses a command ESR 140 lacks: both are sent as
//   plain BiDi commands here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The unpacked Firefox build (`npm run build:firefox`). */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const ADDON_ID = 'spoiler-shield@spoiler-shield.dev';
/** The moz-extension:// host the tests give the add-on. */
export const ADDON_UUID = '5e0a11e5-5b1e-4d5a-9c1e-2115b0a7e5d1';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** Debian's current ESR (`apt-get install firefox-esr`). */
export const DEFAULT_FIREFOX = '/usr/lib/firefox-esr/firefox-esr';
/** Where scripts/fetch-firefox-esr140.sh unpacks ESR 140 unless FIREFOX_ESR140_DIR says otherwise. */
export const ESR140_DIR = process.env.FIREFOX_ESR140_DIR ?? join(ROOT, '.cache', 'firefox-esr-140');
export const ESR140_FIREFOX = join(ESR140_DIR, 'usr', 'lib', 'firefox-esr', 'firefox-esr');

/** The Firefox binary under test: $FIREFOX_PATH, or Debian's firefox-esr. */
export function firefoxPath() {
  return process.env.FIREFOX_PATH || DEFAULT_FIREFOX;
}

/** "153.7.0esr" for a Firefox binary; throws when it does not run. */
export function firefoxVersion(path = firefoxPath()) {
  const out = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  const version = /Firefox ([\d.]+\S*)/.exec(out)?.[1];
  if (!version) throw new Error(`${path} --version said "${out}", not a Firefox version`);
  return version;
}

/** Throws a clear error when the browser or the build is missing: the Firefox tier never skips. */
export function assertFirefoxReady({ extensionDir = /** @type {string | null} */ (FIREFOX_EXTENSION_DIR) } = {}) {
  const path = firefoxPath();
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. Install Debian's ESR with \`apt-get install -y firefox-esr\`, and ESR 140 with ` +
        '`bash scripts/fetch-firefox-esr140.sh` (or set FIREFOX_PATH). Never a browser download of its own.',
    );
  }
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}. Run \`npm run build:firefox\` first.`);
  }
}

/**
 * Starts Firefox with a fresh profile (or `profileDir`, which is kept) and the extension installed as a
 * temporary add-on from `extensionDir` (none when null).
 * @param {{ extensionDir?: string | null, profileDir?: string, prefs?: Record<string, unknown>, lang?: string }} [options]
 */
export async function launchFirefox({ extensionDir = FIREFOX_EXTENSION_DIR, profileDir, prefs = {}, lang = 'en-US' } = {}) {
  assertFirefoxReady({ extensionDir });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: true,
    // A profile of our own (kept, for a restart) or a fresh one that puppeteer deletes on close.
    ...(profileDir ? { userDataDir: profileDir } : {}),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'intl.locale.requested': lang,
      'intl.accept_languages': lang,
      // Nothing a test does should wait on the network.
      'browser.shell.checkDefaultBrowser': false,
      ...prefs,
    },
  });
  const close = () => browser.close().catch(() => undefined);
  try {
    if (extensionDir) {
      const id = await browser.installExtension(extensionDir);
      if (id !== ADDON_ID) throw new Error(`installed add-on ${id}, expected ${ADDON_ID}`);
    }
  } catch (error) {
    await close();
    throw new Error(`Firefox (${firefoxPath()}) did not install ${extensionDir}: ${error}`);
  }
  return { browser, version: await browser.version(), close };
}

/** Sends one WebDriver BiDi command on puppeteer's connection. */
export function bidi(browser, method, params) {
  return browser.connection.send(method, params);
}

/** The BiDi browsing context of a puppeteer page. */
export function contextOf(page) {
  return page.mainFrame()._id;
}

/** Navigates `page` to `url` and waits until it has loaded (moz-extension:// pages included). */
export async function navigate(page, url) {
  await bidi(page.browser(), 'browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

/** Sets the page's viewport through BiDi alone (puppeteer's setViewport needs more than ESR 140 has). */
export async function setViewport(page, width, height) {
  await bidi(page.browser(), 'browsingContext.setViewport', { context: contextOf(page), viewport: { width, height } });
}

/** Opens one of the extension's pages (e.g. 'popup.html?tabId=3') in a new tab. */
export async function openExtensionPage(browser, path) {
  const page = await browser.newPage();
  await navigate(page, `${EXTENSION_ORIGIN}/${path}`);
  return page;
}

/**
 * Installs an add-on package for good (not as a temporary add-on), as a reader's Firefox would keep it.
 * AMO signs the store zip; unsigned, ESR installs it only with `xpinstall.signatures.required` off.
 */
export async function installPermanently(browser, zipPath) {
  const { result } = await bidi(browser, 'webExtension.install', {
    extensionData: { type: 'archivePath', path: zipPath },
    'moz:permanent': true,
  });
  return result.extension;
}
