// Regions and episode scope in real Chromium (issue 12): on a page of recaps, the recap of an episode
// after the reader's progress is hidden whole (each of its paragraphs carries data-spoiler-shield and
// its episode), the recap of a watched episode stays readable, and one click on any paragraph of the
// hidden recap shows all of it. Also saves docs/screenshots/hidden-recap.png for the README.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './fixtures';
import { tabIdOf, waitForShieldIdle } from './harness';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshots/hidden-recap.png', import.meta.url));

describe('a page of recaps at "Watched up to episode 2"', () => {
  const ext = useExtensionBrowser({
    beforeOpen: ({ serviceWorker }) => serviceWorker.evaluate(() => chrome.storage.local.set({ watchedEpisode: { 'prison-cell-211': 2 } })),
  });

  const load = async () => {
    await ext.page.goto(`${ext.server.origin}/recaps.html`);
    ext.tabId = await tabIdOf(ext.page);
    await waitForShieldIdle(ext.serviceWorker, ext.tabId);
  };
  const states = (selector: string) =>
    ext.page.locator(selector).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-spoiler-shield')}:${e.getAttribute('data-spoiler-episode')}`));

  it('hides the episode 5 recap whole and leaves episode 2, the headings, the byline and the sidebar readable', async () => {
    await load();
    expect(await states('#recap-5 p[data-test-episode="5"]')).toEqual(['hidden:5', 'hidden:5', 'hidden:5']);
    expect(await states('#recap-2 p')).toEqual(['null:null', 'null:null', 'null:null']);
    expect(await states('h1, h2, .byline, .sidebar li, #recap-5 p[data-test-episode="0"]')).toEqual(Array(7).fill('null:null'));
  });

  it('saves a screenshot of the hidden recap, its card shown', async () => {
    await load();
    await ext.page.bringToFront();
    await ext.page.setViewportSize({ width: 1100, height: 960 });
    // The last paragraph pointed at: its card sits over the recap's own blurred lines, not over a heading.
    await ext.page.locator('#recap-5 p[data-test-episode="5"]').last().hover();
    await expect.poll(() => ext.page.locator('spoiler-shield-hint .card').isVisible()).toBe(true);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await ext.page.screenshot({ path: SCREENSHOT });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(5_000);
  });

  it('shows the whole recap on one click on any paragraph of it', async () => {
    await load();
    await ext.page.locator('#recap-5 p').nth(1).click();
    await expect.poll(() => states('#recap-5 p[data-test-episode="5"]')).toEqual(['revealed:5', 'revealed:5', 'revealed:5']);
  });
});
