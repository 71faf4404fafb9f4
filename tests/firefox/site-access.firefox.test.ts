// Issue 15, item 5, in real Firefox: the reader takes away the extension's access to websites (here with
// permissions.remove from an extension page, as about:addons → Permissions does). The review is then left
// alone, the popup says why and how to allow it, and its button (a real click: the browser asks only from
// a user's action) gives access back and reloads the tab, which is shielded again. The permission prompt
// is answered "yes" by the pref extensions.webextOptionalPermissionPrompts = false.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirefoxSession, until, wrongMarks } from './harness';

declare const browser: any;

let session: FirefoxSession;
let review: Page;
let tabId: number;

const hasAllSites = () => session.control.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] }));

beforeAll(async () => {
  session = await FirefoxSession.start({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  console.info(`Firefox under test: ${session.firefox.version}`);
  await session.watched(0);
  ({ page: review, tabId } = await session.open('review.html'));
});

afterAll(async () => {
  await session?.close();
});

describe('when the reader takes away the extension\'s access to websites', () => {
  it('starts from a shielded review, with access to every site', async () => {
    expect(await hasAllSites()).toBe(true);
    await until(() => wrongMarks(review, 0), (wrong) => wrong.length === 0);
  });

  it('leaves the review alone after the access is taken away', async () => {
    expect(await session.control.evaluate(() => browser.permissions.remove({ origins: ['<all_urls>'] }))).toBe(true);
    expect(await hasAllSites()).toBe(false);
    await review.reload();
    // No content script: no ready mark, nothing hidden, no answer to get-status.
    await new Promise((done) => setTimeout(done, 500));
    expect(await review.evaluate(() => document.documentElement.hasAttribute('data-spoiler-shield-ready'))).toBe(false);
    expect(await review.evaluate(() => document.querySelectorAll('[data-spoiler-shield]').length)).toBe(0);
    await expect(session.status(tabId)).rejects.toThrow();
  });

  it('the popup says the shield may not read the page and how to allow it; its button gives access back', async () => {
    const popup = await session.popup(tabId);
    const box = () => popup.page.$eval('#site-access', (e) => ({ hidden: (e as HTMLElement).hidden, access: (e as HTMLElement).dataset.access }));
    expect(await box()).toEqual({ hidden: false, access: 'limited' });
    expect(await popup.text('#site-access-text')).toBe(
      'Spoiler Shield may not read this page: it is allowed on some sites only, so it hides nothing here.',
    );
    expect(await popup.text('#site-access .note')).toContain('Permissions');
    expect(await popup.text('#site-access-allow')).toBe('Allow on all sites');
    expect(await popup.text('#site-name')).toBe('The shield cannot run on this page.');

    await popup.page.bringToFront();
    await popup.page.click('#site-access-allow');
    await until(box, (b) => b.access === 'granted');
    expect(await hasAllSites()).toBe(true);
    // The tab reloaded, and the shield runs there again.
    await session.settle(review, tabId);
    await until(() => wrongMarks(review, 0), (wrong) => wrong.length === 0);
    await popup.close();
  });

  it('a popup for a tab the extension may read shows no such message', async () => {
    const popup = await session.popup(tabId);
    expect(await popup.page.$eval('#site-access', (e) => (e as HTMLElement).hidden)).toBe(true);
    await popup.close();
  });
});
