// The packages that go to the stores, and the Firefox build, checked as the stores would get them.
// beforeAll runs `npm run build:firefox` (.output/firefox-mv3), `npm run zip` (the Chrome Web Store zip,
// built into .output/store-chrome-mv3) and `npm run zip:firefox` (the Firefox add-ons zip and the
// sources zip AMO asks for), then opens the zips with our own reader (tests/helpers/zip.ts, tested at the
// end of this file), so the test needs no unzip tool.
//
// Why: a package can be broken in ways the Chromium tests never see, because they load the development
// build. A manifest can name a file the zip does not hold, Firefox MV3 refuses a `service_worker`
// background and needs a gecko id, and the stores refuse the development `key`. Store builds go to their
// own folder so zipping never overwrites .output/chrome-mv3 (the build the other browser tests load,
// which must keep its key so the extension id is fixed); the last group checks that.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc32, parseZip, readZip, readZipEntries } from '../helpers/zip';
import { DEV_KEY } from '../../wxt.config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT = join(ROOT, '.output');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ZIPS = {
  chrome: join(OUTPUT, `${PACKAGE.name}-${PACKAGE.version}-chrome.zip`),
  firefox: join(OUTPUT, `${PACKAGE.name}-${PACKAGE.version}-firefox.zip`),
  sources: join(OUTPUT, `${PACKAGE.name}-${PACKAGE.version}-sources.zip`),
};
const STORE_DIRS = { chrome: join(OUTPUT, 'store-chrome-mv3'), firefox: join(OUTPUT, 'store-firefox-mv3') };
const FIREFOX_DIR = join(OUTPUT, 'firefox-mv3');
const DEV_MANIFEST = join(OUTPUT, 'chrome-mv3', 'manifest.json');

/** Each npm script gets this long; the three take about 10 s together on a two-core machine. */
const COMMAND_TIMEOUT = 120_000;
const ICON_SIZES = [16, 32, 48, 96, 128];
const LOCALES = ['en', 'es'];
const PERMISSIONS = ['storage', 'contextMenus', 'alarms'];

type Manifest = Record<string, any>;

let startedAt: number;
let devManifestHashBefore: string;
/** What the npm scripts printed, for the error message when one fails. */
const commandOutput: string[] = [];

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function run(script: string): void {
  try {
    const out = execFileSync('npm', ['run', script], {
      cwd: ROOT,
      timeout: COMMAND_TIMEOUT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    commandOutput.push(`$ npm run ${script}\n${out}`);
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm run ${script} failed: ${e.message}\n--- stdout\n${e.stdout ?? ''}\n--- stderr\n${e.stderr ?? ''}`);
  }
}

/** Every file a manifest points at, as paths relative to the extension's root (no leading slash). */
function referencedFiles(manifest: Manifest): string[] {
  const files: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') files.push(value.replace(/^\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(add); // icon maps, file lists
  };
  add(manifest.icons);
  add(manifest.action?.default_icon);
  add(manifest.action?.default_popup);
  add(manifest.options_ui?.page);
  add(manifest.options_page);
  add(manifest.background?.service_worker);
  add(manifest.background?.scripts);
  add(manifest.background?.page);
  for (const script of manifest.content_scripts ?? []) {
    add(script.js);
    add(script.css);
  }
  if (manifest.default_locale) add(`_locales/${manifest.default_locale}/messages.json`);
  return [...new Set(files)];
}

/** The `__MSG_name__` keys a manifest uses, anywhere in it. */
function messageKeys(manifest: Manifest): string[] {
  return [...new Set([...JSON.stringify(manifest).matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1]!))];
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
function pngSize(data: Buffer, name: string): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (data.length < 24 || !data.subarray(0, 8).equals(signature)) throw new Error(`${name} is not a PNG (bad signature)`);
  if (data.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${name}: the first chunk is not IHDR`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The locale files' checks, shared by the Firefox build and both zips. `read` gets a file's text or undefined. */
function checkLocales(manifest: Manifest, read: (path: string) => string | undefined, where: string) {
  expect(manifest.name).toBe('__MSG_extName__');
  expect(manifest.description).toBe('__MSG_extDescription__');
  expect(manifest.default_locale).toBe('en');
  const used = messageKeys(manifest);
  expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
  for (const locale of LOCALES) {
    const path = `_locales/${locale}/messages.json`;
    const text = read(path);
    expect(text, `${where} has no ${path}`).toBeDefined();
    const messages = JSON.parse(text!) as Record<string, { message?: unknown }>;
    for (const key of used) {
      expect(typeof messages[key]?.message, `${where}: ${path} lacks "${key}", which the manifest uses`).toBe('string');
      expect((messages[key]!.message as string).trim(), `${where}: ${path} has an empty "${key}"`).not.toBe('');
    }
  }
}

beforeAll(() => {
  if (!existsSync(DEV_MANIFEST)) {
    throw new Error(`No development build at ${DEV_MANIFEST}. Run \`npm run build\` (wxt build) first.`);
  }
  devManifestHashBefore = sha256(readFileSync(DEV_MANIFEST));
  // A second's slack: file times can lag the clock Date.now() reads by a few milliseconds.
  startedAt = Date.now() - 1000;
  run('build:firefox');
  run('zip');
  run('zip:firefox');
}, 3 * COMMAND_TIMEOUT + 30_000);

describe('the manifest checks themselves', () => {
  it('collect every file a manifest names and the message keys it uses', () => {
    const manifest = {
      icons: { 16: 'icon/16.png' },
      action: { default_icon: { 32: 'icon/32.png' }, default_popup: 'popup.html' },
      options_ui: { page: '/options.html' },
      background: { scripts: ['background.js'] },
      content_scripts: [{ js: ['a.js'], css: ['a.css'] }],
      default_locale: 'en',
      name: '__MSG_extName__',
      action_title: '__MSG_actionTitle__',
    };
    expect(referencedFiles(manifest).sort()).toEqual(
      ['_locales/en/messages.json', 'a.css', 'a.js', 'background.js', 'icon/16.png', 'icon/32.png', 'options.html', 'popup.html'],
    );
    expect(messageKeys(manifest).sort()).toEqual(['actionTitle', 'extName']);
    expect(() => pngSize(Buffer.from('GIF89a..................'), 'x.png')).toThrow(/not a PNG/);
  });
});

describe('the Firefox build (.output/firefox-mv3)', () => {
  let manifest: Manifest;
  beforeAll(() => {
    manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as Manifest;
  });

  it('was written by this run', () => {
    expect(statSync(join(FIREFOX_DIR, 'manifest.json')).mtimeMs).toBeGreaterThanOrEqual(startedAt);
  });

  it('is Manifest V3 with a gecko id and a minimum Firefox version that has MAIN-world content scripts', () => {
    expect(manifest.manifest_version).toBe(3);
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^(?:[\w.+-]+@[\w.-]+|\{[0-9a-f-]{36}\})$/i);
    expect(gecko?.strict_min_version).toMatch(/^\d+(?:\.\d+)*$/);
    // The shadow-root hook runs in the page's world, which Firefox supports from 128.
    if ((manifest.content_scripts as Manifest[]).some((c) => c.world === 'MAIN')) {
      expect(Number(gecko.strict_min_version.split('.')[0])).toBeGreaterThanOrEqual(128);
    }
  });

  it('starts its background from scripts (Firefox MV3 has no service_worker) that exist', () => {
    expect(manifest.background?.service_worker).toBeUndefined();
    const scripts = manifest.background?.scripts as string[];
    expect(Array.isArray(scripts) && scripts.length > 0, 'background.scripts is not a non-empty list').toBe(true);
    for (const script of scripts) expect(existsSync(join(FIREFOX_DIR, script)), `${script} missing`).toBe(true);
  });

  it('has no development key and asks only for storage and the context menu', () => {
    expect(manifest).not.toHaveProperty('key');
    expect(manifest.permissions).toEqual(PERMISSIONS);
  });

  it('names itself through __MSG_ keys, with English and Spanish messages that hold them', () => {
    checkLocales(manifest, (path) => (existsSync(join(FIREFOX_DIR, path)) ? readFileSync(join(FIREFOX_DIR, path), 'utf8') : undefined), 'firefox-mv3');
  });

  it('holds every file its manifest references', () => {
    const references = referencedFiles(manifest);
    expect(references).toEqual(expect.arrayContaining(['popup.html', 'options.html', 'background.js', 'gate.js']));
    expect(references.filter((file) => !existsSync(join(FIREFOX_DIR, file)))).toEqual([]);
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s store zip', (browser) => {
  let entries: Map<string, Buffer>;
  let manifest: Manifest;
  beforeAll(() => {
    entries = readZip(ZIPS[browser]);
    const text = entries.get('manifest.json');
    if (!text) throw new Error(`${ZIPS[browser]} has no manifest.json at its root (entries: ${[...entries.keys()].join(', ')})`);
    manifest = JSON.parse(text.toString('utf8')) as Manifest;
  });

  it('was written by this run and holds exactly the files of its store build', () => {
    expect(statSync(ZIPS[browser]).mtimeMs).toBeGreaterThanOrEqual(startedAt);
    const dir = STORE_DIRS[browser];
    const onDisk = listFiles(dir).map((path) => relative(dir, path).split('\\').join('/')).sort();
    const inZip = [...entries.keys()].filter((name) => !name.endsWith('/')).sort();
    expect(inZip).toEqual(onDisk);
    for (const name of inZip) expect(sha256(entries.get(name)!), `${name} differs from ${dir}`).toBe(sha256(readFileSync(join(dir, name))));
  });

  it(`has the package's version and the two permissions, and no development key`, () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(PACKAGE.version);
    expect(manifest.permissions).toEqual(PERMISSIONS);
    expect(manifest).not.toHaveProperty('key');
  });

  it('holds every file its manifest references', () => {
    const references = referencedFiles(manifest);
    expect(references.length).toBeGreaterThanOrEqual(10);
    expect(references.filter((file) => !entries.has(file))).toEqual([]);
  });

  it('carries the icons in 16, 32, 48, 96 and 128 as PNGs of those sizes', () => {
    for (const map of [manifest.icons, manifest.action?.default_icon] as Array<Record<string, string>>) {
      expect(Object.keys(map).map(Number).sort((a, b) => a - b)).toEqual(ICON_SIZES);
    }
    for (const size of ICON_SIZES) {
      for (const path of new Set([manifest.icons[String(size)] as string, manifest.action.default_icon[String(size)] as string])) {
        const png = entries.get(path);
        expect(png, `${path} is not in the zip`).toBeDefined();
        expect(pngSize(png!, path), path).toEqual({ width: size, height: size });
      }
    }
  });

  it('has both locales, with the name and description the manifest asks for', () => {
    checkLocales(manifest, (path) => entries.get(path)?.toString('utf8'), `${browser} zip`);
  });

  if (browser === 'chrome') {
    it('is a Chrome manifest: a service worker, no Firefox settings', () => {
      expect(manifest).not.toHaveProperty('browser_specific_settings');
      expect(typeof manifest.background?.service_worker).toBe('string');
      expect(manifest.background).not.toHaveProperty('scripts');
      expect(entries.has(manifest.background.service_worker)).toBe(true);
    });
  } else {
    it('is a Firefox manifest: gecko settings and background scripts', () => {
      expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
      expect(manifest.browser_specific_settings?.gecko?.strict_min_version).toMatch(/^\d+/);
      expect(manifest.background).not.toHaveProperty('service_worker');
      expect((manifest.background?.scripts as string[]).length).toBeGreaterThan(0);
    });
  }
});

describe('the sources zip (for Firefox add-on review)', () => {
  let names: string[];
  beforeAll(() => {
    names = [...readZip(ZIPS.sources).keys()];
  });

  it('was written by this run and holds package.json and wxt.config.ts at its root', () => {
    expect(statSync(ZIPS.sources).mtimeMs).toBeGreaterThanOrEqual(startedAt);
    expect(names).toEqual(expect.arrayContaining(['package.json', 'wxt.config.ts']));
    // The reviewer rebuilds from these; the entry points must be there too.
    expect(names).toEqual(expect.arrayContaining(['entrypoints/background.ts', 'public/_locales/en/messages.json']));
  });

  it('holds no node_modules and no build output', () => {
    expect(names.filter((name) => /(?:^|\/)node_modules\//.test(name))).toEqual([]);
    expect(names.filter((name) => /(?:^|\/)\.output\//.test(name))).toEqual([]);
  });
});

describe('the development build after zipping', () => {
  it('still has its key: .output/chrome-mv3/manifest.json is the one from before', () => {
    const bytes = readFileSync(DEV_MANIFEST);
    expect(JSON.parse(bytes.toString('utf8')).key).toBe(DEV_KEY);
    expect(sha256(bytes), 'zipping changed .output/chrome-mv3/manifest.json').toBe(devManifestHashBefore);
  });
});

// ---- The ZIP reader (tests/helpers/zip.ts) -----------------------------------------------------------

interface WriterEntry {
  name: string;
  data: Buffer;
  method: number;
  /** Sizes and CRC left zero in the local header and written in a data descriptor, as streaming writers do. */
  dataDescriptor?: boolean;
  encrypted?: boolean;
  /** Store this CRC instead of the right one. */
  crc?: number;
}

/** A minimal ZIP writer, enough to make archives the reader must accept or refuse. */
function writeZip(entries: WriterEntry[], comment = ''): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.method === 8 ? deflateRawSync(entry.data) : entry.data;
    const crc = entry.crc ?? crc32(entry.data);
    const flags = 0x0800 | (entry.dataDescriptor ? 0x0008 : 0) | (entry.encrypted ? 0x0001 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    if (!entry.dataDescriptor) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(entry.data.length, 22);
    }
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const pieces = [local, name, body];
    if (entry.dataDescriptor) {
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(entry.data.length, 12);
      pieces.push(descriptor);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(...pieces);
    offset += pieces.reduce((sum, piece) => sum + piece.length, 0);
  }
  const centralBytes = Buffer.concat(central);
  const commentBytes = Buffer.from(comment, 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(commentBytes.length, 20);
  return Buffer.concat([...parts, centralBytes, end, commentBytes]);
}

describe('the ZIP reader (tests/helpers/zip.ts)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'spoiler-shield-zip-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const text = Buffer.from('Prison Cell 211, episode 3. '.repeat(200), 'utf8');
  const noise = randomBytes(4096);
  const nested = Buffer.from(JSON.stringify({ watchedEpisode: { 'prison-cell-211': 2 } }), 'utf8');
  const hasZipCli = spawnSync('which', ['zip'], { encoding: 'utf8' }).status === 0;

  it('computes the standard CRC-32 check value', () => {
    expect(crc32(Buffer.from('123456789', 'ascii'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it(`reads back stored and deflated entries of an archive made by ${hasZipCli ? 'the zip command' : 'the writer in this file (no zip command here)'}`, () => {
    const archive = join(scratch, 'made.zip');
    if (hasZipCli) {
      const src = join(scratch, 'src');
      mkdirSync(join(src, 'sub', 'dir'), { recursive: true });
      writeFileSync(join(src, 'noise.bin'), noise);
      writeFileSync(join(src, 'text.txt'), text);
      writeFileSync(join(src, 'empty.txt'), '');
      writeFileSync(join(src, 'sub', 'dir', 'nested.json'), nested);
      // -0 stores, -9 deflates; -X leaves out extra attributes, -D directory entries are kept (default).
      execFileSync('zip', ['-q', '-X', '-0', archive, 'noise.bin'], { cwd: src });
      execFileSync('zip', ['-q', '-X', '-9', '-r', archive, 'text.txt', 'empty.txt', 'sub'], { cwd: src });
    } else {
      writeFileSync(archive, writeZip([
        { name: 'noise.bin', data: noise, method: 0 },
        { name: 'text.txt', data: text, method: 8 },
        { name: 'empty.txt', data: Buffer.alloc(0), method: 0 },
        { name: 'sub/', data: Buffer.alloc(0), method: 0 },
        { name: 'sub/dir/', data: Buffer.alloc(0), method: 0 },
        { name: 'sub/dir/nested.json', data: nested, method: 8 },
      ]));
    }
    const files = readZip(archive);
    expect([...files.keys()].sort()).toEqual(['empty.txt', 'noise.bin', 'sub/', 'sub/dir/', 'sub/dir/nested.json', 'text.txt']);
    expect(files.get('noise.bin')!.equals(noise)).toBe(true);
    expect(files.get('text.txt')!.equals(text)).toBe(true);
    expect(files.get('empty.txt')!.length).toBe(0);
    expect(files.get('sub/dir/nested.json')!.equals(nested)).toBe(true);
    const methods = Object.fromEntries(readZipEntries(archive).map((e) => [e.name, e.method]));
    expect(methods['noise.bin']).toBe(0);
    expect(methods['text.txt']).toBe(8);
  });

  it('reads UTF-8 names, data descriptors and an archive comment', () => {
    const archive = join(scratch, 'streamed.zip');
    writeFileSync(archive, writeZip([
      { name: 'episodio-3-revelación.txt', data: text, method: 8, dataDescriptor: true },
      { name: 'noise.bin', data: noise, method: 0, dataDescriptor: true },
    ], 'a comment that holds PK\u0005\u0006 like a signature'));
    const files = readZip(archive);
    expect([...files.keys()]).toEqual(['episodio-3-revelación.txt', 'noise.bin']);
    expect(files.get('episodio-3-revelación.txt')!.equals(text)).toBe(true);
    expect(files.get('noise.bin')!.equals(noise)).toBe(true);
  });

  it('refuses what it cannot read, with an error that says why', () => {
    const zipOf = (entry: Partial<WriterEntry>) => writeZip([{ name: 'x.bin', data: text, method: 0, ...entry }]);
    expect(() => parseZip(zipOf({ method: 12 }), 'bz.zip')).toThrow(/bz\.zip: entry "x\.bin" uses compression method 12 \(bzip2\); only 0 \(stored\) and 8 \(deflated\)/);
    expect(() => parseZip(zipOf({ method: 8, encrypted: true }))).toThrow(/"x\.bin" is encrypted/);
    expect(() => parseZip(zipOf({ method: 8, crc: 0x12345678 }))).toThrow(/"x\.bin" fails its CRC-32 check/);
    expect(() => parseZip(Buffer.from('not a zip at all, just some text that is long enough'))).toThrow(/not a ZIP file \(no End Of Central Directory record/);
    expect(() => parseZip(Buffer.from('PK'))).toThrow(/not a ZIP file/);
    const whole = zipOf({ method: 8 });
    // Cut the data short but keep the directory and end record, whose offsets now point past the data.
    const truncated = Buffer.concat([whole.subarray(0, 60), whole.subarray(whole.length - 22 - 46 - 5)]);
    expect(() => parseZip(truncated)).toThrow(/central directory|local header|truncated/);
    expect(() => readZip(join(scratch, 'missing.zip'))).toThrow(/ENOENT/);
  });
});
