// `npm run eval:pages -- [FOLDER...] [--progress 0,1,2] [--json FILE] [--quiet]`
//
// Scores the built extension on labelled full pages (tests/fixtures/site-pages/ by default) in real
// Chromium, through the public contract only: after the shield is idle, a labelled element counts as
// hidden when every piece of its text lies inside an element marked data-spoiler-shield="hidden" (an
// image: when it, or a block around it, is marked). A label is the episode of the latest story event
// the element lets a reader learn (see the folder's README); at progress P it should be hidden exactly
// when its label is above P. Prints precision and recall by block, page, genre, language and
// progress, then every miss (a spoiler left readable) and every false alarm (a block hidden for
// nothing), and writes the whole result as JSON.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFixtures } from './serve-fixtures.mjs';
import { launchWithExtension, tabIdOf, waitForShieldIdle } from './extension-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_FOLDERS = ['tests/fixtures/site-pages'];
const SHOW = 'prison-cell-211';

function parseArgs(argv) {
  const args = { folders: [], progress: [0, 1, 2, 3, 4, 5], json: undefined, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--progress') args.progress = argv[++i].split(',').map(Number);
    else if (a === '--json') args.json = argv[++i];
    else if (a === '--quiet') args.quiet = true;
    else if (a.startsWith('-')) throw new Error(`unknown flag ${a}`);
    else args.folders.push(a);
  }
  if (args.folders.length === 0) args.folders = DEFAULT_FOLDERS;
  if (args.progress.some((p) => !Number.isInteger(p) || p < 0 || p > 6)) throw new Error('--progress takes episodes from 0 to 6, comma separated');
  return args;
}

/** Every labelled page under `folder` (recursively), with its genre and language from its own markup. */
function pagesIn(folder) {
  const out = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...pagesIn(path));
    else if (name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      const meta = (n) => new RegExp(`<meta\\s+name="${n}"\\s+content="([^"]*)"`, 'i').exec(html)?.[1];
      const lang = /<html[^>]*\slang="([a-z]+)/i.exec(html)?.[1] ?? '?';
      const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? '';
      out.push({ path, genre: meta('test-genre') ?? 'other', lang, titleEpisode: Number(meta('test-title-episode') ?? 0), title });
    }
  }
  return out;
}

/** Runs in the page: each labelled element, its label, and whether the shield hides it. */
function readLabels() {
  const hiddenAround = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return el?.closest('[data-spoiler-shield="hidden"]') != null;
  };
  const textOf = (el) => {
    const texts = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const t = walker.currentNode;
      if (!/\S/.test(t.data) || t.parentElement?.closest('script, style, noscript, template')) continue;
      texts.push(t);
    }
    return texts;
  };
  return [...document.querySelectorAll('[data-test-episode]')].map((el, index) => {
    const texts = textOf(el);
    const image = texts.length === 0;
    const hidden = image ? hiddenAround(el) || el.querySelector('[data-spoiler-shield="hidden"]') !== null : texts.every(hiddenAround);
    const text = image
      ? `[${el.tagName.toLowerCase()}${el.getAttribute('alt') ? ` alt="${el.getAttribute('alt')}"` : ''}]`
      : texts.map((t) => t.data).join(' ').replace(/\s+/g, ' ').trim();
    return { index, label: Number(el.getAttribute('data-test-episode')), hidden, image, text: text.slice(0, 160) };
  });
}

function score(rows) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    if (r.should && r.hidden) tp++;
    else if (r.should) fn++;
    else if (r.hidden) fp++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { n: rows.length, tp, fp, fn, tn, precision, recall };
}

const fmt = (x) => x.toFixed(3);
function table(title, groups) {
  const lines = [`\n${title}`, `${'group'.padEnd(34)} ${'blocks'.padStart(6)} ${'spoil'.padStart(6)} ${'prec'.padStart(6)} ${'recall'.padStart(6)}`];
  for (const [name, rows] of groups) {
    const s = score(rows);
    lines.push(`${String(name).padEnd(34)} ${String(s.n).padStart(6)} ${String(s.tp + s.fn).padStart(6)} ${fmt(s.precision).padStart(6)} ${fmt(s.recall).padStart(6)}`);
  }
  return lines.join('\n');
}

function groupBy(rows, key) {
  const map = new Map();
  for (const r of rows) {
    const k = key(r);
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(r);
  }
  return [...map].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'en', { numeric: true }));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const folders = args.folders.map((f) => resolve(ROOT, f));
  const pages = folders.flatMap((folder) => pagesIn(folder).map((p) => ({ ...p, folder })));
  if (pages.length === 0) throw new Error(`no labelled pages in ${args.folders.join(', ')}`);
  const started = Date.now();
  const browser = await launchWithExtension();
  const servers = new Map();
  for (const folder of folders) servers.set(folder, await serveFixtures({ root: folder }));
  const rows = [];
  const titles = [];
  try {
    const page = await browser.context.newPage();
    let tabId;
    for (const progress of args.progress) {
      await browser.serviceWorker.evaluate((p) => chrome.storage.local.set({ watchedEpisode: { [p.show]: p.n } }), { show: SHOW, n: progress });
      for (const p of pages) {
        const server = servers.get(p.folder);
        const url = `${server.origin}/${relative(p.folder, p.path).split('/').map(encodeURIComponent).join('/')}`;
        await page.goto(url, { waitUntil: 'load' });
        tabId ??= await tabIdOf(page);
        await waitForShieldIdle(browser.serviceWorker, tabId);
        const name = relative(ROOT, p.path);
        for (const r of await page.evaluate(readLabels)) {
          rows.push({ page: name, genre: p.genre, lang: p.lang, progress, ...r, should: r.label > progress });
        }
        const shownTitle = await page.title();
        titles.push({ page: name, progress, label: p.titleEpisode, should: p.titleEpisode > progress, hidden: shownTitle !== p.title.replace(/&amp;/g, '&'), text: p.title });
      }
    }
  } finally {
    await browser.close();
    for (const s of servers.values()) await s.close();
  }

  const overall = score(rows);
  const out = [];
  out.push(`eval:pages — ${pages.length} pages, ${rows.length / args.progress.length} labelled elements, progress ${args.progress.join(',')}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  out.push(`OVERALL (element × progress): precision ${fmt(overall.precision)}  recall ${fmt(overall.recall)}  (tp ${overall.tp}, fp ${overall.fp}, fn ${overall.fn}, tn ${overall.tn})`);
  const titleScore = score(titles);
  out.push(`page titles: precision ${fmt(titleScore.precision)}  recall ${fmt(titleScore.recall)}  (${titles.length} title × progress)`);
  const pageLeaks = groupBy(rows.filter((r) => r.progress === 0), (r) => r.page).filter(([, rs]) => rs.some((r) => r.should && !r.hidden)).length;
  const pagesWithSpoilers = groupBy(rows.filter((r) => r.progress === 0), (r) => r.page).filter(([, rs]) => rs.some((r) => r.should)).length;
  out.push(`pages where a reader at progress 0 can read a spoiler: ${pageLeaks} of ${pagesWithSpoilers} with spoilers`);
  out.push(table('by genre', groupBy(rows, (r) => r.genre)));
  out.push(table('by language', groupBy(rows, (r) => r.lang)));
  out.push(table('by progress', groupBy(rows, (r) => `progress ${r.progress}`)));
  out.push(table('by kind', groupBy(rows, (r) => (r.image ? 'image' : 'text'))));
  out.push(table('by page', groupBy(rows, (r) => basename(r.page))));
  const misses = rows.filter((r) => r.should && !r.hidden);
  const falseAlarms = rows.filter((r) => !r.should && r.hidden);
  if (!args.quiet) {
    // One line per element: the progress levels at which it went wrong.
    const list = (title, items) => {
      out.push(`\n${title} (${items.length} element × progress)`);
      for (const [key, rs] of groupBy(items, (r) => `${r.page}#${r.index}`)) {
        const r = rs[0];
        out.push(`  ${basename(r.page)} [${r.label}] at ${rs.map((x) => x.progress).join(',')}: ${r.text}`);
        void key;
      }
    };
    list('MISSES: spoilers left readable', misses);
    list('FALSE ALARMS: hidden for nothing', falseAlarms);
  }
  console.log(out.join('\n'));
  const json = args.json ?? join(ROOT, 'eval-results', `pages-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(resolve(json, '..'), { recursive: true });
  writeFileSync(json, JSON.stringify({ folders: args.folders, progress: args.progress, overall, titles: titleScore, titleRows: titles, rows }, null, 1));
  console.log(`\nwritten: ${relative(ROOT, json)}`);
}

main().catch((error) => {
  console.error(`eval:pages: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 2;
});
