// `npm run demo` (after `wxt build`): opens a review of Prison Cell 211 in Debian's Chromium with
// Spoiler Shield loaded, so you can try it, and saves a screenshot of the shielded page inside the
// checkout (demo-results/demo-screenshot.png, ignored by git). With a display ($DISPLAY set) the browser
// stays open until you close it or press Ctrl-C; without one it runs headless and exits once the
// screenshot is saved. `--once` exits as soon as the page has been shielded either way (a smoke test of
// this command): 0 when something was hidden, 1 otherwise. $PORT picks the server's port.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFixtures } from './serve-fixtures.mjs';
import {
  CHROMIUM_INSTALL_HINT,
  chromiumPath,
  launchWithExtension,
  tabIdOf,
  waitForShieldIdle,
} from './extension-browser.mjs';

const headed = Boolean(process.env.DISPLAY);
// Without a display there is nothing to try by hand: run once and exit.
const once = process.argv.includes('--once') || !headed;
const checkout = join(dirname(fileURLToPath(import.meta.url)), '..');
const screenshot = join(checkout, 'demo-results', 'demo-screenshot.png');

if (!existsSync(chromiumPath())) {
  console.error(`Chromium is not installed at ${chromiumPath()}. Install it with:\n\n  ${CHROMIUM_INSTALL_HINT}\n`);
  console.error('(or point CHROMIUM_PATH at another Chromium binary)');
  process.exit(1);
}

const server = await serveFixtures({ port: Number(process.env.PORT ?? 0) });
let browser;
const shutdown = async (code) => {
  await browser?.close().catch(() => {});
  await server.close();
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  browser = await launchWithExtension({ headless: !headed, viewport: headed ? null : { width: 1000, height: 900 } });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = `${server.origin}/review.html`;
  await page.goto(url);
  const tabId = await tabIdOf(page);
  const status = await waitForShieldIdle(browser.serviceWorker, tabId);

  console.log(`\nSpoiler Shield demo: a review of Prison Cell 211 at\n\n  ${url}\n`);
  console.log(`The shield hides ${status.hiddenCount} spoiler passage(s) for a reader who has watched nothing yet.`);
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`Screenshot of the shielded page: ${relative(process.cwd(), screenshot) || screenshot}`);
  if (headed) {
    console.log('Click the Spoiler Shield icon in the toolbar (pin it from the puzzle-piece menu) and set');
    console.log('"Watched up to" to an episode: spoilers up to it appear, later ones stay blurred.');
    console.log('Click a blurred passage to read it anyway. "Shield this site" turns it off here.');
  } else {
    console.log('There is no display ($DISPLAY is not set), so Chromium ran headless and the demo ends here.');
    console.log('Set DISPLAY (e.g. run under a desktop session or xvfb-run) to use the toolbar icon and popup.');
  }

  if (once) {
    if (status.hiddenCount === 0) {
      console.error('\nThe page finished loading, but the shield hid nothing on it.');
      await shutdown(1);
    }
    console.log('\nThe page was shielded; exiting.');
    await shutdown(0);
  }
  console.log('\nPress Ctrl-C to stop.');
  browser.context.on('close', () => void shutdown(0));
} catch (error) {
  console.error(`demo failed: ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
}
