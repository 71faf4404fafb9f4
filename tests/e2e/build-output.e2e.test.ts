// What the built extension (.output/chrome-mv3, made by `npm run build`) may do, checked on the files a
// user would load: it loads no code from the network, builds no code from strings, and asks for no more
// permissions than it has today. Issue 7, part 5.
//
// What counts. A URL string alone loads nothing: bundled libraries carry URLs in error messages
// (wxt's storage points at its docs). Code comes from the network only through a call that fetches or
// imports, an element whose src/href the browser loads, or a manifest entry. So the checks are: no such
// call except the ones listed below with the reason they are safe; HTML and CSS load only the
// extension's own files; the manifest names no remote source; and the few URL hosts that do appear as
// text are pinned, so a new one gets a look. The manifest is pinned as a whole: widening it must be a
// deliberate change to this file, said so in the commit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EXTENSION_DIR } from '../../scripts/extension-browser.mjs';
import { DEV_KEY } from '../../wxt.config';

const UPDATE_THE_PIN =
  'If this change is deliberate, update the pin in tests/e2e/build-output.e2e.test.ts and say why in the commit ' +
  '(and in the README\'s Permissions table).';

/** The manifest as it is today. Every key, so that any addition (web_accessible_resources, a CSP…) is seen. */
const PINNED_MANIFEST_KEYS = [
  'action', 'background', 'content_scripts', 'default_locale', 'description', 'icons', 'key', 'manifest_version', 'name',
  'options_ui', 'permissions', 'version', 'web_accessible_resources',
];
/**
 * storage: the settings; contextMenus: "Hide this as a spoiler" and "Turn off/on on this site" (issue 6),
 * and the pauses; alarms: a pause ends by itself (issue 16).
 */
const PINNED_PERMISSIONS = ['storage', 'contextMenus', 'alarms'];
/**
 * Every content script, as the manifest lists it. A script in the page's own ("MAIN") world shares the
 * page's globals, so the page can see and tamper with it: only the page-world hook runs there, and it
 * carries nothing (src/shield/shadow-hook.ts and tamper-hook.ts: it wraps attachShadow, the highlight
 * registry's changes and the adoptedStyleSheets setters to dispatch empty events).
 */
const PINNED_CONTENT_SCRIPTS: Array<Record<string, unknown>> = [
  {
    matches: ['<all_urls>'],
    all_frames: true,
    match_about_blank: true,
    run_at: 'document_start',
    css: ['content-scripts/content.css'],
    // The gate (issue 14): it loads shield.js into a frame that names a followed show.
    js: ['gate.js'],
  },
  {
    matches: ['<all_urls>'],
    all_frames: true,
    match_about_blank: true,
    run_at: 'document_start',
    js: ['content-scripts/shadow-hook.js'],
    world: 'MAIN',
  },
];
/** Keys that would widen what the extension can reach or who can reach it; none may appear. */
const WIDENING_KEYS = [
  'host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_security_policy',
  'externally_connectable', 'sandbox', 'update_url', 'declarative_net_request',
  'chrome_url_overrides', 'devtools_page', 'options_page', 'side_panel', 'oauth2',
];
/**
 * Keys that are there on purpose and pinned by value: the options page (an extension page of our own,
 * checked below like the popup), and the development key, the public half of a key pair that makes the
 * unpacked extension's id the same on every machine (store packages leave it out: packages.e2e.test.ts).
 */
const PINNED_VALUES: Record<string, unknown> = {
  options_ui: { open_in_tab: true, page: 'options.html' },
  // Only the shield, which the gate imports into the frames that name a followed show (issue 14), and in
  // Chromium only at a URL that changes every session, so a page cannot probe for the extension with it.
  web_accessible_resources: [{ resources: ['shield.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
  default_locale: 'en',
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
};

/** File types the build may hold. A new one (.wasm, say) is code or data that needs a look first. */
const PINNED_FILE_TYPES = ['.css', '.html', '.js', '.json', '.png', '.svg'];

/** Hosts that may appear in the bundle's text, with where they come from. None is ever loaded (see above). */
const INERT_URL_HOSTS: Record<string, string> = {
  'github.com': "wxt's storage error message links wxt-dev/wxt issue 371",
  'wxt.dev': "wxt's storage error message links its testing guide",
};

/**
 * Calls that can fetch or run code, with the ones that are allowed and why. `context` must occur within
 * 600 characters before the call, so each exception is tied to the code it is about.
 */
const NETWORK_CALLS = [
  { name: 'fetch()', pattern: /(?<![\w$.])fetch\s*\(/g },
  { name: 'importScripts()', pattern: /\bimportScripts\s*\(/g },
  { name: 'dynamic import()', pattern: /(?<![\w$.])import\s*\(/g },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  { name: 'sendBeacon()', pattern: /\bsendBeacon\s*\(/g },
  { name: 'new Worker()', pattern: /\bnew\s+(?:Shared)?Worker\s*\(/g },
  { name: 'a script element made in code', pattern: /createElement\s*\(\s*[`'"]script[`'"]\s*\)/g },
  { name: 'chrome.scripting / tabs.executeScript()', pattern: /\b(?:executeScript|registerContentScripts)\s*\(/g },
];
const ALLOWED_NETWORK_CALLS: Array<{ call: string; context: string; after?: string; why: string }> = [
  {
    call: 'dynamic import()',
    context: 'shadowRootEvent',
    after: 'runtime.getURL(`/shield.js`)',
    why: "The gate imports the extension's own shield.js (runtime.getURL) into a frame that names a followed show (issue 14).",
  },
  {
    call: 'fetch()',
    context: 'modulepreload',
    why:
      "Vite's modulepreload polyfill in the popup: it fetches the href of <link rel=modulepreload> elements, " +
      'which are the extension\'s own chunks (popup.html is checked to load only local files).',
  },
];

/** Code built from strings. */
const CODE_FROM_STRINGS = [
  // Any use of the global eval, direct or indirect ("(0, eval)(s)"); a key named eval (the polyfill's
  // table of API signatures has `eval: { minArgs: 1 }`) is not one.
  { name: 'eval', pattern: /(?<![\w$.])eval(?![\w$])(?!\s*:)/g },
  { name: 'new Function()', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'Function() called with a string', pattern: /(?<![\w$.])Function\s*\(\s*[`'"]/g },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/g },
];

interface BuiltFile {
  path: string;
  text: string;
}

let manifest: Record<string, unknown>;
let files: BuiltFile[];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const ofType = (...types: string[]) => files.filter((f) => types.includes(extname(f.path)));

/** `text` around `index`, on one line, for messages. */
function around(text: string, index: number, before = 60, after = 60): string {
  return text.slice(Math.max(0, index - before), index + after).replace(/\s+/g, ' ');
}

/** Uses of eval, Function and string timers in scripts and pages. */
function codeFromStrings(built: BuiltFile[]): string[] {
  const found: string[] = [];
  for (const file of built.filter((f) => ['.js', '.html'].includes(extname(f.path)))) {
    for (const { name, pattern } of CODE_FROM_STRINGS) {
      for (const m of file.text.matchAll(pattern)) found.push(`${file.path}: ${name} in "${around(file.text, m.index)}"`);
    }
  }
  return found;
}

/** Calls that can fetch or run code and are not in ALLOWED_NETWORK_CALLS; `allowed` counts the listed ones met. */
function networkCalls(built: BuiltFile[]): { unexplained: string[]; allowed: number } {
  const unexplained: string[] = [];
  let allowed = 0;
  for (const file of built.filter((f) => ['.js', '.html'].includes(extname(f.path)))) {
    for (const { name, pattern } of NETWORK_CALLS) {
      for (const m of file.text.matchAll(pattern)) {
        const before = file.text.slice(Math.max(0, m.index - 600), m.index);
        const after = file.text.slice(m.index, m.index + 100);
        if (ALLOWED_NETWORK_CALLS.some((a) => a.call === name && before.includes(a.context) && (!a.after || after.includes(a.after)))) allowed++;
        else unexplained.push(`${file.path}: ${name} in "${around(file.text, m.index)}"`);
      }
    }
  }
  return { unexplained, allowed };
}

/** What HTML and CSS load: anything not a file of the build is listed in `remote`. */
function markupLoads(built: BuiltFile[]): { remote: string[]; local: string[] } {
  const remote: string[] = [];
  const local: string[] = [];
  const isRemote = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
  for (const file of built.filter((f) => extname(f.path) === '.html')) {
    for (const m of file.text.matchAll(/<(script|link|img|iframe|embed|object|source|audio|video|base|form|meta)\b[^>]*>/gi)) {
      const tag = m[0];
      if (/^<script\b/i.test(tag) && !/\bsrc\s*=/i.test(tag)) remote.push(`${file.path}: an inline <script> (${tag})`);
      if (/^<meta\b/i.test(tag) && /http-equiv\s*=\s*["']?refresh/i.test(tag)) remote.push(`${file.path}: ${tag}`);
      for (const a of tag.matchAll(/\b(src|href|data|action|srcset)\s*=\s*["']?([^"'\s>]+)/gi)) {
        if (isRemote(a[2]!)) remote.push(`${file.path}: ${tag}`);
        else local.push(a[2]!);
      }
    }
  }
  for (const file of built.filter((f) => extname(f.path) === '.css')) {
    for (const m of file.text.matchAll(/@import\b|url\(\s*["']?([^"')]*)/gi)) {
      const target = m[1] ?? '';
      if (m[0].startsWith('@import') || (isRemote(target) && !target.startsWith('data:'))) {
        remote.push(`${file.path}: ${around(file.text, m.index, 0, 80)}`);
      }
    }
  }
  return { remote, local };
}

/** Hosts of the URLs in the build that INERT_URL_HOSTS does not list, each with where it was first seen. */
function unknownUrlHosts(built: BuiltFile[]): string[] {
  const hosts = new Map<string, string>();
  for (const file of built) {
    for (const m of file.text.matchAll(/\b(?:https?|wss?|ftp):\/\/([a-z0-9.-]+)/gi)) {
      const host = m[1]!.toLowerCase();
      // Namespace identifiers (SVG, XHTML) name a namespace; nothing is fetched from them.
      if (host === 'www.w3.org') continue;
      if (!hosts.has(host)) hosts.set(host, `${file.path}: "${around(file.text, m.index, 40, 80)}"`);
    }
  }
  return [...hosts].filter(([host]) => !(host in INERT_URL_HOSTS)).map(([, where]) => where);
}

/** Source maps the browser would fetch from elsewhere. */
function remoteSourceMaps(built: BuiltFile[]): string[] {
  return built
    .filter((f) => ['.js', '.css'].includes(extname(f.path)))
    .flatMap((f) => [...f.text.matchAll(/sourceMappingURL=(\S+)/g)].map((m) => `${f.path}: ${m[1]}`))
    .filter((line) => /: [a-z]+:/i.test(line) && !/: data:/.test(line));
}

beforeAll(() => {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION_DIR}. Run \`npm run build\` (wxt build) first.`);
  }
  files = listFiles(EXTENSION_DIR).map((path) => ({
    path: relative(EXTENSION_DIR, path),
    text: ['.png'].includes(extname(path)) ? '' : readFileSync(path, 'utf8'),
  }));
  manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
});

describe('the manifest keeps its minimal permissions (pinned)', () => {
  it('has exactly the keys it has today', () => {
    const keys = Object.keys(manifest).sort();
    const added = keys.filter((k) => !PINNED_MANIFEST_KEYS.includes(k));
    const removed = PINNED_MANIFEST_KEYS.filter((k) => !keys.includes(k));
    expect({ added, removed }, `The manifest's keys changed. ${UPDATE_THE_PIN}`).toEqual({ added: [], removed: [] });
  });

  it('is Manifest V3 and asks only for storage and the context menu', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions, `The permissions changed. ${UPDATE_THE_PIN}`).toEqual(PINNED_PERMISSIONS);
  });

  it('holds the pinned options page, locale and names, and the development key that fixes the id', () => {
    for (const [key, value] of Object.entries(PINNED_VALUES)) expect(manifest[key], `${key}. ${UPDATE_THE_PIN}`).toEqual(value);
    expect(existsSync(join(EXTENSION_DIR, 'options.html'))).toBe(true);
    expect(manifest.key).toBe(DEV_KEY);
    // Chromium's id is the first 128 bits of the key's SHA-256, written with the letters a to p.
    const hash = createHash('sha256').update(Buffer.from(DEV_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hash].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')).toBe('kbdibklgpkanabcomnihnbnakhabgcgj');
  });

  it('has no host permissions, no loosened CSP and nothing else that widens what it reaches', () => {
    const present = WIDENING_KEYS.filter((k) => k in manifest);
    expect(present, `The manifest widens the extension with ${present.join(', ')}. ${UPDATE_THE_PIN}`).toEqual([]);
  });

  it('runs its content scripts on all pages from its own files, exactly as pinned', () => {
    const scripts = manifest.content_scripts as Array<Record<string, unknown>>;
    const worlds = scripts.map((c) => `${(c.js as string[] | undefined)?.join(',')}: ${c.world ?? 'ISOLATED'}`);
    expect(scripts, `The content scripts changed (${worlds.join('; ')}). ${UPDATE_THE_PIN}`).toEqual(PINNED_CONTENT_SCRIPTS);
    for (const script of scripts) {
      for (const file of [...((script.js as string[]) ?? []), ...((script.css as string[]) ?? [])]) {
        expect(existsSync(join(EXTENSION_DIR, file)), `${file} is listed in the manifest but not built`).toBe(true);
      }
    }
  });

  it('has a local service worker and a local popup', () => {
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect((manifest.action as Record<string, unknown>).default_popup).toBe('popup.html');
    expect(existsSync(join(EXTENSION_DIR, 'background.js'))).toBe(true);
    expect(existsSync(join(EXTENSION_DIR, 'popup.html'))).toBe(true);
  });

  it('names no remote address anywhere', () => {
    expect(JSON.stringify(manifest)).not.toMatch(/(?:https?|wss?|ftp):\/\//i);
  });
});

describe('no code from the network and no code from strings', () => {
  it('holds only the file types it holds today', () => {
    const types = [...new Set(files.map((f) => extname(f.path)))].sort();
    const unexpected = types.filter((t) => !PINNED_FILE_TYPES.includes(t));
    expect(unexpected, `New kinds of file in the build: ${unexpected.join(', ')}. ${UPDATE_THE_PIN}`).toEqual([]);
    expect(ofType('.js').length).toBeGreaterThanOrEqual(3); // content script, service worker, popup
  });

  it('never builds code from a string (eval, new Function, string timers)', () => {
    expect(codeFromStrings(files)).toEqual([]);
  });

  it('makes no call that fetches or runs code, except the ones listed with their reason', () => {
    const { unexplained, allowed } = networkCalls(files);
    expect(
      unexplained,
      'A new call that can load something from the network. If it never loads remote code, add it to ' +
        'ALLOWED_NETWORK_CALLS with the reason.',
    ).toEqual([]);
    // The scan looks at real code: the one known call (the popup's modulepreload polyfill) is found.
    expect(allowed).toBeGreaterThanOrEqual(1);
  });

  it('loads only its own files from HTML and CSS', () => {
    const { remote, local } = markupLoads(files);
    expect(remote).toEqual([]);
    // popup.html loads its script and its stylesheet, and both are files of the build.
    expect(local.length).toBeGreaterThanOrEqual(2);
    for (const url of local) expect(existsSync(join(EXTENSION_DIR, url.replace(/^\//, ''))), `${url} missing`).toBe(true);
  });

  it('carries remote URLs only as text, from the hosts pinned above', () => {
    expect(
      unknownUrlHosts(files),
      'A URL to a new host is in the build. Check that nothing loads it, then add its host to INERT_URL_HOSTS.',
    ).toEqual([]);
  });

  it('refers to no source map on the network', () => {
    expect(remoteSourceMaps(files)).toEqual([]);
  });

  it('would catch remote code if it were there (the checks above on planted files)', () => {
    const planted: BuiltFile[] = [
      { path: 'a.js', text: 'let f=(0,eval)(s);let g=new Function("return 1");setTimeout("run()",5);window.eval(x)' },
      { path: 'b.js', text: 'importScripts("https://cdn.example.net/x.js");await import(u);fetch(`https://api.example.net`)' },
      { path: 'c.js', text: 'const s=document.createElement("script");navigator.sendBeacon("https://t.example.net",d)' },
      { path: 'd.html', text: '<script src="https://cdn.example.net/lib.js"></script><script>inline()</script><link href="//x.example.net/a.css">' },
      { path: 'e.css', text: '@import "x.css"; a { background: url(https://img.example.net/a.png) }' },
      { path: 'f.js', text: '//# sourceMappingURL=https://maps.example.net/f.js.map' },
    ];
    expect(codeFromStrings(planted)).toHaveLength(4);
    expect(networkCalls(planted).unexplained).toHaveLength(5);
    expect(markupLoads(planted).remote).toHaveLength(5);
    // One line per new host: cdn (b.js, again in d.html), api, t, img and maps.
    expect(unknownUrlHosts(planted).map((w) => w.split(':')[0])).toEqual(['b.js', 'b.js', 'c.js', 'e.css', 'f.js']);
    expect(remoteSourceMaps(planted)).toHaveLength(1);
  });
});
