// The store package (`npm run zip:firefox`, .output/spoiler-shield-<version>-firefox.zip) installed for
// good, not as a temporary add-on, the way a reader's Firefox keeps an add-on from addons.mozilla.org:
// it shields a page, and it is still there, still shielding, after Firefox restarts on the same profile.
// AMO signs the package; unsigned, Firefox ESR installs it with `xpinstall.signatures.required` off.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from '../../scripts/serve-fixtures.mjs';
import { ADDON_ID, EXTENSION_ORIGIN, installPermanently, launchFirefox, openExtensionPage, setViewport } from '../../scripts/firefox-browser.mjs';
import { SHOW, until, wrongMarks } from './harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ZIP = join(ROOT, '.output', `${PACKAGE.name}-${PACKAGE.version}-firefox.zip`);
const PREFS = { 'xpinstall.signatures.required': false };

declare const browser: any;

let server: Awaited<ReturnType<typeof serveFixtures>>;
let profile: string;

beforeAll(async () => {
  if (!existsSync(ZIP)) throw new Error(`No store package at ${ZIP}: run \`npm run zip:firefox\` first.`);
  // The package of this run, not one left from an earlier build.
  expect(Date.now() - statSync(ZIP).mtimeMs).toBeLessThan(60 * 60 * 1000);
  server = await serveFixtures();
  profile = mkdtempSync(join(tmpdir(), 'spoiler-shield-firefox-profile-'));
});

afterAll(async () => {
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Starts Firefox on the kept profile, sets progress 0, and checks the review is shielded. */
async function expectShielding(install: boolean) {
  const firefox = await launchFirefox({ extensionDir: null, profileDir: profile, prefs: PREFS });
  try {
    if (install) expect(await installPermanently(firefox.browser, ZIP)).toBe(ADDON_ID);
    const control = await openExtensionPage(firefox.browser, 'options.html');
    expect(await control.evaluate(() => location.href)).toBe(`${EXTENSION_ORIGIN}/options.html`);
    const manifest = await control.evaluate(() => browser.runtime.getManifest());
    expect(manifest.version).toBe(PACKAGE.version);
    expect(manifest.key).toBeUndefined();
    await control.evaluate((show) => browser.storage.local.set({ watchedEpisode: { [show]: 0 } }), SHOW);
    const page = await firefox.browser.newPage();
    await setViewport(page, 1000, 900);
    await page.goto(`${server.origin}/review.html`);
    await until(() => wrongMarks(page, 0), (wrong) => wrong.length === 0, 15_000);
    return firefox.version;
  } finally {
    await firefox.close();
  }
}

describe('the Firefox store package, installed permanently', () => {
  it('installs from the zip and hides the spoilers of the review', async () => {
    console.info(`Firefox under test: ${await expectShielding(true)}`);
  });

  it('is still installed and shielding after Firefox restarts on the same profile', async () => {
    await expectShielding(false);
  });
});
