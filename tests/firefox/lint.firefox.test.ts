// `web-ext lint` on the Firefox build and on the store package: addons-linter, the linter web-ext runs and
// addons.mozilla.org runs on every upload, must find no error, no warning and no notice. The minimum
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

describe('web-ext lint (addons-linter)', () => {
  it('finds nothing in the Firefox build (.output/firefox-mv3)', async () => {
    expect(await lint(join(ROOT, '.output', 'firefox-mv3'))).toEqual({ errors: [], warnings: [], notices: [] });
  });

  it('finds nothing in the store package', async () => {
    const zip = join(ROOT, '.output', `${PACKAGE.name}-${PACKAGE.version}-firefox.zip`);
    expect(await lint(zip)).toEqual({ errors: [], warnings: [], notices: [] });
  });
});
