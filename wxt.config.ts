import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { gateSources, type PackWords } from './src/content/gate-words';

/** The gate's words (src/content/gate.ts), from every shipped show pack in data/. */
function builtGateSources() {
  const packs = readdirSync('data')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as PackWords);
  return gateSources(packs);
}

/**
 * The content scripts. Only the gate (gate.js, 2 KB) runs in every frame; it loads the shield (shield.js) with
 * import() into a frame that names a followed show, so shield.js must be web-accessible (issue 14). The gate is
 * an unlisted script listed here by hand: a WXT content script would build a context per frame it never uses.
 */
const GATE_SCRIPT = {
  matches: ['<all_urls>'],
  all_frames: true,
  match_about_blank: true,
  run_at: 'document_start' as const,
  css: ['content-scripts/content.css'],
  js: ['gate.js'],
};

/**
 * The public half of a key made for development only: Chromium derives the extension's id from it, so
 * the id is the same on every machine (kbdibklgpkanabcomnihnbnakhabgcgj). Store packages leave it out
 * (`npm run zip` sets SPOILER_SHIELD_STORE=1): the Chrome Web Store assigns its own id and refuses a
 * manifest key, and Firefox has no use for it.
 */
export const DEV_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA03wKAUPnye8mUBXKZ0JSilV0LLZwCKahfg5tlmEVdHu5PJRxtzZjSkeFpaINMysOWFfL6OcJ0V5a3evqUvzdIY50PnOpKgXD5nJvxrJf8R5sKNK4JwuEbwoXViVFdcEd98AJsk4gW+gMp8NpdP6g6Zxk7t6wduQBVG/Xuia59UmjkN/9e1HZYwpk0dznTF8JrijFoxmN98qajMK/s2aKdPcKat09T/Tuma7WjTyzFg7rzOxNAGYJqO0EEDygZErFdEYPTJ2h+6Pd6z+yDSqrZjhkCncMo+vRll2rWI38CO7FAH9Sh9XuhKdjTT8U/4Ud24tloHyVWOguD1Rj3uGplQIDAQAB';

// Manifest and build settings. Entry points live in entrypoints/, logic in src/.
export default defineConfig({
  manifestVersion: 3,
  // Store builds go to their own folder, so that zipping never replaces the development build (with its key).
  outDirTemplate: process.env.SPOILER_SHIELD_STORE ? 'store-{{browser}}-mv{{manifestVersion}}' : '{{browser}}-mv{{manifestVersion}}',
  // The sources zip AMO asks for: what builds the extension, not the tests, their fixtures or results.
  zip: { excludeSources: ['bench-results/**', 'test-results/**', 'tests/**', 'docs/**'] },
  // SPOILER_SHIELD_NO_MINIFY=1 keeps function names readable in CPU profiles of the content script.
  vite: () => ({
    build: { minify: process.env.SPOILER_SHIELD_NO_MINIFY ? false : undefined },
    define: { __SPOILER_SHIELD_GATE__: JSON.stringify(builtGateSources()) },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      manifest.content_scripts = [GATE_SCRIPT, ...(manifest.content_scripts ?? [])];
      // Chromium: reachable only at a URL that changes every session (runtime.getURL gives it), so a page
      // cannot tell from it that the extension is installed. Firefox's extension URLs differ per install.
      const dynamic = wxt.config.browser === 'firefox' ? {} : { use_dynamic_url: true };
      manifest.web_accessible_resources = [{ resources: ['shield.js'], matches: ['<all_urls>'], ...dynamic }];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the settings (storage.sync needs no more). contextMenus: "Hide this as a spoiler", "Turn
    // off/on on this site" and the pauses. alarms: a pause ends by itself.
    // Content scripts need no permission to run on pages, and the active tab is reached without
    // `tabs` (see the README's Permissions table).
    permissions: ['storage', 'contextMenus', 'alarms'],
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`])),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the oldest Firefox the tests run (ESR 140, the first with ::highlight(); 128-139 untested), and
            // the first that knows data_collection_permissions. Android: 142 for data_collection_permissions
            // (web-ext lint). Nothing is collected.
            gecko: { id: 'spoiler-shield@spoiler-shield.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : process.env.SPOILER_SHIELD_STORE
        ? {}
        : { key: DEV_KEY }),
  }),
});
