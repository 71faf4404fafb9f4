// The built extension in real Chromium on three fixture pages: news that only shares everyday names with
// Prison Cell 211 (news-helena.html), a comment thread that turns out to be about the show once more
// comments load (thread.html), and the review (review.html) for the card that explains a hidden block.
// Every text block of these pages says in `data-test-episode` the latest episode it reveals (0 = none).
import { afterEach, describe, expect, it } from 'vitest';
import { resetSettings, useExtensionBrowser } from './fixtures';
import { shieldStatus, waitForShieldIdle } from './harness';

/** The service worker's `chrome`, as far as these tests use it; the code runs there, not in Node. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const ext = useExtensionBrowser({ open: 'review.html' });

/** Each test block's whole text and the marks the shield left on it. */
function blocks() {
  return ext.page.$$eval('[data-test-episode]', (elements) =>
    elements.map((element) => ({
      text: (element.textContent ?? '').trim(),
      expected: Number(element.getAttribute('data-test-episode')),
      shield: element.getAttribute('data-spoiler-shield'),
      episode: element.getAttribute('data-spoiler-episode'),
    })),
  );
}

/** Every element the shield marked, however it marked it. */
function markedElements() {
  return ext.page.$$eval('[data-spoiler-shield]', (elements) =>
    elements.map((element) => `${element.getAttribute('data-spoiler-shield')}: ${(element.textContent ?? '').trim().slice(0, 50)}`),
  );
}

/**
 * Waits until the shield has read everything: its queue is empty, two frames later still empty.
 * (The queue is also empty before the settings arrive, so one idle answer alone proves little.)
 */
async function settle() {
  await waitForShieldIdle(ext.serviceWorker, ext.tabId);
  await ext.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return waitForShieldIdle(ext.serviceWorker, ext.tabId);
}

async function open(fixture: string) {
  await ext.page.goto(`${ext.server.origin}/${fixture}`);
  await settle();
}

/** The marks the reader of the review at "Nothing yet" must see: every block past episode 0 hidden. */
async function expectReviewHidden() {
  await expect
    .poll(async () => (await blocks()).filter((b) => b.expected > 0 && b.shield !== 'hidden').map((b) => b.text), {
      timeout: 10_000,
    })
    .toEqual([]);
}

/** A block of the review, by the start of its text. */
const reviewBlock = (text: string) => ext.page.locator('[data-test-episode]', { hasText: text });

const hintHost = () => ext.page.locator('spoiler-shield-hint');
const hintCard = () => hintHost().locator('.card');
const hintButton = (label: 'Reveal' | 'Not a spoiler') => hintHost().locator('button', { hasText: label });

/** Points at `block` with the real mouse and waits for the card to show. */
async function hoverForCard(block: ReturnType<typeof reviewBlock>) {
  await block.hover();
  await expect.poll(() => hintCard().isVisible(), { timeout: 5_000 }).toBe(true);
}

/** The `notSpoilers` setting as stored, read from the service worker. */
async function readNotSpoilers(): Promise<unknown> {
  const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('notSpoilers'));
  return stored.notSpoilers;
}

afterEach(async () => {
  // "Not a spoiler" decisions must not leak into the next test.
  await resetSettings(ext.serviceWorker);
});

describe('pages that are not (yet) about Prison Cell 211', () => {
  it('hides nothing in local news about a Helena who died and a Juan who was elected', async () => {
    await open('news-helena.html');
    expect(await markedElements()).toEqual([]);
    expect((await shieldStatus(ext.serviceWorker, ext.tabId)).showMentioned).toBe(false);

    // The control: the shield was awake, and the same sentence is a spoiler once the page names the show.
    await ext.page.evaluate(() => {
      const note = document.createElement('p');
      note.textContent = 'Prison Cell 211 is on Netflix now.';
      document.querySelector('main')!.append(note);
    });
    await settle();
    await expect.poll(() => ext.page.locator('[data-spoiler-shield="hidden"]').allTextContents()).toEqual([
      'Helena died in her sleep on Sunday, her daughter said. She was 81.',
    ]);
  });

  it('hides the earlier comments of a thread once "load more" brings one that names the show', async () => {
    await open('thread.html');
    await ext.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    expect(await markedElements()).toEqual([]);
    expect((await shieldStatus(ext.serviceWorker, ext.tabId)).showMentioned).toBe(false);

    await ext.page.locator('#load-more').click();
    await settle();
    expect((await shieldStatus(ext.serviceWorker, ext.tabId)).showMentioned).toBe(true);
    // Each comment is hidden whole, its author line with it.
    const marks = (await blocks()).map(({ text, shield, episode }) => ({ text: text.replace(/\s+/g, ' '), shield, episode }));
    expect(marks.filter((b) => b.shield !== null)).toEqual([
      { text: 'nightowl88 · 4 hours ago Helena dies and I am still not over it.', shield: 'hidden', episode: '5' },
      { text: 'marisol.v · 3 hours ago Juan refuses to leave and stays behind in the prison at the end, and that broke me.', shield: 'hidden', episode: '6' },
      // (A comment added by script has no white space between its author line and its words.)
      { text: "lagrimas · 2 hours agoCalancho's death in the last episode broke me.", shield: 'hidden', episode: '6' },
    ]);
    expect(await ext.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });
});

describe('the card that explains a hidden block, on the review at "Nothing yet"', () => {
  it('names what the block hides without its words, outside the page text', async () => {
    await open('review.html');
    await expectReviewHidden();
    const textBefore = await ext.page.evaluate(() => document.body.innerText);

    await hoverForCard(reviewBlock('Helena dies, and the baby with her.'));
    expect(await ext.page.evaluate(() => {
      const host = document.querySelector('spoiler-shield-hint');
      return { parent: host?.parentElement?.tagName, open: host?.shadowRoot !== null, inBody: document.body.contains(host) };
    })).toEqual({ parent: 'HTML', open: true, inBody: false });
    const title = (await hintCard().locator('.title').textContent()) ?? '';
    expect(title.startsWith('Spoiler · '), title).toBe(true);
    // Only the show and the episode (issue 16): never what kind of event it hides.
    expect(title).toBe('Spoiler · Prison Cell 211 · episode 5');
    const cardText = (await hintCard().textContent()) ?? '';
    for (const word of ['Helena', 'dies', 'baby']) expect(cardText).not.toContain(word);
    expect(await ext.page.evaluate(() => document.body.innerText)).toBe(textBefore);
  });

  it('"Not a spoiler" reveals the block and keeps it revealed after a reload, on this site only', async () => {
    await open('review.html');
    await expectReviewHidden();
    const block = reviewBlock('Juan kills Carajo and hides the body.');
    const othersHidden = (await ext.page.locator('[data-spoiler-shield="hidden"]').count()) - 1;

    await hoverForCard(block);
    await hintButton('Not a spoiler').click();
    await expect.poll(() => block.getAttribute('data-spoiler-shield')).toBe('revealed');
    await expect.poll(readNotSpoilers).toEqual({
      '127.0.0.1': [expect.stringMatching(/^[0-9a-f]{16}$/)],
    });

    await ext.page.reload();
    await settle();
    await expect.poll(() => block.getAttribute('data-spoiler-shield'), { timeout: 10_000 }).toBe('revealed');
    await expect.poll(() => ext.page.locator('[data-spoiler-shield="hidden"]').count()).toBe(othersHidden);
  });

  it('ignores clicks, keys and button presses forged by a page script', async () => {
    await open('review.html');
    await expectReviewHidden();
    const before = await blocks();
    const target = reviewBlock('Helena dies, and the baby with her.');

    await target.evaluate((element) => {
      element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await hoverForCard(target);
    await ext.page.evaluate(() => {
      const buttons = document.querySelector('spoiler-shield-hint')?.shadowRoot?.querySelectorAll('button') ?? [];
      const reveal = [...buttons].find((button) => button.textContent === 'Reveal');
      if (!reveal) throw new Error('no Reveal button in the card');
      reveal.click();
    });
    await settle();
    expect(await blocks()).toEqual(before);
  });

  it('"Reveal", clicked by the reader, reveals the block and only that block', async () => {
    await open('review.html');
    await expectReviewHidden();
    const block = reviewBlock("Juan cuts off Baldor's hand");
    const othersHidden = (await ext.page.locator('[data-spoiler-shield="hidden"]').count()) - 1;

    await hoverForCard(block);
    await hintButton('Reveal').click();
    await expect.poll(() => block.getAttribute('data-spoiler-shield')).toBe('revealed');
    expect(await ext.page.locator('[data-spoiler-shield="hidden"]').count()).toBe(othersHidden);
    expect(await readNotSpoilers()).toBeUndefined();
  });
});
