import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedCatalog } from '@/src/catalog/compiled';
import { parseArgs, readInput, UsageError } from '@/src/scan/cli';
import { scanPassages, textPassages } from '@/src/scan/scan';

const dir = mkdtempSync(join(tmpdir(), 'scan-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** Runs the real command, as `npm run scan` does. */
function scan(args: string[], stdin?: string) {
  const r = spawnSync('node_modules/.bin/vite-node', ['scripts/scan.ts', '--', ...args], { input: stdin, encoding: 'utf8' });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { code: r.status, lines, stderr: r.stderr.split('\n').filter((l) => l && !l.includes('npm warn')) };
}

const review = file(
  'review.html',
  `<!doctype html><html><body><h1>Prison Cell 211, reviewed</h1>
   <p>Diego Calva plays Juan, a lawyer trapped in a riot.</p>
   <p>Helena is rushed out. <b>She</b> dies in the ambulance.</p>
   <div>In the finale Juan kills Calancho.</div>
   <textarea>Helena dies</textarea></body></html>`,
);

// Each case starts vite-node (a second or two each on an idle machine, more on a busy one), so the cases get room.
describe('scan, the command', { timeout: 30_000 }, () => {
  it('prints one JSON line per HTML block, in order', () => {
    const { code, lines } = scan([review]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.passage)).toEqual([1, 2, 3, 4]);
    expect(lines[0].spoilers).toEqual([]);
    expect(lines[1].spoilers).toEqual([]);
    // "She" is Helena, from the sentence before. (The ambulance also tells of her injury, episode 4.)
    expect(lines[2].spoilers).toContainEqual({ id: 'helena-dies', episode: 5, match: 'dies', show: 'prison-cell-211' });
    expect(lines[3].spoilers).toEqual([{ id: 'calancho-killed', episode: 6, match: 'kills Calancho', show: 'prison-cell-211' }]);
  });

  it('lists only what comes after --watched, and --check sets the exit code', () => {
    expect(scan(['--watched', '5', review]).lines.flatMap((l) => l.spoilers.map((s: { id: string }) => s.id))).toEqual([
      'calancho-killed',
    ]);
    expect(scan(['--check', review]).code).toBe(1);
    expect(scan(['--check', '--watched=6', review]).code).toBe(0);
  });

  it('reads stdin line by line with --lines, the whole input counting as one page', () => {
    const { lines } = scan(['--lines', '-'], 'Celda 211 me encantó.\nElena muere esa noche.\n');
    expect(lines).toEqual([
      { passage: 1, spoilers: [] },
      { passage: 2, spoilers: [{ id: 'helena-dies', episode: 5, match: 'Elena muere', show: 'prison-cell-211' }] },
    ]);
  });

  it('follows the shows --watched SHOW=N names, each at its progress, and names the show of each spoiler', () => {
    const page = 'Prison Cell 211 and Celda 211, compared.\nIn the film, Elena dies after the beating.\nIn the series, Elena dies too.\nElena dies.\n';
    const both = scan(['--lines', '--watched', 'celda-211-2009=0', '--watched', 'prison-cell-211=0', '-'], page).lines;
    const shows = (l: { spoilers: { id: string; show: string }[] }) => l.spoilers.map((s) => `${s.show}/${s.id}`);
    expect(both.map(shows)).toEqual([
      [],
      ['celda-211-2009/film-elena-dies'],
      ['prison-cell-211/helena-dies'],
      ['celda-211-2009/film-elena-dies', 'prison-cell-211/helena-dies'],
    ]);
    // Only the film followed: the series' sentence is not the film's (its marker says so); the plain one is.
    expect(scan(['--lines', '--watched', 'celda-211-2009=0', '-'], page).lines.map(shows)).toEqual([[], ['celda-211-2009/film-elena-dies'], [], ['celda-211-2009/film-elena-dies']]);
    expect(scan(['--lines', '--watched', 'celda-211-2009=1', '--watched', 'prison-cell-211=5', '-'], page).lines.map(shows).flat()).toEqual([]);
    // `--watched N` is still the first show alone, decided as the single-show content script does (no work markers).
    expect(scan(['--lines', '--watched', '4', '-'], page).lines.map(shows)).toEqual([[], ['prison-cell-211/helena-dies'], ['prison-cell-211/helena-dies'], ['prison-cell-211/helena-dies']]);
    expect(scan(['--lines', '--watched', 'prison-cell-211=4', '-'], page).lines.map(shows)).toEqual([[], [], ['prison-cell-211/helena-dies'], ['prison-cell-211/helena-dies']]);
  });

  it('stays quiet on a page that never mentions the show', () => {
    expect(scan(['--lines', '-'], 'Elena muere esa noche.\n').lines).toEqual([{ passage: 1, spoilers: [] }]);
  });

  it.each([
    [['--frobnicate', review], /unknown flag --frobnicate/],
    [[join(dir, 'missing.txt')], /cannot read .*missing.txt: no such file/],
    [[file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]))], /looks like binary data/],
    [['--watched', '9', review], /--watched needs a whole number from 0 to 6/],
    [[], /no input given/],
  ])('rejects %j with one line and exit 2', (args, message) => {
    const { code, stderr, lines } = scan(args as string[]);
    expect(code).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
  });
});

describe('scan, the pieces', () => {
  it('parses flags', () => {
    expect(parseArgs(['--lines', '--watched', '3', 'f.txt'], 6)).toEqual({ watched: 3, lines: true, check: false, own: [], input: 'f.txt' });
    expect(parseArgs(['--own', 'the tunnel = 4', '--own=yard=2', 'f.txt'], 6).own).toEqual([
      { text: 'the tunnel', episode: 4 },
      { text: 'yard', episode: 2 },
    ]);
    expect(() => parseArgs(['--own', 'tunnel', 'f.txt'], 6)).toThrow(/PHRASE=N/);
    expect(() => parseArgs(['--own', 'tunnel=7', 'f.txt'], 6)).toThrow(/from 1 to 6/);
    expect(() => parseArgs(['a', 'b'], 6)).toThrow(UsageError);
    const shows = [{ id: 'prison-cell-211', episodeCount: 6 }, { id: 'celda-211-2009', episodeCount: 1 }];
    expect(parseArgs(['--watched', 'celda-211-2009=1', 'f'], 6, shows).shows).toEqual({ 'celda-211-2009': 1 });
    expect(parseArgs(['--watched=celda-211-2009=0', '--watched', '3', 'f'], 6, shows).shows).toEqual({ 'prison-cell-211': 3, 'celda-211-2009': 0 });
    expect(parseArgs(['--watched', '3', 'f'], 6, shows).shows).toBeUndefined();
    expect(() => parseArgs(['--watched', 'celda-211-2009=2', 'f'], 6, shows)).toThrow('--watched celda-211-2009=N needs N from 0 to 1, got 2');
    expect(() => parseArgs(['--watched', 'lost=2', 'f'], 6, shows)).toThrow('--watched names no known show "lost"');
    expect(() => readInput(join(dir, 'nope'))).toThrow(/no such file/);
    expect(() => readInput('-', () => Buffer.from([0xff, 0xfe, 0x41]))).toThrow(/not UTF-8/);
  });

  it('splits text into paragraphs or lines', () => {
    expect(textPassages('a\nb\n\nc\n', false)).toEqual(['a\nb', 'c']);
    expect(textPassages('a\n\nc\n', true)).toEqual(['a', '', 'c']);
  });

  it('carries context across passages of one page', () => {
    const r = scanPassages(['Helena dies.', 'What a show Prison Cell 211 is.'], shippedCatalog(), 0);
    expect(r[0]!.spoilers.map((s) => s.id)).toEqual(['helena-dies']);
  });

  it("hides the reader's own plot points as the content script does: on any page, past the progress only", () => {
    const own = [{ text: 'tunnel', episode: 4 }];
    const news = ['They dug a tunnel under the yard.', 'The weather was mild.'];
    expect(scanPassages(news, shippedCatalog(), 0, own)[0]!.spoilers).toEqual([{ id: 'own:0', episode: 4, match: 'tunnel' }]);
    expect(scanPassages(news, shippedCatalog(), 4, own)[0]!.spoilers).toEqual([]);
    expect(scanPassages(news, shippedCatalog(), 0)[0]!.spoilers).toEqual([]);
  });
});
