// Privacy, proven in real Chromium: every request made while the extension runs on several pages (a
// review, a comment thread, a news story, a page that frames another origin) and while the reader uses
// the popup is recorded, and none may come from the extension except loads of its own files. Issue 7,
// part 5.
//
// How a request is told apart. Playwright reports requests of pages, frames and service workers on the
// context (`request.serviceWorker()` for the worker's own). A content script's request would show as
// the page's, so a CDP session per page also records each request's initiator stack: a frame in
// chrome-extension:// means the extension asked for it. The recorder is checked at the end by making the
// extension's worker and popup fetch something on purpose, to prove that it would have seen a leak.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './fixtures';
import { tabIdOf, waitForShieldIdle } from './harness';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

interface Recorded {
  url: string;
  method: string;
  /** Who made it: 'page' (a tab's frame), 'extension-page' (popup), 'service-worker'. */
  by: 'page' | 'extension-page' | 'service-worker';
  /** URL of the frame that made it, when a frame did. */
  frameUrl?: string;
  failed?: string;
}

const ext = useExtensionBrowser();
let framing: Server;
/** Origin of the second server: a page there frames the review from the fixture server. */
let framingOrigin: string;
let extensionOrigin: string;
const requests: Recorded[] = [];
/** Initiator stacks from CDP, by URL: every script URL on the stack of each request to that URL. */
const initiators = new Map<string, Set<string>>();

// A 1×1 transparent GIF, so the framing page has a subresource of its own to prove the recorder sees them.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function framingPage(fixturesOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prison Cell 211, framed</title></head>
<body><h1>Prison Cell 211: a review, framed</h1>
<p id="own">Helena dies in episode five, and nobody on the forum saw it coming.</p>
<img src="/pixel.gif" alt="">
<iframe src="${fixturesOrigin}/review.html" width="600" height="400" title="review"></iframe>
</body></html>`;
}

function record(request: Request, failed?: string): void {
  const worker = request.serviceWorker();
  if (worker) {
    requests.push({ url: request.url(), method: request.method(), by: 'service-worker', failed });
    return;
  }
  let frameUrl: string | undefined;
  try {
    frameUrl = request.frame().url();
  } catch {
    frameUrl = undefined;
  }
  const pageUrl = (() => {
    try {
      return request.frame().page().url();
    } catch {
      return '';
    }
  })();
  const by = pageUrl.startsWith('chrome-extension://') || frameUrl?.startsWith('chrome-extension://') ? 'extension-page' : 'page';
  requests.push({ url: request.url(), method: request.method(), by, frameUrl, failed });
}

/** Records each request's initiator stack (script URLs) for `page`, through CDP. */
async function recordInitiators(page: Page): Promise<CDPSession> {
  const session = await ext.context.newCDPSession(page);
  session.on('Network.requestWillBeSent', (event) => {
    const urls = initiators.get(event.request.url) ?? new Set<string>();
    if (event.initiator.url) urls.add(event.initiator.url);
    for (let stack = event.initiator.stack; stack; stack = stack.parent) {
      for (const frame of stack.callFrames) if (frame.url) urls.add(frame.url);
    }
    initiators.set(event.request.url, urls);
  });
  await session.send('Network.enable');
  return session;
}

/** A page in a new tab, with its initiators recorded, shielded and idle. */
async function openShielded(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await recordInitiators(page);
  await page.goto(url);
  const tabId = await tabIdOf(page);
  await waitForShieldIdle(ext.serviceWorker, tabId);
  return { page, tabId };
}

/** Why a request is not allowed, or null when it is the page's own or a load of the extension's own file. */
function violation(r: Recorded, pageOrigins: string[]): string | null {
  const stack = [...(initiators.get(r.url) ?? [])];
  // The gate imports the shield from the extension's per-session URL (use_dynamic_url: another id than the
  // fixed one): a file of ours, read from the extension's package, never the network.
  const dynamicShield = /^chrome-extension:\/\/[0-9a-f-]{36}\/shield\.js$/.test(r.url) && stack.length > 0 && stack.every((u) => u === `${extensionOrigin}/gate.js`);
  const own = r.url.startsWith(`${extensionOrigin}/`) || dynamicShield;
  const byExtensionScript = stack.some((u) => u.startsWith('chrome-extension://'));
  if (r.by === 'service-worker' || r.by === 'extension-page' || byExtensionScript) {
    return own ? null : `the extension (${r.by}${byExtensionScript ? `, initiated by ${stack.join(' ← ')}` : ''}) asked for ${r.method} ${r.url}`;
  }
  if (own) return null; // A page loading the extension's files (only shield.js is web-accessible, at a per-session URL).
  const origin = (() => {
    try {
      return new URL(r.url).origin;
    } catch {
      return r.url;
    }
  })();
  if (pageOrigins.includes(origin)) return null;
  return `a request to ${r.url} from ${r.frameUrl ?? 'no frame'} that is neither the page's own nor the extension's files`;
}

beforeAll(async () => {
  framing = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/framed.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(framingPage(ext.server.origin));
    } else if (path === '/pixel.gif') {
      response.writeHead(200, { 'Content-Type': 'image/gif' }).end(PIXEL);
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((done) => framing.listen(0, '127.0.0.1', done));
  framingOrigin = `http://127.0.0.1:${(framing.address() as AddressInfo).port}`;

  extensionOrigin = `chrome-extension://${ext.extensionId}`;
  ext.context.on('request', (request) => record(request));
  ext.context.on('requestfailed', (request) => record(request, request.failure()?.errorText ?? 'failed'));
});

afterAll(async () => {
  // The browser, closed after this (by useExtensionBrowser), still holds sockets to this server, and
  // close() would wait for them.
  framing?.closeAllConnections();
  await new Promise((done) => framing?.close(done));
});

describe('the extension makes no network requests', () => {
  it('on several pages, in frames, and while the reader uses the popup and the page', async () => {
    const review = await openShielded(`${ext.server.origin}/review.html`);
    const hiddenOnReview = await review.page.locator('[data-spoiler-shield="hidden"]').count();
    // The recording proves something only if the shield was at work: it hid the review's spoilers.
    expect(hiddenOnReview).toBeGreaterThan(3);

    const thread = await openShielded(`${ext.server.origin}/thread.html`);
    await thread.page.locator('#load-more').click();
    await waitForShieldIdle(ext.serviceWorker, thread.tabId);
    await expect.poll(() => thread.page.locator('[data-spoiler-shield="hidden"]').count()).toBeGreaterThan(0);

    const news = await openShielded(`${ext.server.origin}/news-helena.html`);
    const framed = await openShielded(`${framingOrigin}/framed.html`);
    // The review inside the frame is shielded too: its content script ran there.
    const inner = framed.page.frameLocator('iframe').locator('[data-spoiler-shield="hidden"]');
    await expect.poll(() => inner.count(), { timeout: 10_000 }).toBeGreaterThan(3);

    // The reader changes every setting in the popup, then reveals a passage and marks one "Not a spoiler".
    const popup = await ext.openPopup(review.tabId);
    await recordInitiators(popup.page);
    await popup.setWatched(3);
    await waitForShieldIdle(ext.serviceWorker, review.tabId);
    await popup.setSiteEnabled(false);
    await popup.setSiteEnabled(true);
    await popup.setGlobalEnabled(false);
    await popup.setGlobalEnabled(true);
    await popup.setWatched(0);
    await popup.close();
    await waitForShieldIdle(ext.serviceWorker, review.tabId);

    const hidden = review.page.locator('[data-spoiler-shield="hidden"]');
    await review.page.bringToFront();
    await hidden.first().click();
    await hidden.first().hover();
    const notSpoiler = review.page.locator('spoiler-shield-hint').locator('button', { hasText: 'Not a spoiler' });
    await notSpoiler.click();
    await review.page.reload();
    await waitForShieldIdle(ext.serviceWorker, review.tabId);
    // Settings written straight to storage reach every open tab as well.
    await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ watchedEpisode: 5, disabledSites: ['example.org'] }));
    for (const { tabId } of [review, thread, news, framed]) await waitForShieldIdle(ext.serviceWorker, tabId);
    // Anything the extension would send later (a timer, a batch) has time to go out.
    await review.page.waitForTimeout(1_500);

    const pageOrigins = [ext.server.origin, framingOrigin];
    const problems = requests.map((r) => violation(r, pageOrigins)).filter((p): p is string => p !== null);
    expect(problems, JSON.stringify(requests, null, 1)).toEqual([]);

    // The recorder saw the traffic it had to see: pages, a page's own image, the frame, the popup's files.
    const urls = requests.map((r) => r.url);
    expect(urls).toContain(`${ext.server.origin}/review.html`);
    expect(urls).toContain(`${framingOrigin}/pixel.gif`);
    expect(requests.some((r) => r.url === `${ext.server.origin}/review.html` && r.frameUrl?.startsWith(ext.server.origin) && r.by === 'page')).toBe(true);
    // popup.html itself is navigated to by the test (from about:blank); its script is the popup's own load.
    expect(requests.some((r) => r.by === 'extension-page' && /\/chunks\/popup-[\w-]+\.js$/.test(r.url))).toBe(true);
    expect(initiators.get(`${framingOrigin}/pixel.gif`)).toBeDefined();

    for (const { page } of [review, thread, news, framed]) await page.close();
  });

  it('would have seen a request from the service worker, the popup or a content script (the recorder is not blind)', async () => {
    const before = requests.length;
    const workerProbe = `${framingOrigin}/probe-from-worker`;
    const popupProbe = `${framingOrigin}/probe-from-popup`;
    const contentProbe = `${framingOrigin}/probe-from-content-script`;

    // Code in the content script's own world (found through CDP) whose script has an extension URL, as
    // the content script's has: its request looks like the page's to Playwright, but not to the recorder.
    const page = await ext.context.newPage();
    const session = await recordInitiators(page);
    const worlds: Array<{ id: number; origin: string }> = [];
    session.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, origin: context.origin }));
    await session.send('Runtime.enable');
    await page.goto(`${ext.server.origin}/review.html`);
    await waitForShieldIdle(ext.serviceWorker, await tabIdOf(page));
    const contentWorld = worlds.findLast((w) => w.origin === extensionOrigin);
    expect(contentWorld, 'the content script runs in an isolated world of its own').toBeDefined();
    await session.send('Runtime.evaluate', {
      contextId: contentWorld!.id,
      expression: `fetch(${JSON.stringify(contentProbe)}).catch(() => {});\n//# sourceURL=${extensionOrigin}/calibration-probe.js`,
    });

    await ext.serviceWorker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), workerProbe);
    const popup = await ext.context.newPage();
    await popup.goto(`${extensionOrigin}/popup.html?tabId=-1`);
    await popup.evaluate((url) => fetch(url).then(() => undefined, () => undefined), popupProbe);
    await expect
      .poll(() => requests.slice(before).map((r) => r.url), { timeout: 5_000 })
      .toEqual(expect.arrayContaining([workerProbe, popupProbe, contentProbe]));

    const pageOrigins = [ext.server.origin, framingOrigin];
    const worker = requests.slice(before).find((r) => r.url === workerProbe)!;
    const fromPopup = requests.slice(before).find((r) => r.url === popupProbe)!;
    expect(worker.by).toBe('service-worker');
    expect(violation(worker, pageOrigins)).toMatch(/^the extension \(service-worker\) asked for GET/);
    expect(violation(fromPopup, pageOrigins)).toMatch(/^the extension \(extension-page/);
    const fromContent = requests.slice(before).find((r) => r.url === contentProbe)!;
    expect(fromContent.by).toBe('page');
    expect(violation(fromContent, pageOrigins)).toMatch(/^the extension \(page, initiated by chrome-extension:\/\//);
    await popup.close();
    await page.close();
  });
});
