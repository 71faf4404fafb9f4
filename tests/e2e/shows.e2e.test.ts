// Issue 13, point 5 (the pages' side), in real Chromium: the popup and the options page with one show
// (Prison Cell 211, followed by default), with both the series and the film, and with the film alone,
// against the shows the build ships (SHIPPED_SHOWS).
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHIPPED_SHOWS } from '../../src/catalog/shipped';
import { tEn } from '../helpers/i18n';
import { resetSettings, useExtensionBrowser } from './fixtures';
import { waitForShieldIdle } from './harness';
import type { PopupPage } from './harness';

/** The service worker's `chrome`, as far as these tests use it; the code runs there, not in Node. */
declare const chrome: {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};
/** The handler the context menu calls (Playwright cannot open a native menu). */
declare const spoilerShieldMenuClicked: (info: { menuItemId: string; selectionText?: string; pageUrl?: string; frameId?: number }, tab?: { id?: number }) => Promise<void>;

const SHOWS = SHIPPED_SHOWS;
const SERIES = SHOWS.find((s) => s.id === 'prison-cell-211')!;
const FILM = SHOWS.find((s) => s.kind === 'film')!;

const ext = useExtensionBrowser({ open: 'review.html' });

function stored(): Promise<Record<string, unknown>> {
  return ext.serviceWorker.evaluate(() => chrome.storage.local.get(['watchedEpisode', 'followedShows', 'ownPlotPoints']));
}
function store(items: Record<string, unknown>): Promise<void> {
  return ext.serviceWorker.evaluate((i) => chrome.storage.local.set(i), items);
}

/** The progress menus a page lists, in order: each one's show, label and choices. */
function menus(page: Page) {
  return page.$$eval('.show-progress:not([hidden])', (all) =>
    all.map((el) => {
      const select = el.querySelector('select')!;
      return {
        show: (el as HTMLElement).dataset.show,
        label: el.querySelector(`label[for="${select.id}"]`)?.textContent,
        value: select.value,
        choices: [...select.options].map((o) => o.text),
      };
    }),
  );
}

const seriesChoices = (watched: number) => [
  tEn('nothingYet'),
  ...SERIES.episodes.map((e) => (e.title && e.number <= watched ? tEn('episodeTitled', e.number, e.title.en) : tEn('episodeN', e.number))),
];
const filmChoices = [tEn('filmNotWatched'), tEn('filmWatched')];
const seriesMenu = (watched: number) => ({ show: SERIES.id, label: tEn('showSeriesProgress', SERIES.title.en), value: String(watched), choices: seriesChoices(watched) });
const filmMenu = (watched: number) => ({ show: FILM.id, label: tEn('showFilmProgress', FILM.title.en), value: String(watched), choices: filmChoices });

let popup: PopupPage | undefined;
let options: Page | undefined;

beforeEach(async () => {
  await popup?.close();
  await options?.close();
  popup = undefined;
  options = undefined;
  await resetSettings(ext.serviceWorker);
});

async function openOptions(): Promise<Page> {
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  return options;
}

describe('with one show (Prison Cell 211, followed by default)', () => {
  it('the popup lists it alone, with its own progress', async () => {
    popup = await ext.openPopup();
    expect(await menus(popup.page)).toEqual([seriesMenu(0)]);
    expect(await popup.page.locator('#no-shows').isHidden()).toBe(true);
    await popup.page.locator(`#watched-${SERIES.id}`).selectOption('2');
    await expect.poll(stored).toMatchObject({ watchedEpisode: { [SERIES.id]: 2 } });
    expect(await menus(popup.page)).toEqual([seriesMenu(2)]);
  });

  it('the options page offers every shipped show, the series followed and the film not', async () => {
    const page = await openOptions();
    const rows = await page.$$eval('#shows > li', (all) => all.map((li) => (li as HTMLElement).dataset.show));
    expect(rows).toEqual(SHOWS.map((s) => s.id));
    expect(await page.locator(`#follow-${SERIES.id}`).isChecked()).toBe(true);
    expect(await page.locator(`#follow-${FILM.id}`).isChecked()).toBe(false);
    expect(await page.locator(`#follow-${FILM.id}`).getAttribute('aria-label')).toBe(tEn('optFollow', FILM.title.en));
    expect(await menus(page)).toEqual([seriesMenu(0)]);
    expect(await page.locator('#keyword-show option').allTextContents()).toEqual([SERIES.title.en]);
  });
});

describe('with the series and the film', () => {
  it('following the film in the options page lists it, with "Not watched / Watched", and saves each show\'s progress apart', async () => {
    const page = await openOptions();
    await page.locator(`#follow-${FILM.id}`).check();
    await expect.poll(stored).toMatchObject({ followedShows: [SERIES.id, FILM.id] });
    expect(await menus(page)).toEqual([seriesMenu(0), filmMenu(0)]);
    await page.locator(`#watched-${FILM.id}`).selectOption('1');
    await page.locator(`#watched-${SERIES.id}`).selectOption('6');
    await expect.poll(stored).toMatchObject({ watchedEpisode: { [SERIES.id]: 6, [FILM.id]: 1 } });

    popup = await ext.openPopup();
    expect(await menus(popup.page)).toEqual([seriesMenu(6), filmMenu(1)]);
    await popup.page.locator(`#watched-${FILM.id}`).selectOption('0');
    await expect.poll(stored).toMatchObject({ watchedEpisode: { [SERIES.id]: 6, [FILM.id]: 0 } });
    // The options page follows the change made in the popup.
    await expect.poll(() => page.locator(`#watched-${FILM.id}`).inputValue()).toBe('0');
  });

  it('an own plot point chooses its show: the film\'s belongs to the film itself', async () => {
    await store({ followedShows: [SERIES.id, FILM.id] });
    const page = await openOptions();
    expect(await page.locator('#keyword-show option').allTextContents()).toEqual([SERIES.title.en, FILM.title.en]);
    await page.locator('#keyword-text').fill('the gate');
    await page.locator('#keyword-show').selectOption(FILM.id);
    expect(await page.locator('#keyword-episode option').allTextContents()).toEqual([FILM.title.en]);
    await page.locator('#keyword-form button[type="submit"]').click();
    await page.locator('#keyword-text').fill('the tunnel');
    await page.locator('#keyword-show').selectOption(SERIES.id);
    expect(await page.locator('#keyword-episode option').count()).toBe(SERIES.episodes.length);
    await page.locator('#keyword-episode').selectOption('4');
    await page.locator('#keyword-form button[type="submit"]').click();
    await expect.poll(stored).toMatchObject({
      ownPlotPoints: [
        { text: 'the gate', episode: 1, show: FILM.id },
        { text: 'the tunnel', episode: 4, show: SERIES.id },
      ],
    });
    await expect
      .poll(() => page.$$eval('#keywords li .episode', (all) => all.map((e) => e.textContent)))
      .toEqual([FILM.title.en, tEn('ownPlotPointOf', SERIES.title.en, 4)]);
  });
});

describe('with the film alone', () => {
  it('the popup and the options page show the film only', async () => {
    await store({ followedShows: [FILM.id], watchedEpisode: { [SERIES.id]: 3, [FILM.id]: 1 } });
    popup = await ext.openPopup();
    expect(await menus(popup.page)).toEqual([filmMenu(1)]);
    const page = await openOptions();
    expect(await menus(page)).toEqual([filmMenu(1)]);
    expect(await page.locator(`#follow-${SERIES.id}`).isChecked()).toBe(false);
    expect(await page.locator('#keyword-show option').allTextContents()).toEqual([FILM.title.en]);
    // Unfollowing keeps the series' progress for when the reader follows it again.
    await page.locator(`#follow-${SERIES.id}`).check();
    await expect.poll(() => menus(page)).toEqual([seriesMenu(3), filmMenu(1)]);
  });

  it('following nothing says so in the popup, where the menus were', async () => {
    await store({ followedShows: [] });
    popup = await ext.openPopup();
    expect(await menus(popup.page)).toEqual([]);
    expect(await popup.page.locator('#no-shows').textContent()).toBe(tEn('noShowsFollowed'));
    expect(await popup.page.locator('#no-shows').isVisible()).toBe(true);
  });
});

// The pages' side: each followed show is hidden at its own progress, and labelled with its own name.
describe('a page about the film and the series', () => {
  async function open(): Promise<Record<string, string | null>> {
    await ext.page.goto(`${ext.server.origin}/film-and-series.html`);
    await waitForShieldIdle(ext.serviceWorker, ext.tabId);
    return ext.page.$$eval('main p', (all) => Object.fromEntries(all.map((p) => [p.id, p.getAttribute('data-spoiler-shield')])));
  }
  const label = (id: string) => ext.page.locator(`#${id}`).getAttribute('aria-label');

  it('with the series alone (the default), hides the series only', async () => {
    expect(await open()).toEqual({ premise: null, 'film-end': null, 'series-ep6': 'hidden' });
  });

  it('with the film alone, hides the film only, named as a film', async () => {
    await store({ followedShows: [FILM.id] });
    expect(await open()).toEqual({ premise: null, 'film-end': 'hidden', 'series-ep6': null });
    expect(await label('film-end')).toBe(tEn('hiddenLabelFilm', FILM.title.en));
  });

  it('with both, hides each at its own progress, and follows a change of either', async () => {
    await store({ followedShows: [SERIES.id, FILM.id], watchedEpisode: { [SERIES.id]: 2, [FILM.id]: 0 } });
    expect(await open()).toEqual({ premise: null, 'film-end': 'hidden', 'series-ep6': 'hidden' });
    expect(await label('series-ep6')).toBe(tEn('hiddenLabel', SERIES.title.en, 6));
    await store({ watchedEpisode: { [SERIES.id]: 2, [FILM.id]: 1 } });
    await expect.poll(() => ext.page.locator('#film-end').getAttribute('data-spoiler-shield')).toBeNull();
    expect(await ext.page.locator('#series-ep6').getAttribute('data-spoiler-shield')).toBe('hidden');
  });
});

describe('"Hide this as a spoiler" with several shows followed', () => {
  it('ties the selection to the show the page names: the film on a page about the film', async () => {
    await store({ followedShows: [SERIES.id, FILM.id], watchedEpisode: { [SERIES.id]: 2, [FILM.id]: 0 } });
    await ext.page.goto(`${ext.server.origin}/film-notes.html`);
    await waitForShieldIdle(ext.serviceWorker, ext.tabId);
    const selected = 'The rain outside the prison never lets up.';
    const info = { menuItemId: 'hide-selection', selectionText: selected, pageUrl: ext.page.url(), frameId: 0 };
    await ext.serviceWorker.evaluate(([i, id]) => spoilerShieldMenuClicked(i, { id }), [info, ext.tabId] as const);
    expect((await stored()).ownPlotPoints).toEqual([{ text: selected, episode: 1, show: FILM.id }]);
    // The film is not watched: the passage is hidden, named as the film's.
    await expect.poll(() => ext.page.locator('#pick').getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('hidden');
    expect(await ext.page.locator('#pick').getAttribute('aria-label')).toContain(FILM.title.en);
  });
});
