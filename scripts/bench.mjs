// `npm run bench` (after `wxt build`): measures the built extension in real Chromium on generated
// pages — 100 KB, 1 MB and 4 MB of reviews and comments, 1 MB of news that never names the show, and
// a thread that appends 50 comments every 100 ms for 5 s — against the same pages in a Chromium
// without it, in the same run. Then the ordinary-pages tier (issue 14, scripts/bench/ordinary.mjs):
// a wiki article, a news page with 30 frames, a forum thread, a tiny page and the tiny page with 20
// empty frames, none about the show, each alone, with a do-nothing control extension, and with ours.
// Prints the tables and the targets, writes the same figures to bench-results/bench-<timestamp>.json,
// and exits 0 even when a target is missed (it reports; the CI smoke tests in
// tests/e2e/bench-smoke.e2e.test.ts and tests/e2e/bench-ordinary-smoke.e2e.test.ts fail a build).
//
//   node scripts/bench.mjs [--reps N] [--ordinary-reps N] [--pages review-100k,comments,ordinary,tiny] [--out FILE]
//
// --pages takes page names, or a tier: "show" (the generated show pages, plain-1m and comments) or
// "ordinary" (wiki, news, forum, tiny, blank-frames).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBrowserReady } from './extension-browser.mjs';
import { serveFixtures } from './serve-fixtures.mjs';
import {
  bundleSize,
  checkProgressApplied,
  checkTargets,
  formatReport,
  measurePage,
  openBrowsers,
  summarisePage,
  writePages,
} from './bench/index.mjs';
import { ORDINARY_PAGES, runOrdinaryTier, writeOrdinaryPages } from './bench/ordinary.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function parseArgs(argv) {
  const options = { reps: 3, ordinaryReps: 10, pages: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--reps') options.reps = Number(value());
    else if (arg === '--ordinary-reps') options.ordinaryReps = Number(value());
    else if (arg === '--pages') options.pages = value().split(',');
    else if (arg === '--out') options.out = value();
    else if (arg === '--help' || arg === '-h') {
      console.log(`node scripts/bench.mjs [--reps N] [--ordinary-reps N] [--pages show|ordinary|review-100k,review-1m,review-4m,plain-1m,comments,${ORDINARY_PAGES.join(',')}] [--out FILE]`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.reps) || options.reps < 1) throw new Error('--reps must be a whole number ≥ 1');
  if (!Number.isInteger(options.ordinaryReps) || options.ordinaryReps < 1) throw new Error('--ordinary-reps must be a whole number ≥ 1');
  return options;
}

const log = (message) => process.stderr.write(`bench: ${message}\n`);

const SHOW_PAGES = ['review-100k', 'review-1m', 'review-4m', 'plain-1m', 'comments'];

/** The names asked for, with the tiers "show" and "ordinary" spelled out; null for every page. */
function selectedPages(asked) {
  if (!asked) return { show: SHOW_PAGES, ordinary: ORDINARY_PAGES };
  const names = asked.flatMap((n) => (n === 'show' ? SHOW_PAGES : n === 'ordinary' ? ORDINARY_PAGES : [n]));
  const unknown = names.filter((n) => !SHOW_PAGES.includes(n) && !ORDINARY_PAGES.includes(n));
  if (unknown.length > 0) throw new Error(`no page called ${unknown.join(', ')} (pages: ${[...SHOW_PAGES, ...ORDINARY_PAGES].join(', ')}; tiers: show, ordinary)`);
  return { show: SHOW_PAGES.filter((n) => names.includes(n)), ordinary: ORDINARY_PAGES.filter((n) => names.includes(n)) };
}

/** The show tier: the generated show pages, plain-1m and comments, with and without the extension. */
async function runShowTier(pagesDir, origin, names, options, bundle) {
  const generated = writePages(pagesDir);
  const { pool } = generated;
  log(`pages written to ${pagesDir} (pool: ${pool.kept} passages kept, ${pool.dropped} dropped where the engine and the label disagree)`);
  const pages = generated.pages.filter((p) => names.includes(p.name));
  const browsers = await openBrowsers();
  try {
    // One discarded load in each browser: warms the disk cache and checks progress is applied.
    await checkProgressApplied(browsers, origin, generated.pages.find((p) => p.kind === 'show'));
    const records = [];
    for (const page of pages) {
      const t = Date.now();
      const samples = await measurePage(browsers, origin, page, { reps: options.reps });
      records.push(summarisePage(page, samples));
      log(`${page.name}: ${options.reps} × 2 loads in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    const checks = checkTargets(records, bundle);
    console.log(formatReport({ records, checks, bundle, reps: options.reps }));
    return { records, checks, pool, watched: generated.watched, browserVersion: browsers.browserVersion };
  } finally {
    await browsers.close();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const selected = selectedPages(options.pages);
  assertBrowserReady();
  const bundle = bundleSize();
  const pagesDir = mkdtempSync(join(tmpdir(), 'spoiler-shield-bench-pages-'));
  let server;
  try {
    const started = Date.now();
    // Both tiers' pages are served from one folder; the ordinary pages are written first (they are quick).
    const ordinaryPages = writeOrdinaryPages(pagesDir).filter((p) => selected.ordinary.includes(p.name));
    server = await serveFixtures({ root: pagesDir });
    const show = selected.show.length > 0 ? await runShowTier(pagesDir, server.origin, selected.show, options, bundle) : null;
    let ordinary = null;
    if (ordinaryPages.length > 0) {
      if (show) console.log('');
      const t = Date.now();
      ordinary = await runOrdinaryTier(server.origin, ordinaryPages, { reps: options.ordinaryReps, log });
      log(`ordinary pages: ${options.ordinaryReps} × ${ordinaryPages.length} × 3 loads in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      console.log(ordinary.report);
    }
    const checks = [...(show?.checks ?? []), ...(ordinary?.checks ?? [])];
    const result = {
      createdAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, node: process.version, chromium: show?.browserVersion ?? ordinary?.browserVersion ?? null },
      method: {
        watchedEpisode: show?.watched ?? null,
        reps: options.reps,
        ordinaryReps: options.ordinaryReps,
        mainThread: 'CDP Performance.getMetrics TaskDuration, read when the shield reports pending 0 plus 300 ms; the run without the extension is read after the same time since load',
        heap: 'CDP HeapProfiler.collectGarbage twice, then Runtime.getHeapUsage usedSize (V8) + embedderHeapUsedSize (Blink)',
        floor: 'median of 5 runs in the page without the extension: one TreeWalker(SHOW_TEXT) over body + /\\p{L}+/gu exec over each text node',
        settle: 'probe MutationObserver: time from DOMContentLoaded until every [data-bench-spoiler] block is data-spoiler-shield="hidden"',
        longTasks: 'PerformanceObserver longtask (buffered) in the page, from document start to the reading',
        ordinary:
          'three browsers with the same flags: no extension, a do-nothing control extension (content scripts placed as ours, empty), ours; ' +
          `per repetition each page is loaded in the three, in a rotating order; CDP TaskDuration read ${ordinary?.settleMs ?? '—'} ms after the load event; ` +
          'first-contentful-paint from the page\'s performance entries; differences paired per repetition; p95 is the nearest rank',
      },
      bundle,
      pool: show?.pool ?? null,
      pages: show?.records ?? [],
      ordinary: ordinary && { records: ordinary.records, perBlankFrame: ordinary.perFrame, injected: ordinary.injected, reps: ordinary.reps, settleMs: ordinary.settleMs },
      targets: checks,
      misses: checks.filter((c) => !c.pass).map((c) => `${c.page} ${c.id}`),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const out = options.out ?? join(ROOT, 'bench-results', `bench-${result.createdAt.replace(/[:.]/g, '-')}.json`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    const shown = relative(process.cwd(), out);
    console.log(`\nFigures written to ${shown.startsWith('..') ? out : shown}`);
  } finally {
    await server?.close();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
