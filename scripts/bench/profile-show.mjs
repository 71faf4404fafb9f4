// Where a show page's long tasks come from (issue 14's open item: the comments page's longest task).
//
//   node scripts/bench/profile-show.mjs [--pages comments,review-100k] [--runs 2] [--no-build] [--extension DIR] [--by-module]
//     [--fixture live/feed.html]
//
// Builds the unminified extension (.output/profile/chrome-mv3, as profile-ordinary.mjs does) unless
// --no-build or --extension, writes the bench's show pages, and loads each `runs` times in Chromium with
// progress set as in the bench, traced with V8's sampling profiler. For every main-thread task of the page's
// renderer longer than 50 ms it prints when it ran (ms from navigation), how long, and the functions with the
// most self time inside it, then the same for the extension's code summed over the whole load.
// --extension DIR profiles another build (e.g. an older commit's .output/profile/chrome-mv3).
// --by-module also sums the extension's self time by source module (through the profile build's source
// maps), e.g. to see what regions cost against the matcher.
// --fixture PATH profiles a page of tests/fixtures/pages instead of the bench's pages (e.g. what the shield's
// start costs on a small page).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';
import { launchWithExtension } from '../extension-browser.mjs';
import { serveFixtures } from '../serve-fixtures.mjs';
import { WATCHED, writePages } from './index.mjs';
import { pageThread, profileFromTrace } from './profile-analysis.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
// As in profile-ordinary.mjs ('loading' carries navigationStart).
const CATEGORIES = 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,loading,blink.user_timing,disabled-by-default-v8.cpu_profiler,toplevel';
const LONG_MS = 50;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function parseArgs(argv) {
  const o = { pages: ['comments'], runs: 2, build: true, extension: null, byModule: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--pages') o.pages = argv[++i].split(',');
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--no-build') o.build = false;
    else if (a === '--extension') o.extension = argv[++i];
    else if (a === '--by-module') o.byModule = true;
    else if (a === '--fixture') o.fixture = argv[++i];
    else throw new Error(`profile-show: unknown argument ${a}`);
  }
  return o;
}

/** Self time by function (name file:line) of the samples between `from` and `to` (trace µs). */
function selfTimes(profile, from = -Infinity, to = Infinity) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map();
  let t = profile.startTime;
  const times = profile.timeDeltas.map((d) => (t += d));
  for (let i = 0; i < profile.samples.length - 1; i++) {
    if (times[i] < from || times[i] >= to) continue;
    const f = byId.get(profile.samples[i])?.callFrame;
    if (!f || f.functionName === '(idle)') continue;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber}` : ''}`.trim();
    out.set(key, (out.get(key) ?? 0) + (times[i + 1] - times[i]) / 1000);
  }
  return [...out].sort((a, b) => b[1] - a[1]);
}

/** Each built script's source map (the profile build writes them: wxt-profile.config.ts). */
const consumers = new Map();
function moduleAt(dir, file, line, column) {
  if (!consumers.has(file)) {
    // An older build (--extension) may keep its content scripts in content-scripts/.
    const path = [join(dir, `${file}.map`), join(dir, 'content-scripts', `${file}.map`)].find((p) => existsSync(p));
    consumers.set(file, path ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  const consumer = consumers.get(file);
  if (!consumer) return `${file} (no source map)`;
  const source = consumer.originalPositionFor({ line, column }).source;
  return source ? source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/(?:\.pnpm\/)?([^/]+).*$/, 'node_modules/$1') : `${file} (unmapped)`;
}

/** Self times ("name file:line" → ms) summed by the source module each line belongs to. */
function byModule(times, dir) {
  const out = new Map();
  for (const [key, ms] of times) {
    const m = / (\S+\.js):(\d+):(\d+)$/.exec(key);
    if (!m) continue;
    const module = moduleAt(dir, m[1], Number(m[2]), Number(m[3]));
    const entry = out.get(module) ?? { ms: 0, functions: [] };
    entry.ms += ms;
    entry.functions.push([key.slice(0, m.index), ms]);
    out.set(module, entry);
  }
  return [...out].sort((a, b) => b[1].ms - a[1].ms);
}

async function profiledLoad(side, url) {
  const tab = await side.context.newPage();
  try {
    const cdp = await side.context.newCDPSession(tab);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await tab.bringToFront();
    await tab.goto(url, { waitUntil: 'load' });
    // The comments page appends for 5 s after a 0.5 s delay.
    await sleep(7_000);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const thread = pageThread(events, url);
    if (!thread) throw new Error('profile-show: the page thread was not found in the trace');
    const profile = profileFromTrace(events, thread.pid);
    const tasks = events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'RunTask' && e.ph === 'X' && e.dur / 1000 > LONG_MS)
      .map((e) => ({ atMs: (e.ts - thread.nav.ts) / 1000, ms: e.dur / 1000, top: profile ? selfTimes(profile, e.ts, e.ts + e.dur).slice(0, 12) : [] }));
    const ext = `chrome-extension://${side.extensionId}/`;
    const extension = profile ? selfTimes(profile).filter(([k]) => /\.js:/.test(k)) : [];
    return { tasks, extensionTop: extension.slice(0, 15), extension, ext };
  } finally {
    await tab.close();
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  let extensionDir = o.extension;
  if (!extensionDir) {
    if (o.build) {
      const r = spawnSync('npx', ['wxt', 'build', '-c', 'scripts/bench/wxt-profile.config.ts'], { cwd: ROOT, env: { ...process.env, SPOILER_SHIELD_NO_MINIFY: '1' }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`profile build failed:\n${r.stdout}\n${r.stderr}`);
    }
    extensionDir = join(ROOT, '.output/profile/chrome-mv3');
  }
  const dir = mkdtempSync(join(tmpdir(), 'spoiler-shield-profile-show-'));
  let server;
  let side;
  try {
    const { pages } = o.fixture ? { pages: [{ name: o.fixture, file: o.fixture }] } : writePages(dir);
    if (o.fixture) o.pages = [o.fixture];
    server = await serveFixtures({ root: o.fixture ? join(ROOT, 'tests/fixtures/pages') : dir });
    side = await launchWithExtension({ headless: true, extensionDir });
    await side.serviceWorker.evaluate((watched) => chrome.storage.local.set({ watchedEpisode: watched, enabled: true, disabledSites: [] }), WATCHED);
    for (const name of o.pages) {
      const page = pages.find((p) => p.name === name);
      if (!page) throw new Error(`profile-show: no page called ${name}`);
      const url = `${server.origin}/${page.file}`;
      // One discarded load warms the cache, as in the bench.
      await profiledLoad(side, url);
      for (let run = 0; run < o.runs; run++) {
        const r = await profiledLoad(side, url);
        console.log(`\n${name}, run ${run + 1}: ${r.tasks.length} task(s) over ${LONG_MS} ms on the page's main thread`);
        for (const t of r.tasks) {
          console.log(`  at ${t.atMs.toFixed(0)} ms, ${t.ms.toFixed(1)} ms; self time:`);
          for (const [fn, ms] of t.top) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${fn}`);
        }
        console.log('  the whole load, script functions by self time:');
        for (const [fn, ms] of r.extensionTop) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${fn}`);
        if (o.byModule) {
          const total = r.extension.reduce((sum, [, ms]) => sum + ms, 0);
          console.log(`  the whole load, by source module (extension scripts: ${total.toFixed(1)} ms self time):`);
          for (const [module, { ms, functions }] of byModule(r.extension, extensionDir).slice(0, 25)) {
            const top = functions.slice(0, 3).map(([fn, t]) => `${fn} ${t.toFixed(1)}`).join(', ');
            console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${module}  (${top})`);
          }
        }
      }
    }
  } finally {
    await side?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`profile-show failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
