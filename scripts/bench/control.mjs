// The do-nothing control extension for the ordinary-pages tier (issue 14): an MV3 extension whose
// content scripts are injected exactly where ours are — the same matches, all_frames,
// match_about_blank, run_at and world, read from the build's manifest — but do nothing. What it costs
// is what any extension with a content script in every frame costs; the target is ours minus that.
// It has an empty service worker too, so that it is launched and found the way ours is.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../extension-browser.mjs';

/** The keys of a content_scripts entry that say where and when it runs (not what it runs). */
const PLACEMENT = ['matches', 'exclude_matches', 'include_globs', 'exclude_globs', 'all_frames', 'match_about_blank', 'match_origin_as_fallback', 'run_at', 'world'];

/** The build's manifest (after `npm run build`). */
export function readManifest(dir = EXTENSION_DIR) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/**
 * What a page loads from an extension's manifest in each frame it matches: every content script's
 * JavaScript and CSS files with their sizes. `bytes` is the JavaScript parsed per frame.
 */
export function injectedFiles(dir = EXTENSION_DIR) {
  const files = [];
  for (const entry of readManifest(dir).content_scripts ?? []) {
    for (const kind of ['js', 'css']) {
      for (const file of entry[kind] ?? []) files.push({ file, kind, world: entry.world ?? 'ISOLATED', bytes: statSync(join(dir, file)).size });
    }
  }
  const js = files.filter((f) => f.kind === 'js');
  return { files, bytes: js.reduce((sum, f) => sum + f.bytes, 0), cssBytes: files.filter((f) => f.kind === 'css').reduce((sum, f) => sum + f.bytes, 0) };
}

/**
 * Writes the control extension into a new temporary folder and returns its path and a remover.
 * Each of our content_scripts entries becomes one with the same placement and an empty script.
 */
export function writeControlExtension(ours = EXTENSION_DIR) {
  const manifest = readManifest(ours);
  const dir = mkdtempSync(join(tmpdir(), 'spoiler-shield-bench-control-'));
  const contentScripts = (manifest.content_scripts ?? []).map((entry, i) => {
    const file = `noop-${i}.js`;
    writeFileSync(join(dir, file), '// Does nothing: the bench\'s control (scripts/bench/control.mjs).\n');
    const placed = Object.fromEntries(PLACEMENT.filter((k) => k in entry).map((k) => [k, entry[k]]));
    return { ...placed, js: [file] };
  });
  if (contentScripts.length === 0) throw new Error(`bench control: ${ours}/manifest.json has no content_scripts`);
  writeFileSync(join(dir, 'background.js'), '// Empty: only there so the control is launched and found like the shield.\n');
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify(
      {
        manifest_version: 3,
        name: 'Spoiler Shield bench control (does nothing)',
        version: '1.0.0',
        background: { service_worker: 'background.js' },
        content_scripts: contentScripts,
      },
      null,
      2,
    ),
  );
  return { dir, contentScripts, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
