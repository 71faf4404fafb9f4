// The Firefox tier of `npm test`: builds the Firefox extension and its store zip, then runs the Firefox
// tests (vitest.firefox.config.ts) on Debian's current Firefox ESR and again on ESR 140, one after the
// other, and prints how long each took. A browser that is missing or cannot start fails the run: the
// tests throw, they never skip. `web-ext lint` needs no browser and runs in the first pass only.
//
//   FIREFOX_PATH          the current ESR (default /usr/lib/firefox-esr/firefox-esr, `apt-get install firefox-esr`)
//   FIREFOX_ESR140_PATH   ESR 140 (default: where scripts/fetch-firefox-esr140.sh unpacks it)
//   node scripts/firefox-tier.mjs [vitest filters...]   e.g. `shield` to run one file on both ESRs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_FIREFOX, ESR140_FIREFOX, firefoxVersion } from './firefox-browser.mjs';

const filters = process.argv.slice(2);
const LINT_TEST = 'tests/firefox/lint.firefox.test.ts';

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (Date.now() - started) / 1000;
  if (result.error) throw result.error;
  return { ok: result.status === 0, seconds };
}

const passes = [
  { name: 'current ESR', path: process.env.FIREFOX_PATH || DEFAULT_FIREFOX, hint: 'apt-get install -y firefox-esr', lint: true },
  { name: 'ESR 140', path: process.env.FIREFOX_ESR140_PATH || ESR140_FIREFOX, hint: 'bash scripts/fetch-firefox-esr140.sh', major: 140 },
];
for (const pass of passes) {
  if (!existsSync(pass.path)) {
    console.error(`Firefox tier: no Firefox for the ${pass.name} pass at ${pass.path}. Get it with \`${pass.hint}\`.`);
    process.exit(1);
  }
  pass.version = firefoxVersion(pass.path);
  if (pass.major && !pass.version.startsWith(`${pass.major}.`)) {
    console.error(`Firefox tier: ${pass.path} is Firefox ${pass.version}, not ${pass.major}.`);
    process.exit(1);
  }
}

const timings = [];
const build = run('npm', ['run', 'build:firefox']);
const zip = build.ok ? run('npm', ['run', 'zip:firefox']) : { ok: false, seconds: 0 };
timings.push(['build:firefox + zip:firefox', build.seconds + zip.seconds, build.ok && zip.ok]);
if (!build.ok || !zip.ok) {
  console.error('Firefox tier: the Firefox build or its zip failed.');
  process.exit(1);
}

let failed = false;
for (const pass of passes) {
  console.log(`\n=== Firefox tier on Firefox ${pass.version} (${pass.name}, ${pass.path}) ===`);
  const args = ['vitest', 'run', '--config', 'vitest.firefox.config.ts', ...(pass.lint ? [] : ['--exclude', LINT_TEST]), ...filters];
  const { ok, seconds } = run('npx', args, { FIREFOX_PATH: pass.path });
  timings.push([`tests on Firefox ${pass.version}`, seconds, ok]);
  failed ||= !ok;
}

console.log('\nFirefox tier timings:');
for (const [step, seconds, ok] of timings) console.log(`  ${ok ? 'ok    ' : 'FAILED'} ${seconds.toFixed(1).padStart(6)} s  ${step}`);
const total = timings.reduce((sum, [, s]) => sum + s, 0);
console.log(`  total ${total.toFixed(1)} s`);
process.exit(failed ? 1 : 0);
