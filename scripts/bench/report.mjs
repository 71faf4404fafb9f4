// Turns the raw samples of each page into one record (medians, spreads, the figures the issue asks
// for), checks the targets, and prints the tables. The JSON file holds these same records.
import { median, quantile } from './measure.mjs';

const MiB = 1024 * 1024;

/** The issue's targets (2-core machine). Limits in ms, bytes or ratios. */
export const LIMITS = {
  addedOverFloor1m: 3,
  longestTaskMs: 50,
  longestTaskOverBare: 1.2,
  growth4mOver1m: 4.5,
  appendedP95Ms: 16,
  heapDelta4mBytes: 10 * MiB,
  bundleBytes: 60 * 1024,
  plainAddedOverFloor: 1.5,
};

/** median, min and max of the samples, and the samples themselves. */
function spread(values) {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : null,
    max: finite.length ? Math.max(...finite) : null,
    samples: values,
  };
}

const both = (samples, read) => ({
  withExtension: spread(samples.map((s) => read(s.withExtension))),
  without: spread(samples.map((s) => read(s.without))),
});

/** One page's record: what it is, and every figure over its repetitions. */
export function summarisePage(page, samples) {
  const ext = samples.map((s) => s.withExtension);
  const expected = page.kind === 'comments' ? null : page.spoilers;
  const record = {
    page: page.name,
    kind: page.kind,
    file: page.file,
    textBytes: page.textBytes,
    htmlBytes: page.htmlBytes,
    passages: page.passages,
    spoilers: page.spoilers,
    distinctWords: page.distinctWords,
    reps: samples.length,
    settleMs: spread(ext.map((r) => (r.probe.settledAt === null || r.probe.dcl === null ? null : r.probe.settledAt - r.probe.dcl))),
    settled: ext.every((r) => page.kind !== 'show' || r.probe.settledAt !== null),
    dclMs: both(samples, (r) => r.probe.dcl),
    spoilersHidden: ext.map((r) => r.probe.spoilersHidden),
    expectedSpoilers: ext.map((r) => r.probe.expectedSpoilers),
    recall: Math.min(...ext.map((r) => (r.probe.expectedSpoilers === 0 ? 1 : r.probe.spoilersHidden / r.probe.expectedSpoilers))),
    safeHidden: Math.max(...ext.map((r) => r.probe.safeHidden)),
    episodeOneHidden: Math.max(...ext.map((r) => r.probe.episodeOneHidden)),
    shieldIdle: ext.every((r) => r.idle),
    /** Nodes still queued in the shield at each reading (0 when it was idle). */
    pendingAtReading: ext.map((r) => r.status?.pending ?? null),
    waitedAfterLoadMs: spread(ext.map((r) => r.waitedMs)),
    status: ext.at(-1).status,
    taskDurationMs: both(samples, (r) => r.metrics.TaskDuration),
    scriptDurationMs: both(samples, (r) => r.metrics.ScriptDuration),
    layoutDurationMs: both(samples, (r) => r.metrics.LayoutDuration),
    recalcStyleDurationMs: both(samples, (r) => r.metrics.RecalcStyleDuration),
    addedMainThreadMs: spread(samples.map((s) => s.withExtension.metrics.TaskDuration - s.without.metrics.TaskDuration)),
    /** The added time split: JavaScript, layout + style, and the rest (parsing, paint, compositing). */
    addedSplitMs: {
      script: spread(samples.map((s) => added(s, 'ScriptDuration'))),
      layoutAndStyle: spread(samples.map((s) => added(s, 'LayoutDuration') + added(s, 'RecalcStyleDuration'))),
      other: spread(samples.map((s) => added(s, 'TaskDuration') - added(s, 'ScriptDuration') - added(s, 'LayoutDuration') - added(s, 'RecalcStyleDuration'))),
    },
    floorMs: spread(samples.map((s) => s.without.floor.ms)),
    floorColdMs: spread(samples.map((s) => s.without.floor.runs[0])),
    floorWords: samples[0].without.floor.words,
    longestTaskMs: both(samples, (r) => r.probe.longestTask),
    longTaskTotalMs: both(samples, (r) => r.probe.longTaskTotal),
    heapDeltaBytes: spread(samples.map((s) => s.withExtension.heap.total - s.without.heap.total)),
    heapDeltaV8Bytes: spread(samples.map((s) => s.withExtension.heap.v8 - s.without.heap.v8)),
    heapDeltaBlinkBytes: spread(samples.map((s) => s.withExtension.heap.embedder - s.without.heap.embedder)),
    heapWithoutBytes: spread(samples.map((s) => s.without.heap.total)),
    comments: null,
  };
  record.addedOverFloor = ratio(record.addedMainThreadMs.median, record.floorMs.median);
  if (expected !== null) record.expected = expected;
  if (page.kind === 'comments') {
    const perRep = ext.map((r) => r.probe.comments);
    record.comments = {
      appendedSpoilers: perRep[0].appended,
      insertedPerTick: 50,
      p50Ms: spread(perRep.map((c) => quantile(c.delays, 0.5))),
      p95Ms: spread(perRep.map((c) => quantile(c.delays, 0.95))),
      maxMs: spread(perRep.map((c) => (c.delays.length ? Math.max(...c.delays) : null))),
      neverHidden: Math.max(...perRep.map((c) => c.neverHidden)),
      allAppended: perRep.every((c) => c.done),
    };
  }
  return record;
}

const added = (sample, metric) => sample.withExtension.metrics[metric] - sample.without.metrics[metric];

const ratio = (a, b) => (a === null || b === null || b <= 0 ? null : a / b);

/** Checks every target; each check is { id, page, what, value, limit, pass, note }. */
export function checkTargets(records, bundle) {
  const checks = [];
  const add = (page, id, what, value, limit, pass, note = '') => checks.push({ page, id, what, value, limit, pass: Boolean(pass), note });
  const byName = Object.fromEntries(records.map((r) => [r.page, r]));
  for (const r of records) {
    if (r.kind !== 'plain') {
      const expected = r.kind === 'comments' ? 'every spoiler, the appended ones included' : `${r.spoilers} spoiler blocks`;
      add(r.page, 'all-hidden', `hides ${expected}`, r.recall, 1, r.recall === 1 && (r.comments?.neverHidden ?? 0) === 0);
    }
    add(r.page, 'nothing-safe-hidden', 'hides no block that is safe at watched = 1', r.safeHidden, 0, r.safeHidden === 0);
    const longest = r.longestTaskMs.withExtension.median;
    const bareLongest = r.longestTaskMs.without.median;
    add(
      r.page,
      'longest-task',
      `longest task ≤ ${LIMITS.longestTaskMs} ms or ≤ ${LIMITS.longestTaskOverBare} × without (${fmtMs(bareLongest)})`,
      longest,
      Math.max(LIMITS.longestTaskMs, LIMITS.longestTaskOverBare * (bareLongest ?? 0)),
      longest !== null && (longest <= LIMITS.longestTaskMs || longest <= LIMITS.longestTaskOverBare * (bareLongest ?? 0)),
    );
  }
  const m1 = byName['review-1m'];
  if (m1) add(m1.page, 'added-over-floor', 'added main-thread ÷ floor', m1.addedOverFloor, LIMITS.addedOverFloor1m, m1.addedOverFloor !== null && m1.addedOverFloor <= LIMITS.addedOverFloor1m);
  const m4 = byName['review-4m'];
  if (m4 && m1) {
    const growth = ratio(m4.addedMainThreadMs.median, m1.addedMainThreadMs.median);
    m4.growthOver1m = growth;
    add(m4.page, 'growth', 'added main-thread 4 MB ÷ 1 MB', growth, LIMITS.growth4mOver1m, growth !== null && growth <= LIMITS.growth4mOver1m);
  }
  if (m4) add(m4.page, 'heap', 'JS heap with − without (V8 + Blink, after GC)', m4.heapDeltaBytes.median, LIMITS.heapDelta4mBytes, m4.heapDeltaBytes.median <= LIMITS.heapDelta4mBytes);
  const comments = records.find((r) => r.kind === 'comments');
  if (comments) {
    const p95 = comments.comments.p95Ms.median;
    add(comments.page, 'appended-p95', 'appended comment inserted → hidden, p95', p95, LIMITS.appendedP95Ms, p95 !== null && p95 <= LIMITS.appendedP95Ms);
  }
  const plain = records.find((r) => r.kind === 'plain');
  if (plain) {
    add(plain.page, 'plain-added-over-floor', 'added main-thread ÷ floor, show never named', plain.addedOverFloor, LIMITS.plainAddedOverFloor, plain.addedOverFloor !== null && plain.addedOverFloor <= LIMITS.plainAddedOverFloor);
    add(plain.page, 'plain-not-mentioned', 'the shield sees no mention of the show', plain.status?.showMentioned ? 1 : 0, 0, plain.status?.showMentioned === false);
  }
  if (bundle) add('bundle', 'bundle', 'shield script, minified', bundle.bytes, LIMITS.bundleBytes, bundle.bytes <= LIMITS.bundleBytes);
  return checks;
}

const fmtMs = (v) => (v === null || v === undefined ? '—' : v >= 100 ? `${Math.round(v)}` : v.toFixed(1));
const fmtX = (v) => (v === null || v === undefined ? '—' : v >= 10 ? `${v.toFixed(0)}×` : `${v.toFixed(2)}×`);
const fmtKB = (v) => (v >= MiB ? `${(v / MiB).toFixed(1)} MB` : `${Math.round(v / 1024)} KB`);
const fmtMB = (v) => (v === null ? '—' : `${(v / MiB).toFixed(1)}`);
const range = (s, f = fmtMs) => (s.min === null ? '' : s.min === s.max ? '' : ` (${f(s.min)}–${f(s.max)})`);

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function formatCheck(c) {
  const value =
    c.id === 'bundle' ? `${(c.value / 1024).toFixed(1)} KB` :
    c.id === 'heap' ? `${fmtMB(c.value)} MB` :
    ['added-over-floor', 'plain-added-over-floor', 'growth'].includes(c.id) ? fmtX(c.value) :
    c.id === 'all-hidden' ? `${(c.value * 100).toFixed(1)}%` :
    c.id === 'plain-not-mentioned' ? (c.value ? 'mentioned' : 'not mentioned') :
    ['longest-task', 'appended-p95'].includes(c.id) ? `${fmtMs(c.value)} ms` : String(c.value);
  const limit =
    c.id === 'bundle' ? `${c.limit / 1024} KB` :
    c.id === 'heap' ? `${fmtMB(c.limit)} MB` :
    ['added-over-floor', 'plain-added-over-floor', 'growth'].includes(c.id) ? fmtX(c.limit) :
    c.id === 'all-hidden' ? '100%' :
    c.id === 'plain-not-mentioned' ? 'not mentioned' :
    ['longest-task', 'appended-p95'].includes(c.id) ? `${fmtMs(c.limit)} ms` : String(c.limit);
  return [c.page, c.what, value, limit, c.pass ? 'pass' : 'MISS'];
}

/** The three tables the bench prints: what the reader sees, what it costs, the targets. */
export function formatReport({ records, checks, bundle, reps }) {
  const seen = table(
    ['page', 'text', 'passages', 'spoilers', 'hidden', 'safe hidden', 'DCL ext / bare ms', 'settle ms (spread)', 'appended p50 / p95 / max ms', 'never hidden'],
    records.map((r) => [
      r.page,
      fmtKB(r.textBytes),
      r.passages,
      r.spoilers,
      r.kind === 'plain' ? '—' : `${(r.recall * 100).toFixed(1)}%`,
      r.safeHidden,
      `${fmtMs(r.dclMs.withExtension.median)} / ${fmtMs(r.dclMs.without.median)}`,
      r.kind === 'show' ? (r.settled ? `${fmtMs(r.settleMs.median)}${range(r.settleMs)}` : 'never') : '—',
      r.comments ? `${fmtMs(r.comments.p50Ms.median)} / ${fmtMs(r.comments.p95Ms.median)} / ${fmtMs(r.comments.maxMs.median)}` : '—',
      r.comments ? r.comments.neverHidden : '—',
    ]),
  );
  const cost = table(
    ['page', 'main ext ms', 'main bare ms', 'added ms (spread)', 'script / layout+style / other', 'floor ms', 'added ÷ floor', 'longest task ext / bare', 'long tasks ext / bare ms', 'heap Δ MB (V8 + Blink)'],
    records.map((r) => [
      r.page,
      fmtMs(r.taskDurationMs.withExtension.median),
      fmtMs(r.taskDurationMs.without.median),
      `${r.shieldIdle ? '' : '≥ '}${fmtMs(r.addedMainThreadMs.median)}${range(r.addedMainThreadMs)}`,
      `${fmtMs(r.addedSplitMs.script.median)} / ${fmtMs(r.addedSplitMs.layoutAndStyle.median)} / ${fmtMs(r.addedSplitMs.other.median)}`,
      fmtMs(r.floorMs.median),
      fmtX(r.addedOverFloor),
      `${fmtMs(r.longestTaskMs.withExtension.median)} / ${fmtMs(r.longestTaskMs.without.median)}`,
      `${fmtMs(r.longTaskTotalMs.withExtension.median)} / ${fmtMs(r.longTaskTotalMs.without.median)}`,
      `${fmtMB(r.heapDeltaBytes.median)} (${fmtMB(r.heapDeltaV8Bytes.median)} + ${fmtMB(r.heapDeltaBlinkBytes.median)})`,
    ]),
  );
  const targets = table(['page', 'target', 'measured', 'limit', ''], checks.map(formatCheck));
  const misses = checks.filter((c) => !c.pass);
  const busy = records
    .filter((r) => !r.shieldIdle)
    .map((r) => `${r.page}: the shield was not idle when read, ${fmtMs(r.waitedAfterLoadMs.median)} ms after load, with ${r.pendingAtReading.join(' / ')} node(s) still queued; its figures (≥) are lower bounds.`);
  return [
    ...(busy.length ? [...busy, ''] : []),
    `What the reader sees (median of ${reps} loads per page; watched = 1):`,
    seen,
    '',
    `What it costs (CDP TaskDuration with − without the extension, paired per load; floor = one TreeWalker + /\\p{L}+/gu pass):`,
    cost,
    '',
    `Shield: ${(bundle.bytes / 1024).toFixed(1)} KB minified, ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzipped (${bundle.file}, loaded where a show is named)` +
      (bundle.gate ? `; gate in every frame: ${(bundle.gate.bytes / 1024).toFixed(1)} KB (${bundle.gate.file})` : ''),
    '',
    'Targets:',
    targets,
    '',
    misses.length === 0 ? 'Every target is met.' : `${misses.length} target(s) missed: ${misses.map((c) => `${c.page} ${c.id}`).join(', ')}`,
  ].join('\n');
}
