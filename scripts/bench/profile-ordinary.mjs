// Diagnosis for issue 14: where our content script's time goes on pages that are not about the show.
//
//   node scripts/bench/profile-ordinary.mjs [--pages wiki,news,tiny,blank-frames] [--runs 3] [--no-build] [--shipped] [--out FILE]
//     CPU profiles (V8's sampler, through CDP Tracing) and traces of an unminified build
//     (SPOILER_SHIELD_NO_MINIFY=1, built into .output/profile by scripts/bench/wxt-profile.config.ts)
//     against the do-nothing control, loads interleaved: JS self time by function and by startup
//     phase, the main thread by trace event (ours − control), per-frame evaluation, the first-paint hold.
//     --shipped profiles the minified build in .output/chrome-mv3 instead (names are unreadable, but
//     its compile and evaluation times are the ones users pay).
//   node scripts/bench/profile-ordinary.mjs --ablation [--reps 8] [--pages …] [--variants gate,storage-all]
//     The shipped build, the control, and extensions that each do one piece of ours (ablation.mjs),
//     measured like the bench (main thread and first paint, paired with the control per repetition).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, launchWithExtension } from '../extension-browser.mjs';
import { serveFixtures } from '../serve-fixtures.mjs';
import { ABLATIONS, writeAblationExtension } from './ablation.mjs';
import { writeControlExtension } from './control.mjs';
import { installPaintProbe, loadOrdinary, measureOrdinary, prepareShield, readMetrics, readPaint } from './ordinary-measure.mjs';
import { writeOrdinaryPages } from './ordinary-pages.mjs';
import { stats } from './ordinary-report.mjs';
import { pageThread, profileFromTrace, summariseProfile, summariseTrace } from './profile-analysis.mjs';
import { formatAblation, formatProfiles } from './profile-report.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROFILE_DIR = join(ROOT, '.output/profile/chrome-mv3');
const CATEGORIES = 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,loading,blink.user_timing,disabled-by-default-v8.cpu_profiler';
const SETTLE_MS = 600;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message) => process.stderr.write(`profile: ${message}\n`);

function parseArgs(argv) {
  const o = { pages: ['wiki', 'news', 'tiny', 'blank-frames'], runs: 3, reps: 8, build: true, ablation: false, shipped: false, variants: ABLATIONS, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--pages') o.pages = argv[++i].split(',');
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--reps') o.reps = Number(argv[++i]);
    else if (a === '--no-build') o.build = false;
    else if (a === '--ablation') o.ablation = true;
    else if (a === '--shipped') o.shipped = true;
    else if (a === '--variants') o.variants = argv[++i].split(',');
    else if (a === '--out') o.out = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

function buildUnminified() {
  const r = spawnSync('npx', ['wxt', 'build', '-c', 'scripts/bench/wxt-profile.config.ts'], { cwd: ROOT, env: { ...process.env, SPOILER_SHIELD_NO_MINIFY: '1' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`unminified build failed:\n${r.stdout}\n${r.stderr}`);
}

/**
 * One load, traced with V8's sampling profiler on (trace category disabled-by-default-v8.cpu_profiler,
 * which follows the navigation into the page's new renderer, as a fresh tab in the bench does).
 */
async function profiledLoad(side, origin, page, scriptFile) {
  const tab = await side.context.newPage();
  try {
    const cdp = await side.context.newCDPSession(tab);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Performance.enable');
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await tab.bringToFront();
    const url = `${origin}/${page.file}`;
    await tab.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const metrics = await readMetrics(cdp);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const paint = await tab.evaluate(readPaint);
    await cdp.detach();
    const thread = pageThread(events, url);
    const profile = thread ? profileFromTrace(events, thread.pid) : null;
    return {
      taskMs: metrics.TaskDuration,
      paint,
      trace: summariseTrace(events, url, scriptFile),
      profile: profile ? summariseProfile(profile, `chrome-extension://${side.extensionId}/`) : null,
    };
  } finally {
    await tab.close();
  }
}

async function runProfiles(origin, pages, runs, extensionDir) {
  const control = writeControlExtension(extensionDir);
  const sides = {};
  try {
    sides.ours = await launchWithExtension({ extensionDir });
    await prepareShield(sides.ours);
    sides.control = await launchWithExtension({ extensionDir: control.dir });
    for (const s of Object.values(sides)) await s.context.addInitScript(installPaintProbe);
    const files = { ours: 'gate.js', control: 'noop-0.js' };
    const results = {};
    for (const page of pages) {
      results[page.name] = { ours: [], control: [] };
      for (let run = 0; run < runs; run++) {
        for (const v of run % 2 ? ['ours', 'control'] : ['control', 'ours']) results[page.name][v].push(await profiledLoad(sides[v], origin, page, files[v]));
      }
      log(`${page.name}: ${runs} profiled loads each`);
    }
    return results;
  } finally {
    for (const s of Object.values(sides)) await s.close();
    control.remove();
  }
}

async function runAblation(origin, pages, reps, ablations) {
  const extensions = { control: writeControlExtension() };
  const sides = {};
  try {
    sides.ours = await launchWithExtension({});
    await prepareShield(sides.ours);
    const stored = await sides.ours.serviceWorker.evaluate(() => chrome.storage.local.get(null));
    const settingKeys = Object.keys(stored).filter((k) => k !== 'compiledCatalog');
    for (const name of ablations) extensions[name] = writeAblationExtension(name, { settingKeys });
    for (const [name, ext] of Object.entries(extensions)) {
      sides[name] = await launchWithExtension({ extensionDir: ext.dir });
      // The same storage as ours, so a read moves the same bytes.
      await sides[name].serviceWorker.evaluate((items) => chrome.storage?.local.set(items), stored);
    }
    for (const s of Object.values(sides)) await s.context.addInitScript(installPaintProbe);
    const variants = ['control', ...ablations, 'ours'];
    // One discarded load per page and variant, as in the bench.
    for (const page of pages) for (const v of variants) await loadOrdinary(sides[v], `${origin}/${page.file}`, { settleMs: 100 });
    const samples = await measureOrdinary({ sides }, origin, pages, { reps, variants, log });
    const task = (r) => r.metrics.TaskDuration;
    const cpu = (r) => r.cpu.TaskDuration;
    const out = {};
    for (const page of pages) {
      out[page.name] = { frames: page.frames };
      const paired = samples[page.name];
      for (const v of variants.slice(1)) {
        out[page.name][v] = {
          main: stats(paired.map((s) => task(s[v]) - task(s.control))),
          cpu: stats(paired.map((s) => cpu(s[v]) - cpu(s.control))),
          fcp: stats(paired.map((s) => (s[v].paint.fcp === null || s.control.paint.fcp === null ? null : s[v].paint.fcp - s.control.paint.fcp))),
        };
      }
    }
    return { variants, figures: out };
  } finally {
    for (const s of Object.values(sides)) await s.close();
    for (const e of Object.values(extensions)) e.remove();
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'spoiler-shield-profile-pages-'));
  let server;
  try {
    const pages = writeOrdinaryPages(dir).filter((p) => o.pages.includes(p.name));
    server = await serveFixtures({ root: dir });
    let result;
    if (o.ablation) {
      result = { kind: 'ablation', reps: o.reps, pages, ...(await runAblation(server.origin, pages, o.reps, o.variants)) };
      console.log(formatAblation(result));
    } else {
      if (o.build && !o.shipped) buildUnminified();
      const extensionDir = o.shipped ? EXTENSION_DIR : PROFILE_DIR;
      result = { kind: 'profiles', build: extensionDir, runs: o.runs, pages, profiles: await runProfiles(server.origin, pages, o.runs, extensionDir) };
      console.log(formatProfiles(result));
    }
    const out = o.out ?? join(ROOT, 'bench-results', `profile-ordinary-${o.ablation ? 'ablation-' : ''}${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    console.log(`\nFigures written to ${out}`);
  } finally {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`profile failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
