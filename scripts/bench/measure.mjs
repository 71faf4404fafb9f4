// Loads one page in two Chromiums — one with the built extension, one without — and reads the same
// figures from both at the same moment: CDP Performance.getMetrics (TaskDuration, the main thread's
// busy time), the probe (settle, long tasks, what got hidden), the floor pass (bare browser only) and
// the heap after a forced GC (CDP Runtime.getHeapUsage: V8's heap plus Blink's, which content-script
// worlds share with the page, so the extension's objects are in it).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, chromiumPath, launchWithExtension, shieldStatus, tabIdOf, waitForShieldIdle } from '../extension-browser.mjs';
import { WATCHED } from './pool.mjs';
import { floorPass, installProbe, readProbe } from './probe.mjs';

export const VIEWPORT = { width: 1000, height: 900 };
/** Quiet time after the shield reports an empty queue, before the reading. */
export const IDLE_MS = 300;
const POLL_MS = 100;
const FLOOR_RUNS = 5;
/**
 * The run without the extension waits as long after load as the run with it, but at most this much
 * longer than its own page needs: a static page without the extension is idle after load (its
 * TaskDuration stays flat), and a shield that never goes idle would otherwise double the bench's time.
 */
const MIRROR_CAP_MS = 5_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The shield as shipped (shield.js, loaded only into frames that name a followed show): bytes, and gzipped
 * bytes for reference; `gate` is the script that runs in every frame (gate.js, issue 14).
 */
export function bundleSize() {
  const file = join(EXTENSION_DIR, 'shield.js');
  const gate = join(EXTENSION_DIR, 'gate.js');
  return {
    file,
    bytes: statSync(file).size,
    gzipBytes: gzipSync(readFileSync(file)).length,
    gate: { file: gate, bytes: statSync(gate).size, gzipBytes: gzipSync(readFileSync(gate)).length },
  };
}

/**
 * Starts both browsers with the same viewport and flags, the probe installed in both, and the
 * extension's progress set to WATCHED before any page is opened.
 */
export async function openBrowsers({ viewport = VIEWPORT } = {}) {
  const extension = await launchWithExtension({ headless: true, viewport });
  const bareProfile = mkdtempSync(join(tmpdir(), 'spoiler-shield-bench-bare-'));
  let bare;
  try {
    await extension.serviceWorker.evaluate(
      (watched) => chrome.storage.local.set({ watchedEpisode: watched, enabled: true, disabledSites: [] }),
      WATCHED,
    );
    await extension.context.addInitScript(installProbe);
    bare = await chromium.launchPersistentContext(bareProfile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport,
      // The extension browser's flags (scripts/extension-browser.mjs) without the extension.
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await bare.addInitScript(installProbe);
  } catch (error) {
    await extension.close();
    await bare?.close();
    rmSync(bareProfile, { recursive: true, force: true });
    throw error;
  }
  return {
    extension,
    bare,
    browserVersion: bare.browser()?.version() ?? null,
    close: async () => {
      await extension.close();
      await bare.close();
      rmSync(bareProfile, { recursive: true, force: true });
    },
  };
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'JSHeapUsedSize'];

async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  const out = {};
  for (const name of METRICS) {
    if (!(name in byName)) throw new Error(`Performance.getMetrics has no ${name}`);
    out[name] = name.endsWith('Duration') ? byName[name] * 1000 : byName[name];
  }
  return out;
}

async function readHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { v8: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0, total: usage.usedSize + (usage.embedderHeapUsedSize ?? 0) };
}

/** Polls the probe until `done(probe)` or the deadline; returns how many polls it took. */
async function pollProbe(page, done, deadline) {
  let polls = 0;
  for (;;) {
    polls++;
    const state = await page.evaluate(() => ({
      settledAt: window.__benchProbe.settledAt,
      commentsDone: window.__benchComments?.done ?? null,
    }));
    if (done(state) || Date.now() > deadline) return { polls, state };
    await sleep(POLL_MS);
  }
}

/**
 * One load of `url` in one browser. With the extension it waits until every expected spoiler is
 * hidden (or `settleTimeoutMs`), then until the shield's queue is empty (or the same deadline), then
 * IDLE_MS. Without it, it polls the probe as many times as the extension run did and waits as long
 * after load (`mirror`, see MIRROR_CAP_MS), so both readings cover the same span and probe work.
 */
async function loadOnce(side, url, { kind, settleTimeoutMs, mirror }) {
  const { context } = side;
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.bringToFront();
    await page.goto(url, { waitUntil: 'load', timeout: settleTimeoutMs });
    const loadedAt = Date.now();
    const deadline = loadedAt + settleTimeoutMs;
    let polls = 0;
    let status = null;
    let idle = true;
    if (side.serviceWorker) {
      const wanted = kind === 'comments' ? (s) => s.commentsDone === true : kind === 'plain' ? () => true : (s) => s.settledAt !== null;
      ({ polls } = await pollProbe(page, wanted, deadline));
      const tabId = await tabIdOf(page);
      try {
        status = await waitForShieldIdle(side.serviceWorker, tabId, { timeout: Math.max(1000, deadline - Date.now()) });
      } catch {
        idle = false;
        status = await shieldStatus(side.serviceWorker, tabId).catch(() => null);
      }
      await sleep(IDLE_MS);
    } else {
      if (kind === 'comments') ({ polls } = await pollProbe(page, (s) => s.commentsDone === true, deadline));
      for (; polls < mirror.polls; polls++) {
        await pollProbe(page, () => true, deadline);
        await sleep(POLL_MS);
      }
      const own = Date.now() - loadedAt;
      await sleep(Math.max(IDLE_MS, Math.min(mirror.waitedMs, own + MIRROR_CAP_MS) - own));
    }
    const waitedMs = Date.now() - loadedAt;
    const metrics = await readMetrics(cdp);
    const probe = await page.evaluate(readProbe);
    let floor = null;
    if (!side.serviceWorker) {
      const runs = [];
      for (let i = 0; i < FLOOR_RUNS; i++) runs.push(await page.evaluate(floorPass));
      floor = { ms: median(runs.map((r) => r.ms)), words: runs[0].words, chars: runs[0].chars, runs: runs.map((r) => r.ms) };
    }
    const heap = await readHeap(cdp);
    await cdp.detach();
    return { metrics, probe, floor, heap, status, idle, polls, waitedMs };
  } finally {
    await page.close();
  }
}

/** Median of numbers (null when there are none). */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The q-quantile (0..1) of numbers, nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Measures `page` (from writePages) `reps` times, each time with then without the extension.
 * Returns the raw samples of each pair.
 */
export async function measurePage(browsers, origin, page, { reps = 3, settleTimeoutMs } = {}) {
  const url = `${origin}/${page.file}`;
  const timeout = settleTimeoutMs ?? 20_000 + Math.ceil(page.textBytes / (1024 * 1024)) * 15_000;
  const samples = [];
  for (let rep = 0; rep < reps; rep++) {
    const withExtension = await loadOnce(browsers.extension, url, { kind: page.kind, settleTimeoutMs: timeout });
    const without = await loadOnce({ context: browsers.bare }, url, { kind: page.kind, settleTimeoutMs: timeout, mirror: withExtension });
    samples.push({ withExtension, without });
  }
  return samples;
}

/** Loads a page once in each browser and throws if the extension did not apply WATCHED to it. */
export async function checkProgressApplied(browsers, origin, page) {
  const [sample] = await measurePage(browsers, origin, page, { reps: 1 });
  const { probe, status } = sample.withExtension;
  const problems = [];
  if (probe.spoilersHidden === 0) problems.push('it hid nothing');
  if (probe.episodeOneHidden > 0) problems.push(`it hid ${probe.episodeOneHidden} block(s) of episode 1, so progress is not ${WATCHED}`);
  if (probe.safeHidden > 0) problems.push(`it hid ${probe.safeHidden} block(s) that reveal nothing after episode ${WATCHED}`);
  if (sample.without.probe.marked > 0) problems.push('the browser without the extension marked blocks');
  if (problems.length > 0) {
    throw new Error(`bench: on ${page.file} at watched = ${WATCHED}, ${problems.join('; ')} (status ${JSON.stringify(status)})`);
  }
  return sample;
}
