// The passages the bench's pages are made of: the English corpus (tests/fixtures/corpus/*.en.jsonl),
// each passage in several variants (a neutral lead-in or closing sentence around it), plus neutral
// filler written for the bench. Every variant is checked with the product's own engine (`npm run
// scan`, watched = 1) and kept only when the engine and the corpus label agree. Accuracy is
// `npm run eval`'s job; here "every spoiler hidden" must be reachable, so that a shortfall in Chromium
// means the content script left work undone (a slice, a <div>, a mutation), not a matcher miss.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMENT_FILLERS, LEAD_INS, REVIEW_FILLERS, TAILS, createRandom, createWordMaker, fill, fillerSlots } from './text.mjs';

/** A show pack's titles (format 2, src/catalog/pack.ts): its title in each language, then its other titles. */
const packTitles = (pack) => [pack.title.en, pack.title.es, ...(pack.otherTitles ?? [])].filter(Boolean);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS_DIR = join(ROOT, 'tests/fixtures/corpus');
const CATALOG = join(ROOT, 'data/prison-cell-211.json');

/** The progress the bench sets: episode 1 watched, so passages of episode 2 or later are spoilers. */
export const WATCHED = 1;

/** Every name and title word of the catalog, lower case: made-up words must stay clear of them. */
export function catalogWords() {
  const catalog = JSON.parse(readFileSync(CATALOG, 'utf8'));
  const names = [...packTitles(catalog), ...catalog.characters.flatMap((c) => c.names ?? [])];
  return new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 3));
}

/** The English corpus passages: { id, style, episode, text }. */
export function readEnglishCorpus() {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.en.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(CORPUS_DIR, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line)),
    );
}

/**
 * What the engine hides in each passage at `watched`, all passages read as one page, through the
 * `scan` command (so this plain-Node script runs the TypeScript engine exactly as users do).
 * @returns {boolean[]} true where the passage would be hidden.
 */
export function engineVerdicts(passages, watched = WATCHED) {
  for (const p of passages) if (/[\r\n]/.test(p)) throw new Error(`bench pool: a passage holds a line break: ${p}`);
  // A file, not stdin: scan reads fd 0 synchronously, which fails with EAGAIN on a non-blocking pipe.
  const dir = mkdtempSync(join(tmpdir(), 'spoiler-shield-bench-scan-'));
  const file = join(dir, 'passages.txt');
  writeFileSync(file, passages.join('\n') + '\n');
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/vite-node'),
    // `SHOW=N`: the series followed alone, and the other shipped works' markers read, as the content script
    // does since it judges pages with ShowsVerdict (a passage "as in the 2009 film" speaks of the film).
    ['scripts/scan.ts', '--', '--watched', `prison-cell-211=${watched}`, '--lines', file],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) {
    throw new Error(`bench pool: \`scan\` exited with ${result.status}: ${result.stderr || result.error}`);
  }
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  if (lines.length !== passages.length) {
    throw new Error(`bench pool: \`scan\` answered ${lines.length} passages for ${passages.length}`);
  }
  return lines.map((line) => line.spoilers.length > 0);
}

/**
 * The episode each headline says an article under it covers (0 when none), by the shield's own
 * regions (scripts/bench/heading-scope.ts, through vite-node as `scan` is).
 * @returns {number[]}
 */
export function headlineScopes(headlines) {
  const dir = mkdtempSync(join(tmpdir(), 'spoiler-shield-bench-scope-'));
  const file = join(dir, 'headlines.txt');
  writeFileSync(file, headlines.join('\n') + '\n');
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite-node'), ['scripts/bench/heading-scope.ts', '--', file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`bench pool: heading-scope exited with ${result.status}: ${result.stderr || result.error}`);
  const scopes = result.stdout.trim().split('\n').map(Number);
  if (scopes.length !== headlines.length) throw new Error(`bench pool: heading-scope answered ${scopes.length} headlines for ${headlines.length}`);
  return scopes;
}

/** Article paragraphs come from these styles; headings from headlines; comments from comments. */
const ROLE_OF_STYLE = { review: 'paragraph', recap: 'paragraph', news: 'paragraph', headline: 'heading', comment: 'comment' };

/**
 * Builds and checks the pool. Returns variants grouped by role ('paragraph' | 'heading' | 'comment')
 * and by verdict (`spoiler` = latest episode ≥ 2), plus counts of what was dropped and why.
 * @param {{ seed?: number, variantsPerPassage?: number, fillerDraws?: number }} [options]
 */
export function buildPool({ seed = 211, variantsPerPassage = 10, fillerDraws = 24 } = {}) {
  const random = createRandom(seed);
  const word = createWordMaker(random, catalogWords());
  const slots = fillerSlots(random, word);
  const candidates = [];
  for (const passage of readEnglishCorpus()) {
    const role = ROLE_OF_STYLE[passage.style];
    const spoiler = passage.episode > WATCHED;
    candidates.push({ role, spoiler, episode: passage.episode, source: passage.id, text: passage.text });
    // Headlines stay bare: a headline with small talk around it is no headline.
    const variants = role === 'heading' ? 0 : variantsPerPassage - 1;
    for (let v = 0; v < variants; v++) {
      const lead = random.chance(0.6) ? fill(random.pick(LEAD_INS), slots) + ' ' : '';
      const tail = !lead || random.chance(0.5) ? ' ' + fill(random.pick(TAILS), slots) : '';
      candidates.push({ role, spoiler, episode: passage.episode, source: passage.id, text: lead + passage.text + tail });
    }
  }
  for (const [role, fillers] of [['paragraph', REVIEW_FILLERS], ['comment', COMMENT_FILLERS]]) {
    for (let d = 0; d < fillerDraws; d++) {
      for (const template of fillers) {
        candidates.push({ role, spoiler: false, episode: 0, source: 'filler', text: fill(template, slots) });
      }
    }
  }
  const unique = [...new Map(candidates.map((c) => [c.text, c])).values()];
  const verdicts = engineVerdicts(unique.map((c) => c.text));
  const pool = { paragraph: { spoiler: [], safe: [] }, heading: { spoiler: [], safe: [] }, comment: { spoiler: [], safe: [] } };
  const dropped = [];
  unique.forEach((candidate, i) => {
    if (verdicts[i] !== candidate.spoiler) {
      dropped.push({ source: candidate.source, label: candidate.spoiler ? 'spoiler' : 'safe', text: candidate.text });
      return;
    }
    pool[candidate.role][candidate.spoiler ? 'spoiler' : 'safe'].push(candidate);
  });
  // A headline that says it covers a later episode ("… finale recap") heads a recap of that episode.
  const headings = [...pool.heading.spoiler, ...pool.heading.safe];
  headlineScopes(headings.map((h) => h.text)).forEach((scope, i) => (headings[i].scope = scope));
  for (const [role, groups] of Object.entries(pool)) {
    if (groups.spoiler.length === 0 || groups.safe.length === 0) {
      throw new Error(`bench pool: no ${groups.spoiler.length === 0 ? 'spoiler' : 'safe'} ${role} survived the check`);
    }
  }
  const droppedSources = new Set(dropped.map((d) => d.source));
  return {
    pool,
    stats: {
      candidates: unique.length,
      kept: unique.length - dropped.length,
      dropped: dropped.length,
      droppedSources: [...droppedSources].sort(),
    },
    dropped,
    word,
    random,
  };
}
