// The background in real Chromium: the toolbar badge (the tab's hidden count), the toolbar icon and
// tooltip (the shield's own or the "off" ones), and the two context-menu items. Playwright cannot open
// a native context menu, so the items are clicked through the very handler the menu calls, which the
// background exposes as `spoilerShieldMenuClicked` in its service worker; the effects are then read
// where a reader meets them: storage, the page's marks, the badge and the tooltip.
//
// Pages: tests/fixtures/pages/review.html (about Prison Cell 211), news-helena.html (shares names with
// the show but never names it), and a small page served here through a route that is not about the
// show at all, for "Hide this as a spoiler".
import { beforeEach, describe, expect, it } from 'vitest';
import { resetSettings, useExtensionBrowser } from './fixtures';
import { HIDDEN_PASSAGE, shieldStatus, waitForShieldIdle } from './harness';

/** The service worker's globals, as far as these tests use them; the code runs there, not in Node. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
    setIcon(details: unknown): Promise<void>;
  };
};
declare const spoilerShieldMenuClicked: (info: { menuItemId: string; selectionText?: string; pageUrl?: string }) => Promise<void>;
/** The service worker's global object, with the setIcon calls recorded on it. */
type WithIconLog = typeof globalThis & { __iconCalls: IconCall[] };

interface IconCall {
  details: { tabId?: number; path?: Record<string, string> };
  /** 'ok' once Chrome accepted the icon, or the error it gave. */
  outcome?: string;
}

const TITLE_ON = 'Spoiler Shield';
const TITLE_OFF = 'Spoiler Shield (off on this page)';
const SIZES = [16, 32, 48, 96, 128];
const iconPaths = (folder: string) => Object.fromEntries(SIZES.map((size) => [String(size), `/${folder}/${size}.png`]));

/** A page that has nothing to do with the show, for picking one's own spoilers. */
const OWN_PAGE = 'own-pick.html';
const FIRST_SENTENCE = "The warden's dog barks at night.";
const LONG_SENTENCE =
  'Our landlord says the lift on the third floor will be repaired next week, once the parts finally arrive from the factory up north.';
const OWN_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Notes from the block</title></head>
<body><main>
  <p id="pick">${FIRST_SENTENCE} The weather was fine.</p>
  <p id="long">${LONG_SENTENCE}</p>
  <p id="other">We had soup for dinner and went to bed early.</p>
</main></body></html>`;

const ext = useExtensionBrowser({ open: 'review.html', pages: { [OWN_PAGE]: OWN_PAGE_HTML } });

const sw = () => ext.serviceWorker;
const badge = () => sw().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), ext.tabId);
const title = () => sw().evaluate((id) => chrome.action.getTitle({ tabId: id }), ext.tabId);
const stored = (key: string) => sw().evaluate((k) => chrome.storage.local.get(k).then((all) => all[k]), key);
const setStored = (items: Record<string, unknown>) => sw().evaluate((i) => chrome.storage.local.set(i), items);
const setWatched = (episode: number) => setStored({ watchedEpisode: { 'prison-cell-211': episode } });
const hiddenBlocks = () => ext.page.locator(HIDDEN_PASSAGE);
const menuClick = (info: { menuItemId: string; selectionText?: string; pageUrl?: string }) =>
  sw().evaluate((i) => spoilerShieldMenuClicked(i), info);

/** Waits until the shield has read everything (idle, and still idle two frames later). */
async function settle() {
  await waitForShieldIdle(sw(), ext.tabId);
  await ext.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return waitForShieldIdle(sw(), ext.tabId);
}

async function open(path: string) {
  await ext.page.goto(`${ext.server.origin}/${path}`);
  return settle();
}

/** The review at "Nothing yet", with its spoilers hidden; returns how many are hidden. */
async function openReviewHidden(): Promise<number> {
  await open('review.html');
  await expect.poll(() => hiddenBlocks().count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const status = await settle();
  expect(status.hiddenCount).toBe(await hiddenBlocks().count());
  return status.hiddenCount;
}

/** Selects `text` inside the element `selector` the way a reader's drag would, and returns the selection's text. */
function selectInPage(selector: string, text: string): Promise<string> {
  return ext.page.evaluate(
    ([sel, wanted]) => {
      const node = document.querySelector(sel)!.firstChild as Text;
      const start = node.data.indexOf(wanted);
      if (start < 0) throw new Error(`"${wanted}" is not in ${sel}`);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    [selector, text] as const,
  );
}

/** Records every chrome.action.setIcon call the background makes from now on, and whether Chrome took it. */
function recordIconCalls() {
  return sw().evaluate(() => {
    const action = chrome.action as { setIcon(details: unknown): Promise<void>; __realSetIcon?: (details: unknown) => Promise<void> };
    action.__realSetIcon ??= action.setIcon.bind(action);
    const real = action.__realSetIcon;
    (globalThis as WithIconLog).__iconCalls = [];
    action.setIcon = (details: unknown) => {
      const call: IconCall = { details: details as IconCall['details'] };
      (globalThis as WithIconLog).__iconCalls.push(call);
      return real(details).then(
        (result) => {
          call.outcome = 'ok';
          return result;
        },
        (error: unknown) => {
          call.outcome = String(error);
          throw error;
        },
      );
    };
  });
}

/** The last icon the background set for this tab (path and Chrome's answer), if any. */
function lastTabIcon() {
  return sw().evaluate((id) => {
    const calls = (globalThis as WithIconLog).__iconCalls.filter((call) => call.details.tabId === id);
    const last = calls.at(-1);
    return last ? { path: last.details.path, outcome: last.outcome } : undefined;
  }, ext.tabId);
}

beforeEach(async () => {
  // Every test starts from the defaults: shield on everywhere, "Nothing yet", no picked spoilers.
  await resetSettings(sw());
  await setWatched(0);
});

describe('the badge', () => {
  it('shows the hidden count of the review at "Nothing yet", and nothing once every episode is watched', async () => {
    const hidden = await openReviewHidden();
    await expect.poll(badge, { timeout: 5_000 }).toBe(String(hidden));

    await setWatched(6);
    await expect.poll(() => hiddenBlocks().count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(badge, { timeout: 5_000 }).toBe('');
    expect((await settle()).hiddenCount).toBe(0);
  });

  it('is empty on a page that does not mention the show, in a tab that had a count before', async () => {
    const hidden = await openReviewHidden();
    await expect.poll(badge, { timeout: 5_000 }).toBe(String(hidden));

    await open('news-helena.html');
    expect((await shieldStatus(sw(), ext.tabId)).showMentioned).toBe(false);
    expect(await hiddenBlocks().count()).toBe(0);
    await expect.poll(badge, { timeout: 5_000 }).toBe('');
  });

  it('follows spoilers a page adds later, and takes away', async () => {
    const hidden = await openReviewHidden();
    await expect.poll(badge, { timeout: 5_000 }).toBe(String(hidden));

    await ext.page.evaluate(() => {
      const late = document.createElement('p');
      late.id = 'late';
      late.textContent = 'Helena dies, and the baby with her.';
      document.querySelector('article')!.append(late);
    });
    await expect.poll(() => ext.page.locator('#late').getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('hidden');
    await expect.poll(badge, { timeout: 5_000 }).toBe(String(hidden + 1));

    await ext.page.evaluate(() => document.getElementById('late')!.remove());
    await expect.poll(badge, { timeout: 5_000 }).toBe(String(hidden));

    // A page about something else turns into a page about the show: the badge appears.
    await open('news-helena.html');
    await expect.poll(badge, { timeout: 5_000 }).toBe('');
    await ext.page.evaluate(() => {
      const note = document.createElement('p');
      note.textContent = 'Prison Cell 211 is on Netflix now.';
      document.querySelector('main')!.append(note);
    });
    await expect.poll(() => hiddenBlocks().count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(badge, { timeout: 5_000 }).toBe('1');
  });
});

describe('the toolbar icon and tooltip', () => {
  it('switch to the "off" icon and title when the site or the whole shield is off, and back', async () => {
    await openReviewHidden();
    await expect.poll(title, { timeout: 5_000 }).toBe(TITLE_ON);
    await recordIconCalls();

    await setStored({ disabledSites: ['127.0.0.1'] });
    await expect.poll(lastTabIcon, { timeout: 5_000 }).toEqual({ path: iconPaths('icon-off'), outcome: 'ok' });
    await expect.poll(title, { timeout: 5_000 }).toBe(TITLE_OFF);

    await setStored({ disabledSites: [] });
    await expect.poll(lastTabIcon, { timeout: 5_000 }).toEqual({ path: iconPaths('icon'), outcome: 'ok' });
    await expect.poll(title, { timeout: 5_000 }).toBe(TITLE_ON);

    await setStored({ enabled: false });
    await expect.poll(lastTabIcon, { timeout: 5_000 }).toEqual({ path: iconPaths('icon-off'), outcome: 'ok' });
    await expect.poll(title, { timeout: 5_000 }).toBe(TITLE_OFF);
    // The default icon (tabs without the content script) follows the global switch as well.
    const global = await sw().evaluate(() =>
      (globalThis as WithIconLog).__iconCalls.filter((call) => call.details.tabId === undefined).map((call) => call.details.path),
    );
    expect(global.at(-1)).toEqual(iconPaths('icon-off'));
  });
});

describe('the context menu, through the background handler', () => {
  it('"Turn off on this site" lifts every mark, and clicking it again hides them again', async () => {
    const hidden = await openReviewHidden();
    await expect.poll(badge, { timeout: 5_000 }).toBe(String(hidden));
    const url = ext.page.url();

    await menuClick({ menuItemId: 'toggle-site', pageUrl: url });
    expect(await stored('disabledSites')).toEqual(['127.0.0.1']);
    await expect.poll(() => hiddenBlocks().count(), { timeout: 10_000 }).toBe(0);
    expect((await settle()).hiddenCount).toBe(0);
    await expect.poll(badge, { timeout: 5_000 }).toBe('');
    await expect.poll(title, { timeout: 5_000 }).toBe(TITLE_OFF);

    await menuClick({ menuItemId: 'toggle-site', pageUrl: url });
    expect(await stored('disabledSites')).toEqual([]);
    await expect.poll(() => hiddenBlocks().count(), { timeout: 10_000 }).toBe(hidden);
    expect((await settle()).hiddenCount).toBe(hidden);
    await expect.poll(badge, { timeout: 5_000 }).toBe(String(hidden));
    await expect.poll(title, { timeout: 5_000 }).toBe(TITLE_ON);
  });

  it('"Turn off on this site" stores the site without its "www."', async () => {
    await menuClick({ menuItemId: 'toggle-site', pageUrl: 'https://www.Example.org/reviews/prison-cell-211' });
    expect(await stored('disabledSites')).toEqual(['example.org']);
    await menuClick({ menuItemId: 'toggle-site', pageUrl: 'https://example.org/other' });
    expect(await stored('disabledSites')).toEqual([]);
  });

  it('"Hide this as a spoiler" stores the selection for the next episode and hides it on a page not about the show', async () => {
    await setWatched(2);
    await open(OWN_PAGE);
    const pick = ext.page.locator('#pick');
    expect(await hiddenBlocks().count()).toBe(0);
    expect(await badge()).toBe('');

    const selected = await selectInPage('#pick', FIRST_SENTENCE);
    expect(selected).toBe(FIRST_SENTENCE);
    await menuClick({ menuItemId: 'hide-selection', selectionText: selected, pageUrl: ext.page.url() });

    expect(await stored('ownPlotPoints')).toEqual([{ text: FIRST_SENTENCE, episode: 3, show: 'prison-cell-211' }]);
    await expect.poll(() => pick.getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('hidden');
    expect(await pick.getAttribute('data-spoiler-episode')).toBe('3');
    // Named by the show and the episode only, like every hidden passage (issue 16).
    expect(await pick.getAttribute('aria-label')).toBe('Spoiler · Prison Cell 211 · episode 3. Press Enter to reveal.');
    // Only that paragraph: the others on the page stay as they are.
    expect(await hiddenBlocks().count()).toBe(1);
    await expect.poll(badge, { timeout: 5_000 }).toBe('1');
  });

  it('"Hide this as a spoiler" ties the selection to episode 6 when every episode is watched', async () => {
    await setWatched(6);
    await open(OWN_PAGE);
    const selected = await selectInPage('#pick', 'The weather was fine.');
    await menuClick({ menuItemId: 'hide-selection', selectionText: selected, pageUrl: ext.page.url() });
    expect(await stored('ownPlotPoints')).toEqual([{ text: 'The weather was fine.', episode: 6, show: 'prison-cell-211' }]);
    // Nothing is past episode 6, so nothing is hidden.
    await settle();
    expect(await hiddenBlocks().count()).toBe(0);
    expect(await badge()).toBe('');
  });

  it('"Hide this as a spoiler" keeps at most 100 characters of a long selection, cut after a whole word', async () => {
    await setWatched(2);
    await open(OWN_PAGE);
    const selected = await selectInPage('#long', LONG_SENTENCE);
    expect(selected.length).toBeGreaterThan(100);
    await menuClick({ menuItemId: 'hide-selection', selectionText: selected, pageUrl: ext.page.url() });

    const points = (await stored('ownPlotPoints')) as Array<{ text: string; episode: number }>;
    const expected = 'Our landlord says the lift on the third floor will be repaired next week, once the parts finally';
    expect(points).toEqual([{ text: expected, episode: 3, show: 'prison-cell-211' }]);
    expect(expected.length).toBeLessThanOrEqual(100);
    expect(LONG_SENTENCE.startsWith(`${expected} `)).toBe(true);
    // The shortened text still finds its paragraph.
    await expect.poll(() => ext.page.locator('#long').getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('hidden');
  });
});
