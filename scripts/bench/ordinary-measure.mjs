// Loads the ordinary pages (ordinary-pages.mjs) in three Chromiums started with the same flags: the
// page alone (no extension), the do-nothing control extension (control.mjs), and ours. Each load
// reads the main thread's busy time (CDP Performance.getMetrics TaskDuration, which counts every
// frame of the page: same-origin and about:blank frames run on the same thread) a fixed time after
// the load event, twice: in wall-clock time (the measure, and the existing bench's) and in
// the thread's CPU time (a second session with timeDomain 'threadTicks'). On a loaded 2-core machine
// the wall-clock figure is mostly time the thread waited for a core (a tiny page: 53–78 ms wall for
// 16–18 ms of CPU), so the CPU figure is the steady one. It also reads the first contentful paint. The variants of one page are loaded one
// after the other, in an order that rotates with each repetition, so drift and noise fall on all three.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, launchWithExtension, shieldStatus, tabIdOf } from '../extension-browser.mjs';
import { injectedFiles, writeControlExtension } from './control.mjs';
import { VIEWPORT } from './measure.mjs';
import { WATCHED } from './pool.mjs';

export const VARIANTS = ['bare', 'control', 'ours'];
/** Quiet time after the load event before the reading: every frame has long been released by then. */
export const ORDINARY_SETTLE_MS = 600;
/** A second reading this much later tells whether the page was still busy at the first. */
const TAIL_MS = 200;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Installed with addInitScript in every variant (so its cost is in all three): in the top frame,
 * notes when <html> gets the shield's data-spoiler-shield-ready (the end of its first-paint hold).
 */
export function installPaintProbe() {
  if (window !== window.top || window.__benchPaint) return;
  const probe = { readyAt: null };
  Object.defineProperty(window, '__benchPaint', { value: probe });
  const observer = new MutationObserver(() => {
    if (document.documentElement?.hasAttribute('data-spoiler-shield-ready')) {
      probe.readyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-spoiler-shield-ready'] });
}

/** In the page: its paint timings, load events, and when the shield released the hold. */
export function readPaint() {
  const paint = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    fcp: paint('first-contentful-paint'),
    fp: paint('first-paint'),
    dcl: nav ? nav.domContentLoadedEventEnd : null,
    load: nav ? nav.loadEventEnd : null,
    readyAt: window.__benchPaint?.readyAt ?? null,
    frames: document.querySelectorAll('iframe').length,
  };
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

export async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  return Object.fromEntries(METRICS.map((name) => [name, byName[name] * 1000]));
}

/**
 * Sets progress to WATCHED in a browser with our extension, and waits until its background has
 * stored the compiled catalog (a page opened before would ask the background for it instead).
 */
export async function prepareShield(ours) {
  await ours.serviceWorker.evaluate((watched) => chrome.storage.local.set({ watchedEpisode: watched, enabled: true, disabledSites: [] }), WATCHED);
  const deadline = Date.now() + 10_000;
  while (!(await ours.serviceWorker.evaluate(() => chrome.storage.local.get('compiledCatalog').then((r) => typeof r.compiledCatalog?.text === 'string')))) {
    if (Date.now() > deadline) throw new Error('bench: the background never stored the compiled catalog');
    await sleep(100);
  }
}

/** The three browsers, each with the paint probe; ours with progress set and its catalog stored. */
export async function openOrdinaryBrowsers({ viewport = VIEWPORT } = {}) {
  const opened = [];
  const control = writeControlExtension();
  const bareProfile = mkdtempSync(join(tmpdir(), 'spoiler-shield-bench-bare-'));
  try {
    const ours = await launchWithExtension({ headless: true, viewport });
    opened.push(ours);
    await prepareShield(ours);
    const controlBrowser = await launchWithExtension({ headless: true, viewport, extensionDir: control.dir });
    opened.push(controlBrowser);
    const bare = await chromium.launchPersistentContext(bareProfile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    opened.push({ close: () => bare.close() });
    const sides = { bare: { context: bare }, control: controlBrowser, ours };
    for (const side of Object.values(sides)) await side.context.addInitScript(installPaintProbe);
    return {
      sides,
      /** What each extension injects into every frame. */
      injected: { ours: injectedFiles(), control: injectedFiles(control.dir) },
      browserVersion: bare.browser()?.version() ?? null,
      close: async () => {
        for (const b of opened.reverse()) await b.close();
        rmSync(bareProfile, { recursive: true, force: true });
        control.remove();
      },
    };
  } catch (error) {
    for (const b of opened.reverse()) await b.close();
    rmSync(bareProfile, { recursive: true, force: true });
    control.remove();
    throw error;
  }
}

/**
 * One load of `url` in one variant: metrics `settleMs` after load (`metrics` in wall-clock time, `cpu`
 * in the main thread's CPU time), paint timings, and (ours) the shield's status.
 */
export async function loadOrdinary(side, url, { settleMs = ORDINARY_SETTLE_MS, checkStatus = false } = {}) {
  const page = await side.context.newPage();
  try {
    const cdp = await side.context.newCDPSession(page);
    const cdpCpu = await side.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdpCpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.bringToFront();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(settleMs);
    const metrics = await readMetrics(cdp);
    const cpu = await readMetrics(cdpCpu);
    await sleep(TAIL_MS);
    const later = await readMetrics(cdp);
    const paint = await page.evaluate(readPaint);
    await cdp.detach();
    await cdpCpu.detach();
    let status = null;
    if (checkStatus && side.serviceWorker) status = await shieldStatus(side.serviceWorker, await tabIdOf(page)).catch(() => null);
    return { metrics, cpu, tailMs: later.TaskDuration - metrics.TaskDuration, paint, status };
  } finally {
    await page.close();
  }
}

/**
 * Measures every page `reps` times in each variant (`variants`: names of browsers.sides, by default
 * the three). Per repetition and page the variants run back to back, starting with a different one
 * each time. Returns samples[page][rep][variant].
 */
export async function measureOrdinary(browsers, origin, pages, { reps = 15, settleMs = ORDINARY_SETTLE_MS, variants = VARIANTS, log = () => {} } = {}) {
  const samples = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (let rep = 0; rep < reps; rep++) {
    const t = Date.now();
    for (const [i, page] of pages.entries()) {
      const order = variants.map((_, k) => variants[(k + rep + i) % variants.length]);
      const sample = {};
      for (const variant of order) {
        // The shield's own status costs a message round trip: asked in the first repetition only.
        sample[variant] = await loadOrdinary(browsers.sides[variant], `${origin}/${page.file}`, { settleMs, checkStatus: variant === 'ours' && rep === 0 });
      }
      samples[page.name].push(sample);
    }
    log(`ordinary pages: repetition ${rep + 1}/${reps} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  return samples;
}
