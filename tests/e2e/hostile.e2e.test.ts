// Hostile and huge pages in real Chromium with the built extension, at "Nothing yet" (issue 7, part 3):
// the tab must not hang, the work must run in bounded slices, nothing may throw, and the spoilers must
// still be hidden. The pages are in tests/fixtures/hostile/pages.ts, served here with the content types
// and headers each needs.
//
// For each page the test measures, and prints as a table (also written to test-results/hostile.json):
// - settle: from the moment the document was received, or from the end of the page's own work when it
//   has some (the storm of mutations, the scripts that build a huge DOM), until the shield reports an
//   empty queue;
// - the longest task on the tab's main thread, with the extension and, for comparison, in a Chromium
//   without it (what the page costs by itself), both from a DevTools trace. The page's own Long Tasks
//   observer is kept in the JSON, but here it misses tasks the trace shows, the content script's
//   longest among them;
// - the extension's own time: a DevTools trace of the tab, summing per task the time spent in the
//   content script's code; its longest task is the figure bounded at 200 ms;
// - responsiveness: the slowest answer to `page.evaluate(() => 1)` while the shield works;
// - uncaught errors: in the page, in the content script's world, and errors the console reports
//   about the extension.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowserReady, chromiumPath } from '../../scripts/extension-browser.mjs';
import { HOSTILE_PAGES, HOSTILE_SPOILER, type HostilePage } from '../fixtures/hostile/pages';
import { launchWithExtension, shieldStatus, tabIdOf, waitForShieldIdle, type ExtensionBrowser } from './harness';

/**
 * Bounds, generous for a noisy two-core machine. Settling is not what this file guards (the tab not
 * hanging is): the 20 MB node settles in 11–12 s on a quiet machine and was seen at 15.5 s under load.
 */
const SETTLE_BOUND_MS = 30_000;
const EXTENSION_TASK_BOUND_MS = 200;
/**
 * The tab answers within this, beyond the longest task of the page: in the run without the extension, or
 * in the same run (the browser's own layout of a huge page, which the extension's share of is bounded
 * apart, by EXTENSION_TASK_BOUND_MS). The same run's figure is the steadier baseline: on the 100,000-element
 * page the run without the extension measured anywhere from 1.4 to 2.3 s on this machine, with the
 * extension's slowest answer 2.4–2.9 s both before and after issue 6, 0.45–0.56 s above the same run's
 * longest task. The slack grows with the page's own task, a tenth of it past 10 s: on the 20 MB text node, whose
 * own task took 14.9 s on a loaded CI machine, the tab answered 1.09 s after it (15,957 ms), with the
 * extension's own longest task within its bound. Noise on a task that long is proportional to it.
 */
const RESPONSIVE_SLACK_MS = 1_000;
const RESPONSIVE_SLACK_SHARE = 0.1;

/** How long the tab may take to answer, given the page's own longest task. */
const responsiveBound = (pageTaskMs: number) => pageTaskMs + Math.max(RESPONSIVE_SLACK_MS, RESPONSIVE_SLACK_SHARE * pageTaskMs);

interface Row {
  case: string;
  /** Milliseconds from `settleFrom` to an empty queue; null when no content script answered. */
  settleMs: number | null;
  settleFrom: 'document received' | "end of the page's own work";
  /** The longest task on the tab's main thread, from the trace. */
  longestTaskMs: number;
  /**
   * The five longest tasks the page's own Long Tasks observer saw, for the record: in this headless
   * Chromium it misses tasks the trace shows (the content script's longest among them), so the table
   * uses the trace.
   */
  longTasksApiMs: number[];
  longestTaskWithoutExtensionMs: number;
  extensionLongestTaskMs: number;
  extensionTotalMs: number;
  slowestEvaluateMs: number;
  hidden: number | null;
  errors: string[];
  notes: string[];
}

const rows: Row[] = [];
let server: Server;
let origin: string;
let extension: ExtensionBrowser;
let plain: Browser;

// Installed in every document before its own scripts: long tasks as the page itself sees them.
const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API in this kind of document: the longest task reads as 0 and the trace still counts.
  }
};

/** The page's long tasks, longest first, in ms. */
const longTasks = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __longTasks?: number[] }).__longTasks ?? []).map(Math.round).sort((a, b) => b - a));

function serve(): Promise<Server> {
  const byPath = new Map(Object.values(HOSTILE_PAGES).map((p) => [p.path, p]));
  const s = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const page = byPath.get(path);
    if (path === '/start.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>start</title><p>Start.</p>');
    } else if (page) {
      response.writeHead(200, { 'Content-Type': page.contentType, 'Cache-Control': 'no-store', ...page.headers }).end(page.body());
    } else {
      // Favicons and the like: an empty answer, so no 404 lands in the console.
      response.writeHead(204).end();
    }
  });
  return new Promise((done) => s.listen(0, '127.0.0.1', () => done(s)));
}

/** Starts a DevTools trace of the tab (tasks and script calls). */
async function startTrace(session: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', {
    // RunTask (each task of a thread) is in the disabled-by-default category, script calls in the other.
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((done) => session.once('Tracing.tracingComplete', done));
    await session.send('Tracing.end');
    await complete;
    return events;
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

const mainThreadsOf = (events: TraceEvent[]) =>
  new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));

/** The longest task on a renderer's main thread, in ms. */
function longestRunTask(events: TraceEvent[]): number {
  const main = mainThreadsOf(events);
  const durations = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`)).map((e) => e.dur ?? 0);
  return Math.round(Math.max(0, ...durations) / 1000);
}

/**
 * The content script's time on the renderers' main threads: its script calls merged into intervals,
 * summed per task. Returns the longest per-task sum and the total, in milliseconds.
 */
function extensionTime(events: TraceEvent[], extensionId: string): { longest: number; total: number } {
  const prefix = `chrome-extension://${extensionId}/content-scripts/`;
  const mainThreads = mainThreadsOf(events);
  const onMain = (e: TraceEvent) => e.ph === 'X' && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`);
  const calls = events
    .filter((e) => onMain(e) && e.args?.data?.url?.startsWith(prefix))
    .sort((a, b) => a.ts - b.ts);
  const intervals: Array<{ thread: string; start: number; end: number }> = [];
  for (const c of calls) {
    const thread = `${c.pid}:${c.tid}`;
    const last = intervals.findLast((i) => i.thread === thread);
    if (last && c.ts <= last.end) last.end = Math.max(last.end, c.ts + c.dur!);
    else intervals.push({ thread, start: c.ts, end: c.ts + c.dur! });
  }
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask');
  const perTask = new Map<TraceEvent | object, number>();
  for (const i of intervals) {
    const task = tasks.find((t) => `${t.pid}:${t.tid}` === i.thread && t.ts <= i.start && i.end <= t.ts + t.dur!) ?? {};
    perTask.set(task, (perTask.get(task) ?? 0) + (i.end - i.start));
  }
  const total = intervals.reduce((sum, i) => sum + i.end - i.start, 0);
  return { longest: Math.round(Math.max(0, ...perTask.values()) / 1000), total: Math.round(total / 1000) };
}

/** Collects uncaught errors of every world of `page`, and console errors about the extension. */
function watchErrors(page: Page, session: CDPSession): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /chrome-extension:|spoiler/i.test(`${message.text()} ${message.location().url}`)) {
      errors.push(`console: ${message.text()}`);
    }
  });
  const worlds = new Map<number, string>();
  session.on('Runtime.executionContextCreated', ({ context }) => worlds.set(context.id, context.origin));
  session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const world = worlds.get(exceptionDetails.executionContextId ?? -1) ?? '';
    if (world.startsWith('chrome-extension://')) {
      errors.push(`in the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
  });
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && /chrome-extension:/.test(`${entry.text} ${entry.url ?? ''}`)) errors.push(`log: ${entry.text}`);
  });
  return errors;
}

/** Answers to `page.evaluate(() => 1)`, every 100 ms, until stopped; returns the slowest in ms. */
function sampleResponsiveness(page: Page): () => Promise<number> {
  let running = true;
  let slowest = 0;
  const loop = (async () => {
    while (running) {
      const t = Date.now();
      try {
        await page.evaluate(() => 1);
        slowest = Math.max(slowest, Date.now() - t);
      } catch {
        // A navigation in between: the next sample counts.
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return slowest;
  };
}

/**
 * When the page's own work is over, in epoch ms: its `page-ready` mark when it has one, else the moment
 * the document was received. (Not DOMContentLoaded: work the shield does while the page is parsed
 * delays that event, and would hide from the figure.)
 */
function pageStart(page: Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const ready = performance.getEntriesByName('page-ready')[0];
    return performance.timeOrigin + (ready ? ready.startTime : nav.responseEnd);
  });
}

const waitPageReady = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __pageReady?: boolean }).__pageReady === true, null, { timeout: 60_000, polling: 100 });

/** The page in a Chromium without the extension: its longest task (from a trace), to tell the page's cost from ours. */
async function measureWithoutExtension(hostile: HostilePage): Promise<number> {
  const page = await plain.newPage({ viewport: { width: 1000, height: 900 } });
  try {
    const session = await page.context().newCDPSession(page);
    const endTrace = await startTrace(session);
    await page.goto(origin + hostile.path, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    if (hostile.signalsReady) await waitPageReady(page);
    await page.waitForLoadState('load', { timeout: 60_000 });
    // A few frames for the layout and paint the page causes by itself.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForTimeout(300);
    return longestRunTask(await endTrace());
  } finally {
    await page.close();
  }
}

interface Visit {
  page: Page;
  tabId: number;
  row: Row;
  /** Closes the tab; call after the case's own checks. */
  done: () => Promise<void>;
}

/**
 * Opens `hostile` in the extension's Chromium, waits for the page's own work and then for the shield to
 * settle, and fills in the row. `idleTimeout` is shorter for documents where the shield may not run.
 */
async function visit(hostile: HostilePage, { idleTimeout = 60_000 } = {}): Promise<Visit> {
  const longestWithoutExtension = await measureWithoutExtension(hostile);
  const page = await extension.context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(`${origin}/start.html`);
  const tabId = await tabIdOf(page);
  const session = await extension.context.newCDPSession(page);
  const errors = watchErrors(page, session);
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  const endTrace = await startTrace(session);
  const notes: string[] = [];

  await page.goto(origin + hostile.path, { waitUntil: 'commit', timeout: 60_000 });
  // From the first byte on: the shield may do its work while the page is still parsed.
  const stopSampling = sampleResponsiveness(page);
  await page.waitForLoadState('domcontentloaded', { timeout: 60_000 });
  if (hostile.signalsReady) await waitPageReady(page);
  let settleMs: number | null = null;
  let hidden: number | null = null;
  try {
    const status = await waitForShieldIdle(extension.serviceWorker, tabId, { timeout: idleTimeout });
    const idleAt = Date.now();
    settleMs = Math.max(0, Math.round(idleAt - (await pageStart(page))));
    hidden = status.hiddenCount;
    // Still idle two frames later: the empty queue was not a pause between two bursts.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    hidden = (await waitForShieldIdle(extension.serviceWorker, tabId, { timeout: idleTimeout })).hiddenCount;
  } catch (error) {
    notes.push(`no idle answer from the content script: ${String(error).slice(0, 160)}`);
  }
  const slowestEvaluateMs = await stopSampling();
  const trace = await endTrace();
  const { longest, total } = extensionTime(trace, extension.extensionId);
  const row: Row = {
    case: hostile.label,
    settleMs,
    settleFrom: hostile.signalsReady ? "end of the page's own work" : 'document received',
    longestTaskMs: longestRunTask(trace),
    longTasksApiMs: (await longTasks(page)).slice(0, 5),
    longestTaskWithoutExtensionMs: longestWithoutExtension,
    extensionLongestTaskMs: longest,
    extensionTotalMs: total,
    slowestEvaluateMs,
    hidden,
    errors,
    notes,
  };
  rows.push(row);
  return {
    page,
    tabId,
    row,
    done: async () => {
      await session.detach().catch(() => undefined);
      await page.close();
    },
  };
}

/** The bounds every page is held to, soft so that one case reports all it breaks. */
function expectWithinBounds(row: Row, { settles = true } = {}) {
  expect.soft(row.errors, `${row.case}: uncaught errors`).toEqual([]);
  if (settles) {
    expect.soft(row.settleMs, `${row.case}: the shield never reported an empty queue`).not.toBeNull();
    expect.soft(row.settleMs ?? Infinity, `${row.case}: time to settle`).toBeLessThanOrEqual(SETTLE_BOUND_MS);
  }
  expect.soft(row.extensionLongestTaskMs, `${row.case}: the extension's longest task`).toBeLessThanOrEqual(EXTENSION_TASK_BOUND_MS);
  expect
    .soft(row.slowestEvaluateMs, `${row.case}: the tab answered page.evaluate only after this long`)
    .toBeLessThanOrEqual(responsiveBound(Math.max(row.longestTaskWithoutExtensionMs, row.longestTaskMs)));
}

/** Text under the shield's highlight, one string per range. */
const highlighted = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('spoiler-shield') ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    }),
  );

/** How the shield's stylesheet paints an element: the block rule's cursor and the highlight's colour. */
const painted = (page: Page, selector: string) =>
  page.$eval(selector, (el) => ({
    state: el.getAttribute('data-spoiler-shield'),
    cursor: getComputedStyle(el).cursor,
    highlightColor: getComputedStyle(el, '::highlight(spoiler-shield)').color,
  }));

const marks = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-spoiler-shield]')].map((el) => `${el.id || el.tagName}:${el.getAttribute('data-spoiler-shield')}:${el.getAttribute('data-spoiler-episode')}`));

beforeAll(async () => {
  assertBrowserReady(); // Throws without Chromium or a build: browser tests never skip.
  server = await serve();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  extension = await launchWithExtension();
});

afterAll(async () => {
  const table = rows.map((r) => ({
    case: r.case,
    'settle ms': r.settleMs ?? 'n/a',
    from: r.settleFrom === 'document received' ? 'received' : 'page done',
    'longest task ms': r.longestTaskMs,
    'without ext ms': r.longestTaskWithoutExtensionMs,
    'ext longest task ms': r.extensionLongestTaskMs,
    'ext total ms': r.extensionTotalMs,
    'slowest evaluate ms': r.slowestEvaluateMs,
    hidden: r.hidden ?? 'n/a',
    errors: r.errors.length,
  }));
  console.table(table);
  for (const r of rows) for (const note of r.notes) console.log(`${r.case}: ${note}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/hostile.json',
    JSON.stringify({ measuredAt: new Date().toISOString(), bounds: { SETTLE_BOUND_MS, EXTENSION_TASK_BOUND_MS, RESPONSIVE_SLACK_MS, RESPONSIVE_SLACK_SHARE }, rows }, null, 2),
  );
  await extension?.close();
  await plain?.close();
  await new Promise((done) => server?.close(done));
});

describe('huge pages do not hang the tab', () => {
  it('one 20 MB text node, with a spoiler near its end', async () => {
    const v = await visit(HOSTILE_PAGES.hugeTextNode!);
    try {
      expect(await v.page.evaluate(() => (window as unknown as { __hugeLength: number }).__hugeLength)).toBeGreaterThanOrEqual(20 * 1024 * 1024);
      expect(await marks(v.page)).toContain('huge:hidden:5');
      expect(await highlighted(v.page)).toContain(HOSTILE_SPOILER);
      expectWithinBounds(v.row);
    } finally {
      await v.done();
    }
  }, 180_000);

  it('100,000 elements, three of them spoilers', async () => {
    const v = await visit(HOSTILE_PAGES.manyElements!);
    try {
      expect(await v.page.evaluate(() => (window as unknown as { __elementCount: number }).__elementCount)).toBeGreaterThanOrEqual(100_000);
      expect((await marks(v.page)).sort()).toEqual(['c10000:hidden:5', 'c19990:hidden:5', 'c7:hidden:5']);
      expectWithinBounds(v.row);
    } finally {
      await v.done();
    }
  }, 180_000);

  it('5,000 levels of nesting, with the spoiler at the bottom', async () => {
    const v = await visit(HOSTILE_PAGES.deepNesting!);
    try {
      expect(await v.page.evaluate(() => (window as unknown as { __depth: number }).__depth)).toBeGreaterThan(5_000);
      expect(await marks(v.page)).toEqual(['deepest:hidden:5']);
      expectWithinBounds(v.row);
    } finally {
      await v.done();
    }
  }, 180_000);

  it('10,000 mutations a second for 5 seconds: every spoiler left on the page is hidden, nothing else', async () => {
    const v = await visit(HOSTILE_PAGES.mutationStorm!);
    try {
      const storm = await v.page.evaluate(() => {
        const w = window as unknown as { __mutations: number; __seconds: number };
        return { perSecond: Math.round(w.__mutations / w.__seconds), seconds: w.__seconds };
      });
      v.row.notes.push(`the page made ${storm.perSecond} mutations a second for ${storm.seconds.toFixed(1)} s`);
      expect(storm.seconds).toBeGreaterThanOrEqual(5);
      // A slower machine cannot keep the rate up; the case is only meaningful near it.
      expect(storm.perSecond).toBeGreaterThan(5_000);
      const comments = await v.page.$$eval('p.comment', (ps) => ps.map((p) => ({ spoiler: p.textContent!.startsWith('Helena dies'), state: p.getAttribute('data-spoiler-shield') })));
      expect(comments.length).toBe(200);
      expect(comments.filter((c) => c.spoiler && c.state !== 'hidden')).toEqual([]);
      expect(comments.filter((c) => !c.spoiler && c.state !== null)).toEqual([]);
      expectWithinBounds(v.row);
    } finally {
      await v.done();
    }
  }, 180_000);
});

describe('pages that fight the shield', () => {
  it('a page that removes the marks and every stylesheet every 250 ms: the marks come back, the blur stays', async () => {
    const v = await visit(HOSTILE_PAGES.removerOnTimer!);
    try {
      await expect.poll(() => marks(v.page), { timeout: 5_000 }).toEqual(expect.arrayContaining(['s1:hidden:5', 's2:hidden:6']));
      const comeBack: number[] = [];
      for (let round = 0; round < 3; round++) {
        // Wait for the page's next scrub, then for the marks to be back, timed from the scrub.
        const scrubbed = await v.page.evaluate(
          () =>
            new Promise<number>((done) => {
              const w = window as unknown as { __removals: Array<{ at: number }> };
              const seen = w.__removals.length;
              const check = () => (w.__removals.length > seen ? done(w.__removals.at(-1)!.at) : setTimeout(check, 5));
              check();
            }),
        );
        const back = await v.page.waitForFunction(
          () => document.getElementById('s1')!.getAttribute('data-spoiler-shield') === 'hidden' && performance.now(),
          null,
          { timeout: 1_000, polling: 'raf' },
        );
        comeBack.push(Math.round(((await back.jsonValue()) as number) - scrubbed));
      }
      v.row.notes.push(`marks came back ${comeBack.join(', ')} ms after each scrub`);
      for (const ms of comeBack) expect(ms).toBeLessThan(250);
      // The blur never depended on the page's stylesheets: the highlight is still painted, the block rule applies.
      expect(await highlighted(v.page)).toEqual(expect.arrayContaining([HOSTILE_SPOILER, 'Juan kills Calancho in the finale.']));
      // Read while the mark is there (the page takes it away again every 250 ms).
      const paint = await v.page.waitForFunction(
        () => {
          const el = document.getElementById('s1')!;
          if (el.getAttribute('data-spoiler-shield') !== 'hidden') return false;
          return { cursor: getComputedStyle(el).cursor, highlightColor: getComputedStyle(el, '::highlight(spoiler-shield)').color };
        },
        null,
        { timeout: 1_000, polling: 'raf' },
      );
      expect(await paint.jsonValue()).toEqual({ cursor: 'pointer', highlightColor: 'rgba(0, 0, 0, 0)' });
      expectWithinBounds(v.row);
    } finally {
      await v.done();
    }
  }, 120_000);

  it('a page that removes the marks the moment they are set: the tab stays responsive, the marks come back when it stops', async () => {
    // The visit lasts the whole fight (the page marks its end): responsiveness and the trace cover it.
    const v = await visit(HOSTILE_PAGES.removerObserver!);
    try {
      const removed = await v.page.evaluate(() => (window as unknown as { __removed: number }).__removed);
      v.row.notes.push(`the page removed a mark ${removed} times in 3 s`);
      // Putting the marks back is right, but not as a busy loop: the fight may cost the extension at most a
      // tenth of the tab's main thread over its 3 s (once a frame would be plenty).
      v.row.notes.push(`the extension spent ${v.row.extensionTotalMs} ms of the 3 s fight putting marks back`);
      expect
        .soft(v.row.extensionTotalMs, `the shield fights the page without pause (the page removed a mark ${removed} times in 3 s)`)
        .toBeLessThanOrEqual(300);
      await expect.poll(() => marks(v.page), { timeout: 2_000 }).toEqual(expect.arrayContaining(['s1:hidden:5', 's2:hidden:6']));
      expect(await highlighted(v.page)).toEqual(expect.arrayContaining([HOSTILE_SPOILER]));
      expectWithinBounds(v.row);
    } finally {
      await v.done();
    }
  }, 120_000);

  it("a strict Content-Security-Policy (default-src 'none'): hidden, and the shield's stylesheet applies", async () => {
    const v = await visit(HOSTILE_PAGES.strictCsp!);
    try {
      expect((await marks(v.page)).sort()).toEqual(['s1:hidden:5', 's2:hidden:6']);
      expect(await highlighted(v.page)).toEqual(expect.arrayContaining([HOSTILE_SPOILER, 'Juan kills Calancho in the finale.']));
      // The manifest's stylesheet applies despite the CSP: the hidden block's cursor and the highlight's colour.
      expect(await painted(v.page, '#s1')).toEqual({ state: 'hidden', cursor: 'pointer', highlightColor: 'rgba(0, 0, 0, 0)' });
      expect((await painted(v.page, '#safe')).cursor).toBe('auto');
      expectWithinBounds(v.row);
    } finally {
      await v.done();
    }
  }, 120_000);

  it('quirks mode', async () => {
    const v = await visit(HOSTILE_PAGES.quirksMode!);
    try {
      expect(await v.page.evaluate(() => document.compatMode)).toBe('BackCompat');
      expect(await marks(v.page)).toEqual(['s1:hidden:5']);
      expect(await highlighted(v.page)).toEqual([HOSTILE_SPOILER]);
      expectWithinBounds(v.row);
    } finally {
      await v.done();
    }
  }, 120_000);
});

describe('documents that are not HTML', () => {
  for (const key of ['svgDocument', 'xmlDocument', 'textPlain'] as const) {
    const hostile = HOSTILE_PAGES[key]!;
    it(`${hostile.label}: nothing throws, and what the shield does is reported`, async () => {
      const v = await visit(hostile, { idleTimeout: 5_000 });
      try {
        const found = await marks(v.page).catch((e: unknown) => [`(could not read: ${String(e)})`]);
        const painting = await highlighted(v.page).catch(() => []);
        let status = 'no answer';
        try {
          status = JSON.stringify(await shieldStatus(extension.serviceWorker, v.tabId));
        } catch {
          // Reported below: the content script did not answer in this document.
        }
        v.row.notes.push(`status ${status}; marks ${JSON.stringify(found)}; highlighted ${JSON.stringify(painting)}`);
        expect(v.row.errors).toEqual([]);
        // Where the content script runs and answers, it is held to the same bounds.
        expectWithinBounds(v.row, { settles: v.row.settleMs !== null });
      } finally {
        await v.done();
      }
    }, 120_000);
  }
});
