// `web-ext lint` on the Firefox build and on the store package: addons-linter, the linter web-ext runs and
// addons.mozilla.org runs on every upload, must find no error, no notice, and no warning but one (GATE_IMPORT). The minimum
// versions in wxt.config.ts are what keep it quiet: data_collection_permissions needs 140 on desktop and
// 142 on Android. This file needs no browser; scripts/firefox-tier.mjs runs it once, not once per ESR.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error addons-linter ships no types.
import linter from 'addons-linter';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

interface Message {
  code: string;
  message: string;
  file?: string;
}

async function lint(path: string): Promise<Record<'errors' | 'warnings' | 'notices', string[]>> {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:firefox\` and \`npm run zip:firefox\` first.`);
  const instance = linter.createInstance({
    config: { _: [path], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
    runAsBinary: false,
  });
  const result = (await instance.run()) as Record<'errors' | 'warnings' | 'notices', Message[]>;
  const show = (list: Message[]) => list.map((m) => `${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
  return { errors: show(result.errors), warnings: show(result.warnings), notices: show(result.notices) };
}

/**
 * The one warning we accept, and only in gate.js: the gate imports our own web-accessible shield with
 * `import(browser.runtime.getURL('/shield.js'))` (issue 14), and the linter's no-unsanitized rule flags any
 * import() whose argument is not a literal. A literal does not work: Firefox resolves `import('/shield.js')`
 * in a content script against the page, not the extension (tried on ESR 153: the shield never starts), and
 * refuses anything that is not a web-accessible file of the extension. Firefox's own tests import this way
 * (toolkit/components/extensions/test/xpcshell/test_ext_contentscript_module_import.js).
 */
const GATE_IMPORT = 'UNSAFE_VAR_ASSIGNMENT: Unsafe call to import for argument 0 (gate.js)';

describe('web-ext lint (addons-linter)', () => {
  it('finds nothing in the Firefox build (.output/firefox-mv3) but the gate importing the shield', async () => {
    expect(await lint(join(ROOT, '.output', 'firefox-mv3'))).toEqual({ errors: [], warnings: [GATE_IMPORT], notices: [] });
  });

  it('finds nothing in the store package but the gate importing the shield', async () => {
    const zip = join(ROOT, '.output', `${PACKAGE.name}-${PACKAGE.version}-firefox.zip`);
    expect(await lint(zip)).toEqual({ errors: [], warnings: [GATE_IMPORT], notices: [] });
  });
});
