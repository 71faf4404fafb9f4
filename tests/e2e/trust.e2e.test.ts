// Issue 7, "Trust", in real Chromium with the built extension: no page script can reveal a passage,
// change a setting or stop the shield. On the review (tests/fixtures/pages/review.html) at "Nothing
// yet", a script of the page tries everything a page can: forged clicks, keys, pointer and focus
// events on hidden blocks and on the hint card's buttons, window.postMessage with the protocol's
// messages and settings, forged WXT lifecycle events (which would stop a content script that kept
// WXT's context), the shadow-root hint of shadow-hook.ts, the paint-hold attribute, and the
// extension's runtime. After each, nothing has changed: the same blocks hidden, the same count in
// get-status and on the badge, the same chrome.storage.local; and a spoiler the page adds afterwards
// is still hidden. At the end a real click of the reader still reveals.
//
// The tests run in order on one load of the page, each starting where the previous one left it.
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './fixtures';
import { HIDDEN_PASSAGE, shieldStatus, waitForShieldIdle } from './harness';

/** The service worker's `chrome`, as far as these tests use it; the code runs there, not in Node. */
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { getManifest(): Record<string, unknown> };
};

/** What the page's own recorder (an init script, so it runs before the content script's first task) saw. */
interface PageLog {
  messages: unknown[];
}

const ext = useExtensionBrowser({
  // The page listens for every window message from the start, as a hostile page would, to learn
  // whether the extension ever talks to it (WXT announces a content script this way unless told not to).
  beforeOpen: ({ page }) =>
    ext.page.addInitScript(() => {
      const log: PageLog = { messages: [] };
      (window as unknown as { trustLog: PageLog }).trustLog = log;
      window.addEventListener('message', (e) => {
        let data: unknown;
        try {
          data = JSON.parse(JSON.stringify(e.data));
        } catch {
          data = String(e.data);
        }
        log.messages.push(data);
      });
    }),
  open: 'review.html',
});
let baseline: Awaited<ReturnType<typeof observe>>;

/** Every block's shield state, in page order, and every mark outside the test blocks. */
function marks() {
  return ext.page.evaluate(() => ({
    blocks: [...document.querySelectorAll('[data-test-episode]')].map(
      (el, i) => `${i} ep${el.getAttribute('data-test-episode')}: ${el.getAttribute('data-spoiler-shield')}`,
    ),
    elsewhere: [...document.querySelectorAll('[data-spoiler-shield]:not([data-test-episode])')].map((el) => el.outerHTML.slice(0, 80)),
    highlightRanges: CSS.highlights.get('spoiler-shield')?.size ?? 0,
  }));
}

/**
 * All of chrome.storage.local, as the service worker reads it; the compiled catalog (large, and no
 * setting) by its version and a SHA-256 of its text, so that a failure shows a readable difference.
 */
function storedData() {
  return ext.serviceWorker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const catalog = all.compiledCatalog as { version?: unknown; text?: unknown } | undefined;
    if (catalog && typeof catalog.text === 'string') {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(catalog.text));
      const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      all.compiledCatalog = { version: catalog.version, textSha256: hex };
    }
    return all;
  });
}

/** Everything a page must not be able to change, read from the page, the content script and the service worker. */
async function observe() {
  const status = await shieldStatus(ext.serviceWorker, ext.tabId);
  return {
    marks: await marks(),
    hiddenCount: status.hiddenCount,
    revealingAll: status.revealingAll,
    storage: await storedData(),
    badge: await ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), ext.tabId),
  };
}

/** Two frames and a little more (the badge's count is sent at most every 200 ms), then an empty queue. */
async function settle() {
  await ext.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 250)))));
  await waitForShieldIdle(ext.serviceWorker, ext.tabId);
}

/** After a forgery: nothing a page must not change has changed, and the shield still hides a new spoiler. */
async function expectNothingChanged(forgery: string) {
  await settle();
  const now = await observe();
  expect(now.marks, `${forgery}: hidden blocks`).toEqual(baseline.marks);
  expect(now.hiddenCount, `${forgery}: hidden count from get-status`).toBe(baseline.hiddenCount);
  expect(now.revealingAll, `${forgery}: "reveal all" switched on`).toBe(false);
  expect(now.storage, `${forgery}: chrome.storage.local`).toEqual(baseline.storage);
  expect(now.badge, `${forgery}: badge`).toBe(baseline.badge);
  await expectStillShielding(forgery);
}

/** The page appends a copy of a hidden passage: it must be hidden; then the page removes it again. */
async function expectStillShielding(after: string) {
  await ext.page.evaluate(() => {
    const source = document.querySelector('[data-test-episode][data-spoiler-shield="hidden"]');
    if (!source) throw new Error('no hidden block left to copy');
    const probe = document.createElement('p');
    probe.id = 'trust-probe';
    probe.textContent = source.textContent;
    document.querySelector('article')!.append(probe);
  });
  await expect
    .poll(() => ext.page.locator('#trust-probe').getAttribute('data-spoiler-shield'), { timeout: 5_000, message: `after ${after}: a new spoiler` })
    .toBe('hidden');
  await ext.page.evaluate(() => document.getElementById('trust-probe')!.remove());
  await expect.poll(async () => (await shieldStatus(ext.serviceWorker, ext.tabId)).hiddenCount, { timeout: 5_000 }).toBe(baseline.hiddenCount);
  await expect
    .poll(() => ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), ext.tabId), { timeout: 5_000 })
    .toBe(baseline.badge);
}

/** What the page recorded since load (see the init script). */
const pageLog = () => ext.page.evaluate(() => (window as unknown as { trustLog: PageLog }).trustLog);

beforeAll(async () => {
  await settle();
});

describe('a page that forges input and messages, on the review at "Nothing yet"', () => {
  it('starts from hidden spoilers and a quiet page', async () => {
    await expect.poll(async () => (await shieldStatus(ext.serviceWorker, ext.tabId)).hiddenCount, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    await expect
      .poll(async () => {
        const status = await shieldStatus(ext.serviceWorker, ext.tabId);
        const badge = await ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), ext.tabId);
        return badge === String(status.hiddenCount);
      }, { timeout: 5_000, message: 'the badge shows the hidden count' })
      .toBe(true);
    // What every later test compares with.
    baseline = await observe();
    const hidden = baseline.marks.blocks.filter((b) => b.endsWith(': hidden'));
    expect(hidden.length).toBe(baseline.hiddenCount);
    expect(baseline.marks.blocks.filter((b) => b.endsWith(': revealed'))).toEqual([]);
    expect(baseline.marks.highlightRanges).toBeGreaterThan(0);
    // With noScriptStartedPostMessage, the extension posts nothing to the page.
    expect((await pageLog()).messages).toEqual([]);
  });

  it('reveals nothing for forged clicks, keys, pointer and focus events on hidden blocks', async () => {
    const dispatched = await ext.page.evaluate(() => {
      let count = 0;
      const fire = (target: EventTarget, event: Event) => {
        target.dispatchEvent(event);
        count++;
      };
      const init = { bubbles: true, cancelable: true, composed: true };
      for (const block of document.querySelectorAll<HTMLElement>('[data-spoiler-shield="hidden"]')) {
        const targets: EventTarget[] = [block, block.firstChild ?? block];
        block.click();
        // focus() from a script fires a trusted focusin: it may show the card, never reveal.
        block.focus();
        for (const target of targets) {
          for (const type of ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'mouseover', 'mouseenter', 'contextmenu']) {
            fire(target, new MouseEvent(type, { ...init, button: 0, detail: 1, view: window }));
          }
          for (const type of ['pointerdown', 'pointerup', 'pointerover']) fire(target, new PointerEvent(type, { ...init, isPrimary: true }));
          fire(target, new FocusEvent('focusin', init));
          fire(target, new Event('click', init));
          for (const [key, code] of [['Enter', 'Enter'], [' ', 'Space'], ['Spacebar', 'Space']]) {
            for (const type of ['keydown', 'keypress', 'keyup']) fire(target, new KeyboardEvent(type, { ...init, key, code }));
          }
        }
        block.blur();
      }
      // At the document too, where the shield listens.
      fire(document, new KeyboardEvent('keydown', { ...init, key: 'Enter' }));
      fire(document, new MouseEvent('click', init));
      return count;
    });
    expect(dispatched).toBeGreaterThan(100);
    await expectNothingChanged('forged input events on hidden blocks');
  });

  it('presses nothing when a page script clicks the hint card’s buttons', async () => {
    const block = ext.page.locator('[data-spoiler-shield="hidden"]').first();
    // A real pointer first, so that the card exists and is shown for this block.
    await block.hover();
    await expect.poll(() => ext.page.locator('spoiler-shield-hint').locator('.card').isVisible(), { timeout: 5_000 }).toBe(true);
    const pressed = await ext.page.evaluate(() => {
      const host = document.querySelector('spoiler-shield-hint');
      const buttons = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])];
      const init = { bubbles: true, cancelable: true, composed: true };
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { ...init, button: 0, detail: 1 }));
        button.dispatchEvent(new PointerEvent('pointerup', init));
        button.focus();
        button.dispatchEvent(new KeyboardEvent('keydown', { ...init, key: 'Enter' }));
        button.dispatchEvent(new KeyboardEvent('keyup', { ...init, key: ' ' }));
      }
      return buttons.map((b) => b.textContent);
    });
    expect(pressed).toEqual(['Reveal', 'Not a spoiler']);
    await expectNothingChanged('page clicks on the hint card buttons');
    await ext.page.mouse.move(1, 1);
  });

  it('has no window.postMessage channel: protocol messages and settings sent by the page do nothing', async () => {
    await ext.page.evaluate(() => ((window as unknown as { trustLog: PageLog }).trustLog.messages = []));
    const posted = await ext.page.evaluate(() => {
      const payloads: unknown[] = [
        { type: 'reveal-all' },
        { type: 'hide-again' },
        { type: 'get-status' },
        { type: 'show-mentioned' },
        { type: 'hidden-count', count: 0 },
        { type: 'get-catalog' },
        { watchedEpisode: 6 },
        { enabled: false },
        { disabledSites: [location.hostname] },
        { notSpoilers: { [location.hostname]: ['0123456789abcdef'] } },
        { type: 'set-settings', watchedEpisode: 6, enabled: false },
        { type: 'settings', settings: { watchedEpisode: 6 } },
        JSON.stringify({ type: 'reveal-all' }),
        'reveal-all',
      ];
      for (const data of payloads) window.postMessage(data, '*');
      // And the page's own storage, in case anything reads settings from it.
      localStorage.setItem('watchedEpisode', '6');
      localStorage.setItem('enabled', 'false');
      return payloads;
    });
    await expectNothingChanged('window.postMessage');
    // Only what the page posted itself: no answer to get-status, no echo.
    expect((await pageLog()).messages).toEqual(posted);
  });

  it('is not stopped or steered by forged WXT events, the shadow-root hint or the tamper hint', async () => {
    await ext.page.evaluate((extensionId) => {
      const detail = { contentScriptName: 'content', messageId: 'x' };
      const names = [
        'wxt:content-script-started',
        `${extensionId}:content:wxt:content-script-started`,
        `${extensionId}:shadow-hook:wxt:content-script-started`,
        `${extensionId}:content:wxt:locationchange`,
        'wxt:locationchange',
      ];
      for (const name of names) {
        for (const target of [document, window, document.documentElement]) {
          target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
        }
      }
      // WXT's own announcement, as a window message.
      window.postMessage({ type: `${extensionId}:content:wxt:content-script-started`, ...detail }, '*');
      // The shadow-root hint is only a hint: the shield reads host.shadowRoot itself.
      const hidden = document.querySelector('[data-spoiler-shield="hidden"]')!;
      const card = document.querySelector('spoiler-shield-hint');
      for (const target of [document, document.documentElement, document.body, hidden, ...(card ? [card] : [])]) {
        target.dispatchEvent(new Event('spoiler-shield-shadow-root', { bubbles: true, composed: true }));
        target.dispatchEvent(new CustomEvent('spoiler-shield-shadow-root', { bubbles: true, composed: true, detail: { reveal: true } }));
        // The tamper hint (tamper-hook.ts) only makes the shield check its own paint again.
        target.dispatchEvent(new Event('spoiler-shield-tamper', { bubbles: true, composed: true }));
        target.dispatchEvent(new CustomEvent('spoiler-shield-tamper', { bubbles: true, composed: true, detail: { reveal: true } }));
      }
    }, ext.extensionId);
    // expectNothingChanged ends by adding a new spoiler: a content script stopped by the forged
    // event would leave it readable.
    await expectNothingChanged('forged WXT, shadow-root and tamper events');
  });

  it('keeps the shield as it was when the page removes or sets data-spoiler-shield-ready', async () => {
    const root = () => ext.page.evaluate(() => document.documentElement.getAttribute('data-spoiler-shield-ready'));
    expect(await root()).not.toBeNull();
    await ext.page.evaluate(() => document.documentElement.removeAttribute('data-spoiler-shield-ready'));
    await expectNothingChanged('removing data-spoiler-shield-ready');
    await ext.page.evaluate(() => document.documentElement.setAttribute('data-spoiler-shield-ready', 'false'));
    await expectNothingChanged('setting data-spoiler-shield-ready="false"');
    await ext.page.evaluate(() => document.documentElement.setAttribute('data-spoiler-shield-ready', ''));
  });

  it('cannot reach the extension’s runtime from the page', async () => {
    const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    // Nothing opens the extension to pages: no externally_connectable, and the one web-accessible file (the
    // shield, which the gate imports: issue 14) only at a URL that changes every session.
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['shield.js'], matches: ['<all_urls>'], use_dynamic_url: true }]);
    const probe = await ext.page.evaluate(async (extensionId) => {
      const tries: string[] = [];
      for (const file of ['shield.js', 'gate.js', 'popup.html']) {
        try {
          const r = await fetch(`chrome-extension://${extensionId}/${file}`);
          tries.push(`${file}: fetched, ${r.status}`);
        } catch {
          tries.push(`${file}: refused`);
        }
      }
      return tries;
    }, ext.extensionId);
    expect(probe, 'a page can fetch files of the extension at its fixed id').toEqual(['shield.js: refused', 'gate.js: refused', 'popup.html: refused']);

    const attempt = await ext.page.evaluate(async (extensionId) => {
      const w = window as unknown as { chrome?: { runtime?: Record<string, unknown> }; browser?: unknown };
      const runtime = w.chrome?.runtime as
        | { sendMessage?: (id: string, message: unknown) => Promise<unknown>; connect?: (id: string) => unknown }
        | undefined;
      const tries: string[] = [];
      for (const message of [{ type: 'hidden-count', count: 99 }, { type: 'get-catalog' }, { type: 'reveal-all' }]) {
        if (typeof runtime?.sendMessage !== 'function') {
          tries.push('no chrome.runtime.sendMessage');
          continue;
        }
        try {
          tries.push(`answered ${JSON.stringify(await runtime.sendMessage(extensionId, message))}`);
        } catch (error) {
          tries.push(`refused: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (typeof runtime?.connect === 'function') {
        try {
          runtime.connect(extensionId);
          tries.push('connected');
        } catch (error) {
          tries.push(`connect refused: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return { tries, runtimeId: (runtime as { id?: unknown } | undefined)?.id, hasBrowserGlobal: w.browser !== undefined };
    }, ext.extensionId);
    expect(attempt.runtimeId).toBeUndefined();
    expect(attempt.hasBrowserGlobal).toBe(false);
    expect(attempt.tries.filter((t) => t.startsWith('answered') || t === 'connected'), attempt.tries.join('; ')).toEqual([]);

    // Nor frame the popup, to press its switches: it is not web-accessible, so Chrome blocks the frame.
    await ext.page.evaluate((extensionId) => {
      const frame = document.createElement('iframe');
      frame.id = 'trust-popup-frame';
      frame.src = `chrome-extension://${extensionId}/popup.html`;
      document.body.append(frame);
    }, ext.extensionId);
    const frame = await (await ext.page.waitForSelector('#trust-popup-frame')).contentFrame();
    if (!frame) throw new Error('the iframe has no frame');
    await frame.waitForLoadState('load');
    expect(frame.url().startsWith('chrome-extension://'), `the framed popup loaded at ${frame.url()}`).toBe(false);
    expect(await frame.locator('[id^="watched"], #global-enabled, #site-enabled').count()).toBe(0);
    await ext.page.evaluate(() => document.getElementById('trust-popup-frame')!.remove());
    await expectNothingChanged('chrome.runtime and a framed popup');
  });

  it('still reveals a block on the reader’s own click', async () => {
    const block = ext.page.locator('[data-spoiler-shield="hidden"]').first();
    const text = await block.textContent();
    await block.click();
    await expect.poll(() => ext.page.locator('[data-test-episode]', { hasText: text ?? '' }).first().getAttribute('data-spoiler-shield')).toBe('revealed');
    await expect.poll(async () => (await shieldStatus(ext.serviceWorker, ext.tabId)).hiddenCount).toBe(baseline.hiddenCount - 1);
    expect(await ext.page.locator(HIDDEN_PASSAGE).count()).toBe(baseline.hiddenCount - 1);
  });
});

// tests/unit/messages.test.ts holds the guards to what crosses the wire. This pins what Chrome does:
// runtime messages arrive as JSON, so a type that is inherited or hangs off an array is gone on arrival.
describe('what reaches a content script', () => {
  it('is the message’s own JSON data: an inherited or array-borne get-status gets no answer', async () => {
    const answers = await ext.serviceWorker.evaluate(async (id) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { sendMessage(tabId: number, m: unknown, o: object): Promise<unknown> } } }).chrome.tabs;
      const ask = (message: unknown) =>
        tabs.sendMessage(id, message, { frameId: 0 }).then(
          (answer) => (answer === undefined ? 'no answer' : `answered ${typeof answer}`),
          () => 'no answer',
        );
      return {
        own: await ask({ type: 'get-status' }),
        inherited: await ask(Object.create({ type: 'get-status' })),
        onArray: await ask(Object.assign([], { type: 'get-status' })),
      };
    }, ext.tabId);
    expect(answers).toEqual({ own: 'answered object', inherited: 'no answer', onArray: 'no answer' });
  });
});
