// Extensions that each do one piece of what ours does in every frame, for the diagnosis of issue 14
// (scripts/bench/profile-ordinary.mjs --ablation). Each is placed like ours (control.mjs reads the
// placement from the build's manifest) and measured against the do-nothing control in the same run:
// - parse-only: our content.js, inside a block that never runs (what parsing and compiling it costs);
// - css-hold: our content.css (the first-paint hold) and a script that releases it at once;
// - storage-all: one storage.local.get of everything ours keeps (settings and the 126 KB compiled
//   catalog) and JSON.parse of the catalog, kept alive as ours keeps it;
// - storage-settings: the same read without the catalog;
// - gate: a prototype of a small first script: no storage, no stylesheet; a MutationObserver tests
//   the text the parser adds against one regular expression of the show's titles and of the names
//   that are not everyday ones (the only words that can make a page "about the show", see
//   src/shield/page-context.ts), and stops at the first match (where the real one would load the rest).
//   Each batch's added nodes are tested once (a node whose ancestor was added in the same batch is in
//   that ancestor's textContent), and the expression is compiled at the first text, not in every frame;
// - gate-walk: the same test, with a TreeWalker before each frame instead of an observer while the page
//   parses (see gateWalk).
// - gate-walk-css: gate-walk with our manifest stylesheet (content.css: the highlight, hidden-block and
//   pending rules and the hold), to tell what the stylesheet costs on a large page.
// - ours-hold-css: our whole build, with a manifest stylesheet of the first-paint hold alone (the other
//   rules are the shield's, which could add them when it loads);
// - ours-no-shadow-hook: our whole build without the shadow-root hook in the page's world;
// - ours-no-css: our whole build with no manifest stylesheet at all (what any stylesheet there costs);
// - ours-no-pending-css: our whole build whose manifest stylesheet lacks the pending rule
//   (`[data-spoiler-pending] *`, the one rule every element is matched against).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR } from '../extension-browser.mjs';
import { readManifest } from './control.mjs';

/** A show pack's titles (format 2, src/catalog/pack.ts): its title in each language, then its other titles. */
const packTitles = (pack) => [pack.title.en, pack.title.es, ...(pack.otherTitles ?? [])].filter(Boolean);

const CATALOG = fileURLToPath(new URL('../../data/prison-cell-211.json', import.meta.url));
export const ABLATIONS = ['parse-only', 'css-hold', 'storage-all', 'storage-settings', 'gate', 'gate-walk', 'gate-walk-css'];
/** Variants that are our own build with one thing changed in its manifest (not in the default list). */
export const OURS_VARIANTS = ['ours-hold-css', 'ours-no-shadow-hook', 'ours-no-css', 'ours-no-pending-css'];

/** The first-paint hold alone (entrypoints/content.css: the rule and its keyframes). */
const HOLD_CSS = `html[data-spoiler-shield-hold] {
  animation: spoiler-shield-hold 0s linear 0.6s backwards !important;
}
@keyframes spoiler-shield-hold {
  from {
    opacity: 0;
  }
}
`;

/** A copy of our build whose manifest `change` edits (see OURS_VARIANTS). */
function writeOursVariant(name, ours) {
  const dir = mkdtempSync(join(tmpdir(), `spoiler-shield-bench-${name}-`));
  cpSync(ours, dir, { recursive: true });
  const manifest = readManifest(ours);
  const isolated = (e) => (e.world ?? 'ISOLATED') !== 'MAIN';
  if (name === 'ours-hold-css') {
    writeFileSync(join(dir, 'hold-only.css'), HOLD_CSS);
    for (const e of manifest.content_scripts) if (e.css) e.css = ['hold-only.css'];
  } else if (name === 'ours-no-pending-css') {
    for (const e of manifest.content_scripts) {
      for (const f of e.css ?? []) {
        const css = readFileSync(join(dir, f), 'utf8');
        const without = css.replace(/\[data-spoiler-pending\][^{]*\{[^}]*\}/g, '');
        if (without === css) throw new Error(`bench ablation: no pending rule in ${f}`);
        writeFileSync(join(dir, f), without);
      }
    }
  } else if (name === 'ours-no-css') {
    for (const e of manifest.content_scripts) delete e.css;
  } else if (name === 'ours-no-shadow-hook') {
    manifest.content_scripts = manifest.content_scripts.filter(isolated);
  }
  // A second copy of ours must not share its id with the first.
  delete manifest.key;
  manifest.name = `Spoiler Shield bench: ${name}`;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Letters that may carry an accent in a name, as the shield's gate folds them (src/match/gate.ts). */
const FOLDS = { a: 'aáàâäã', e: 'eéèêë', i: 'iíìîï', o: 'oóòôöõ', u: 'uúùûü', n: 'nñ', c: 'cç' };

/**
 * The show's titles and the names of characters that are not everyday ones, as one regular expression
 * source for the flag 'i' alone: without 'u', V8 compiles and scans a case-insensitive alternation of
 * literals several times faster, and accented letters are written out as classes ([aá]).
 */
export function strictGateSource(catalogFile = CATALOG) {
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8'));
  const phrases = [...packTitles(catalog), ...catalog.characters.filter((c) => !c.everyday).flatMap((c) => c.names)];
  const plain = (p) => p.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const alternatives = [...new Set(phrases.map(plain))]
    .sort((a, b) => b.length - a.length)
    .map((p) => [...p].map((c) => (FOLDS[c] ? `[${FOLDS[c]}]` : c === ' ' ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(''));
  // A name is a whole word: no letter or digit (Latin, with accents) right before or after it.
  const edge = '0-9A-Za-z\\u00C0-\\u024F';
  return `(?<![${edge}])(?:${alternatives.join('|')})(?![${edge}])`;
}

const RELEASE_AT_ONCE = `(() => {
  const ready = () => document.documentElement.setAttribute('data-spoiler-shield-ready', '');
  if (document.documentElement) return ready();
  const wait = new MutationObserver(() => { if (document.documentElement) { wait.disconnect(); ready(); } });
  wait.observe(document, { childList: true });
})();`;

const STORAGE_ALL = `chrome.storage.local.get(null).then((raw) => {
  const text = raw.compiledCatalog && raw.compiledCatalog.text;
  if (typeof text === 'string') globalThis.__benchCatalog = JSON.parse(text);
});`;

const storageSettings = (keys) => `chrome.storage.local.get(${JSON.stringify(keys)}).then((raw) => { globalThis.__benchSettings = raw; });`;

const gate = (source) => `(() => {
  let names;
  const hit = () => { observer.disconnect(); globalThis.__benchGateHit = performance.now(); };
  const test = (text) => (names ??= new RegExp(${JSON.stringify(source)}, 'i')).test(text);
  const observer = new MutationObserver((records) => {
    const added = new Set();
    for (const r of records) {
      if (r.type === 'characterData') { if (test(r.target.data)) return hit(); continue; }
      for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) added.add(n);
    }
    for (const n of added) {
      let covered = false;
      for (let a = n.parentNode; a && !covered; a = a.parentNode) covered = added.has(a);
      if (!covered && test(n.nodeType === 3 ? n.data : n.textContent)) return hit();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

// The same test without a MutationObserver while the page parses (each parsed node would be a record):
// before each frame is painted, a TreeWalker goes on from the last text node it tested (the parser adds
// text in document order); at DOMContentLoaded one pass over the whole text (what scripts inserted
// behind the walker), then an observer for what comes later, when records are few. Text a script
// inserts behind the walker while the page parses is seen at DOMContentLoaded, not before its paint.
const gateWalk = (source) => `(() => {
  let names, walker, last = null, done = false, observer;
  // An empty frame has no text to test: the expression is compiled at the first non-empty text only.
  const test = (text) => text.trim() !== '' && (names ??= new RegExp(${JSON.stringify(source)}, 'i')).test(text);
  const hit = () => { done = true; observer?.disconnect(); globalThis.__benchGateHit = performance.now(); };
  const walk = () => {
    if (done) return;
    walker ??= document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    if (last && last.isConnected) walker.currentNode = last; else walker.currentNode = document;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { last = n; if (test(n.data)) return hit(); }
  };
  const frame = () => { walk(); if (!done && document.readyState === 'loading') requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  const parsed = () => {
    if (done || test(document.documentElement?.textContent ?? '')) return done || hit();
    observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') { if (test(r.target.data)) return hit(); continue; }
        for (const n of r.addedNodes) if ((n.nodeType === 1 || n.nodeType === 3) && test(n.nodeType === 3 ? n.data : n.textContent)) return hit();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', parsed, { once: true }); else parsed();
})();`;

/**
 * Writes one ablation extension (a name of ABLATIONS) into a temporary folder. `settingKeys` are the
 * storage keys of the settings (storage-settings reads those). Returns { dir, remove }.
 */
export function writeAblationExtension(name, { ours = EXTENSION_DIR, settingKeys = [] } = {}) {
  if (OURS_VARIANTS.includes(name)) return writeOursVariant(name, ours);
  const manifest = readManifest(ours);
  const dir = mkdtempSync(join(tmpdir(), `spoiler-shield-bench-${name}-`));
  const isolated = {
    'parse-only': () => `if (globalThis.__spoilerShieldBenchNever) {\n${readFileSync(join(ours, manifest.content_scripts[0].js[0]), 'utf8')}\n}`,
    'css-hold': () => RELEASE_AT_ONCE,
    'storage-all': () => STORAGE_ALL,
    'storage-settings': () => storageSettings(settingKeys),
    gate: () => gate(strictGateSource()),
    'gate-walk': () => gateWalk(strictGateSource()),
    'gate-walk-css': () => gateWalk(strictGateSource()),
  }[name];
  if (!isolated) throw new Error(`bench ablation: no variant called ${name} (${ABLATIONS.join(', ')})`);
  const contentScripts = manifest.content_scripts.map((entry, i) => {
    const file = `script-${i}.js`;
    const main = (entry.world ?? 'ISOLATED') === 'MAIN';
    writeFileSync(join(dir, file), main ? '// Does nothing.\n' : isolated());
    const placed = Object.fromEntries(['matches', 'all_frames', 'match_about_blank', 'run_at', 'world'].filter((k) => k in entry).map((k) => [k, entry[k]]));
    const css = !main && (name === 'css-hold' || name === 'gate-walk-css') ? { css: entry.css } : {};
    if (css.css) for (const f of entry.css) writeFileSync(join(dir, f.split('/').pop()), readFileSync(join(ours, f)));
    return { ...placed, js: [file], ...(css.css ? { css: entry.css.map((f) => f.split('/').pop()) } : {}) };
  });
  writeFileSync(join(dir, 'background.js'), '// Empty.\n');
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: `Spoiler Shield bench: ${name}`, version: '1.0.0', permissions: ['storage'], background: { service_worker: 'background.js' }, content_scripts: contentScripts }, null, 2),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
