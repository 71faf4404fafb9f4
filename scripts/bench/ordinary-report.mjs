// The ordinary-pages tier's figures (issue 14): for each page, the page alone, the do-nothing control
// and ours; what ours adds over the control, paired per repetition (the same page, the same minute);
// the cost per about:blank frame; the script bytes each frame parses; and the issue's targets.
import { median, quantile } from './measure.mjs';
import { BLANK_FRAMES } from './ordinary-pages.mjs';

/** The issue's targets: what ours may add over the control extension. */
export const ORDINARY_TARGETS = {
  addedMainMedianMs: 5,
  addedMainP95Ms: 20,
  addedPaintMedianMs: 5,
  addedPaintP95Ms: 20,
  perFrameMs: 1,
};

/** median and p95 (nearest rank) of numbers, with the samples. */
export function stats(values) {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return { median: median(finite), p95: quantile(finite, 0.95), n: finite.length, samples: values };
}

const task = (r) => r.metrics.TaskDuration;
const cpu = (r) => r.cpu.TaskDuration;
const fcp = (r) => r.paint.fcp;
const diff = (reps, read, a, b) => reps.map((s) => (read(s[a]) === null || read(s[b]) === null ? null : read(s[a]) - read(s[b])));

/** One page's record over its repetitions. */
export function summariseOrdinary(page, reps, injected) {
  const of = (read) => Object.fromEntries(['bare', 'control', 'ours'].map((v) => [v, stats(reps.map((s) => read(s[v])))]));
  const documents = page.frames + 1;
  const ours = reps.map((s) => s.ours);
  return {
    page: page.name,
    kind: 'ordinary',
    file: page.file,
    textChars: page.textChars,
    htmlBytes: page.htmlBytes,
    elements: page.elements,
    frames: page.frames,
    catalogWordHits: page.catalogWordHits,
    reps: reps.length,
    mainThreadMs: of(task),
    mainThreadCpuMs: of(cpu),
    fcpMs: of(fcp),
    releasedAtMs: stats(ours.map((r) => r.paint.readyAt)),
    controlOverBare: { main: stats(diff(reps, task, 'control', 'bare')), cpu: stats(diff(reps, cpu, 'control', 'bare')), fcp: stats(diff(reps, fcp, 'control', 'bare')) },
    oursOverBare: { main: stats(diff(reps, task, 'ours', 'bare')), cpu: stats(diff(reps, cpu, 'ours', 'bare')), fcp: stats(diff(reps, fcp, 'ours', 'bare')) },
    oursOverControl: {
      main: stats(diff(reps, task, 'ours', 'control')),
      cpu: stats(diff(reps, cpu, 'ours', 'control')),
      fcp: stats(diff(reps, fcp, 'ours', 'control')),
      script: stats(diff(reps, (r) => r.metrics.ScriptDuration, 'ours', 'control')),
      layoutAndStyle: stats(diff(reps, (r) => r.metrics.LayoutDuration + r.metrics.RecalcStyleDuration, 'ours', 'control')),
    },
    /** Ours over the control, per document of the page (the top one and each frame). */
    perDocumentMs: stats(diff(reps, task, 'ours', 'control').map((d) => (d === null ? null : d / documents))),
    perDocumentCpuMs: stats(diff(reps, cpu, 'ours', 'control').map((d) => (d === null ? null : d / documents))),
    /** Main-thread time still growing 200 ms after the reading (should be ~0: the page had settled). */
    tailMs: of((r) => r.tailMs),
    scriptBytesParsed: { ours: injected.ours.bytes * documents, control: injected.control.bytes * documents },
    status: reps[0].ours.status,
  };
}

/**
 * The cost of one empty about:blank frame: (blank-frames − tiny) ÷ BLANK_FRAMES, paired per
 * repetition, for the control and ours over the page alone, and ours over the control.
 */
export function perBlankFrame(samples) {
  const framed = samples['blank-frames'];
  const tiny = samples.tiny;
  if (!framed || !tiny) return null;
  const costs = (read) => {
    const per = (a, b) => stats(framed.map((s, i) => (read(s[a]) - read(s[b]) - (read(tiny[i][a]) - read(tiny[i][b]))) / BLANK_FRAMES));
    return { bareMs: stats(framed.map((s, i) => (read(s.bare) - read(tiny[i].bare)) / BLANK_FRAMES)), controlOverBare: per('control', 'bare'), oursOverBare: per('ours', 'bare'), oursOverControl: per('ours', 'control') };
  };
  return { frames: BLANK_FRAMES, ...costs(task), cpu: costs(cpu) };
}

/** Checks the issue's targets; each check is { page, id, what, value, limit, pass }. */
export function checkOrdinaryTargets(records, perFrame) {
  const checks = [];
  const add = (page, id, what, value, limit) => checks.push({ page, id, what, value, limit, pass: value !== null && value <= limit });
  const T = ORDINARY_TARGETS;
  for (const r of records) {
    add(r.page, 'main-median', 'added main-thread, median, over control', r.oursOverControl.main.median, T.addedMainMedianMs);
    add(r.page, 'main-p95', 'added main-thread, p95, over control', r.oursOverControl.main.p95, T.addedMainP95Ms);
    add(r.page, 'cpu-median', 'added main-thread CPU, median, over control', r.oursOverControl.cpu.median, T.addedMainMedianMs);
    add(r.page, 'cpu-p95', 'added main-thread CPU, p95, over control', r.oursOverControl.cpu.p95, T.addedMainP95Ms);
    add(r.page, 'fcp-median', 'added first contentful paint, median, over control', r.oursOverControl.fcp.median, T.addedPaintMedianMs);
    add(r.page, 'fcp-p95', 'added first contentful paint, p95, over control', r.oursOverControl.fcp.p95, T.addedPaintP95Ms);
    if (r.status && (r.status.hiddenCount !== 0 || r.status.showMentioned || r.status.pending !== 0)) {
      checks.push({ page: r.page, id: 'untouched', what: 'hides nothing, sees no mention, idle', value: JSON.stringify(r.status), limit: 'hidden 0', pass: false });
    }
  }
  if (perFrame) {
    add('blank-frames', 'per-frame', 'added main-thread per about:blank frame, median, over control', perFrame.oursOverControl.median, T.perFrameMs);
    add('blank-frames', 'per-frame-cpu', 'added main-thread CPU per about:blank frame, median, over control', perFrame.cpu.oursOverControl.median, T.perFrameMs);
  }
  return checks;
}

const ms = (v) => (v === null || v === undefined ? '—' : Math.abs(v) >= 100 ? `${Math.round(v)}` : v.toFixed(1));
const sign = (v) => (v === null || v === undefined ? '—' : `${v >= 0 ? '+' : ''}${ms(v)}`);
const mp = (s, f = ms) => `${f(s.median)} / ${f(s.p95)}`;

/** A text table; columns in `left` (and the first) are aligned left, the others right. */
function table(header, rows, left = [0]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (left.includes(i) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The tier's tables, as printed by `npm run bench`. */
export function formatOrdinaryReport({ records, perFrame, checks, injected, reps, settleMs }) {
  const main = table(
    ['page', 'chars', 'frames', 'alone ms', 'control ms', 'ours ms', 'control − alone', 'ours − alone', 'ours − control', 'script / layout+style', 'per document'],
    records.map((r) => [r.page, r.textChars, r.frames, mp(r.mainThreadMs.bare), mp(r.mainThreadMs.control), mp(r.mainThreadMs.ours), mp(r.controlOverBare.main, sign), mp(r.oursOverBare.main, sign), mp(r.oursOverControl.main, sign), `${sign(r.oursOverControl.script.median)} / ${sign(r.oursOverControl.layoutAndStyle.median)}`, sign(r.perDocumentMs.median)]),
  );
  const cpuTable = table(
    ['page', 'alone ms', 'control ms', 'ours ms', 'control − alone', 'ours − alone', 'ours − control', 'per document'],
    records.map((r) => [r.page, mp(r.mainThreadCpuMs.bare), mp(r.mainThreadCpuMs.control), mp(r.mainThreadCpuMs.ours), mp(r.controlOverBare.cpu, sign), mp(r.oursOverBare.cpu, sign), mp(r.oursOverControl.cpu, sign), sign(r.perDocumentCpuMs.median)]),
  );
  const paint = table(
    ['page', 'alone FCP', 'control FCP', 'ours FCP', 'control − alone', 'ours − alone', 'ours − control', 'hold released at', 'status (ours)'],
    records.map((r) => [r.page, mp(r.fcpMs.bare), mp(r.fcpMs.control), mp(r.fcpMs.ours), mp(r.controlOverBare.fcp, sign), mp(r.oursOverBare.fcp, sign), mp(r.oursOverControl.fcp, sign), mp(r.releasedAtMs), r.status ? `hidden ${r.status.hiddenCount}, ${r.status.showMentioned ? 'MENTIONED' : 'not mentioned'}` : '—']),
  );
  const frameLine = (f) => `page alone ${mp(f.bareMs, sign)}; control over alone ${mp(f.controlOverBare, sign)}; ours over alone ${mp(f.oursOverBare, sign)}; ours over control ${mp(f.oursOverControl, sign)}`;
  const frame = perFrame
    ? `Per empty about:blank frame ((blank-frames − tiny) ÷ ${perFrame.frames}, median / p95 ms):\n  wall clock: ${frameLine(perFrame)}\n  CPU:        ${frameLine(perFrame.cpu)}`
    : 'Per about:blank frame: needs both tiny and blank-frames.';
  const fmt = (c) => [c.page, c.what, typeof c.value === 'number' ? `${sign(c.value)} ms` : String(c.value), typeof c.limit === 'number' ? `≤ +${c.limit} ms` : c.limit, c.pass ? 'pass' : 'MISS'];
  const misses = checks.filter((c) => !c.pass);
  return [
    `Ordinary pages (not about the show), ${reps} repetitions, each reading ${settleMs} ms after load; median / p95 (nearest rank) over repetitions, differences paired per repetition:`,
    '',
    'Main thread, wall clock (CDP TaskDuration, every frame of the page; the issue\'s measure):',
    main,
    '',
    'Main thread, CPU time (CDP TaskDuration with timeDomain threadTicks; steady on a loaded machine):',
    cpuTable,
    '',
    'First contentful paint (ms from navigation):',
    paint,
    '',
    frame,
    '',
    `Script parsed per frame: ours ${(injected.ours.bytes / 1024).toFixed(1)} KB (${injected.ours.files.filter((f) => f.kind === 'js').map((f) => `${f.file} ${(f.bytes / 1024).toFixed(1)} KB`).join(', ')}) + ${(injected.ours.cssBytes / 1024).toFixed(1)} KB CSS; control ${injected.control.bytes} bytes.` +
      ` On the news page (${(records.find((r) => r.page === 'news')?.frames ?? 30) + 1} documents): ${((records.find((r) => r.page === 'news')?.scriptBytesParsed.ours ?? injected.ours.bytes * 31) / 1024).toFixed(0)} KB.`,
    '',
    'Targets (issue 14, ours over the control):',
    table(['page', 'target', 'measured', 'limit', ''], checks.map(fmt), [0, 1]),
    '',
    misses.length === 0 ? 'Every ordinary-page target is met.' : `${misses.length} ordinary-page target(s) missed.`,
  ].join('\n');
}
