// The "Not a spoiler" list in real Chromium (issue 16, point 4): a passage the reader marked on the
// review shows in the settings under its site, with its first words; "Undo" hides it again in the open
// page, and "Forget all on …" every one of the site's. Also the blur-strength slider, disabled and
// looking disabled with the bar look (point 9).
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resetSettings, useExtensionBrowser } from './fixtures';
import { waitForShieldIdle } from './harness';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

const ext = useExtensionBrowser({ open: 'review.html' });
const sw = () => ext.serviceWorker;
const stored = (key: string) => sw().evaluate((k) => chrome.storage.local.get(k).then((all) => all[k]), key);
const reviewBlock = (text: string) => ext.page.locator('[data-test-episode]', { hasText: text });
const hintButton = (label: string) => ext.page.locator('spoiler-shield-hint').locator('button', { hasText: label });

const KILLS = 'Juan kills Carajo and hides the body.';
const HAND = "Juan cuts off Baldor's hand";

async function openReview() {
  await ext.page.goto(`${ext.server.origin}/review.html`);
  await waitForShieldIdle(sw(), ext.tabId);
  await expect.poll(() => reviewBlock(KILLS).getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('hidden');
}

/** Marks a hidden block "Not a spoiler" through its card, as a reader with a mouse does. */
async function markNotSpoiler(text: string) {
  const block = reviewBlock(text);
  await block.hover();
  await expect.poll(() => hintButton('Not a spoiler').isVisible(), { timeout: 5_000 }).toBe(true);
  await hintButton('Not a spoiler').click();
  await expect.poll(() => block.getAttribute('data-spoiler-shield')).toBe('revealed');
  await ext.page.mouse.move(0, 0);
}

async function openOptions(): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  return options;
}

afterEach(async () => {
  await resetSettings(sw());
  await sw().evaluate(() => chrome.storage.local.set({ notSpoilerExcerpts: {} }));
});

describe('the passages said not to be spoilers, in the settings', () => {
  it('lists each one under its site with its first words, and "Undo" hides it again in the open page', async () => {
    await openReview();
    await markNotSpoiler(KILLS);
    await markNotSpoiler(HAND);
    const options = await openOptions();
    const site = options.locator('#not-spoilers [data-site="127.0.0.1"]');
    await expect.poll(() => site.locator('li .text').allTextContents()).toEqual([expect.stringContaining(HAND), expect.stringContaining(KILLS)]);
    expect(await site.locator('h3').textContent()).toBe('127.0.0.1');
    expect(await options.locator('#not-spoilers-empty').isHidden()).toBe(true);
    // Only the first words are kept (80 characters at most), and only in local storage.
    const excerpts = (await stored('notSpoilerExcerpts')) as Record<string, Record<string, string>>;
    for (const text of Object.values(excerpts['127.0.0.1']!)) expect(text.length).toBeLessThanOrEqual(81);

    await site.getByRole('button', { name: new RegExp(`^Hide again: .*${KILLS.slice(0, 20)}`) }).click();
    await expect.poll(() => reviewBlock(KILLS).getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('hidden');
    expect(await reviewBlock(HAND).getAttribute('data-spoiler-shield')).toBe('revealed');
    await expect.poll(() => site.locator('li').count()).toBe(1);
    await expect.poll(() => options.locator('#status').textContent()).toBe('That passage is hidden again on 127.0.0.1.');
    expect(Object.keys(((await stored('notSpoilerExcerpts')) as Record<string, object>)['127.0.0.1']!)).toHaveLength(1);
    await options.close();
  });

  it('"Forget all on 127.0.0.1" hides every one of the site’s again, and the list says none', async () => {
    await openReview();
    await markNotSpoiler(KILLS);
    await markNotSpoiler(HAND);
    const options = await openOptions();
    await options.getByRole('button', { name: 'Forget all on 127.0.0.1' }).click();
    await expect.poll(() => reviewBlock(KILLS).getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('hidden');
    await expect.poll(() => reviewBlock(HAND).getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('hidden');
    await expect.poll(() => options.locator('#not-spoilers-empty').isVisible()).toBe(true);
    expect(await stored('notSpoilers')).toEqual({});
    expect(await stored('notSpoilerExcerpts')).toEqual({});
    await options.close();
  });

  it('shows a passage marked before excerpts were kept as such, and it can be undone too', async () => {
    await sw().evaluate(() => chrome.storage.local.set({ notSpoilers: { 'forum.example': ['0123456789abcdef'] } }));
    const options = await openOptions();
    const item = options.locator('#not-spoilers [data-site="forum.example"] li');
    await expect.poll(() => item.locator('.text').textContent()).toBe('A passage marked before this list kept its words');
    await item.getByRole('button').click();
    await expect.poll(() => stored('notSpoilers')).toEqual({});
    await options.close();
  });
});

describe('the blur strength with the bar look', () => {
  it('is disabled and looks disabled; with the blur it is usable again', async () => {
    const options = await openOptions();
    const slider = options.locator('#blur-strength');
    const look = () => slider.evaluate((el: HTMLInputElement) => ({ disabled: el.disabled, opacity: getComputedStyle(el).opacity }));
    await options.locator('#look-bar').check();
    await expect.poll(look).toEqual({ disabled: true, opacity: '0.45' });
    expect(Number(await options.locator('label[for="blur-strength"]').evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
    await options.locator('#look-blur').check();
    await expect.poll(look).toEqual({ disabled: false, opacity: '1' });
    await options.close();
  });
});
