// Prints what scripts/bench/profile-ordinary.mjs found: per page, medians over the profiled runs of
// ours and of the control (profiles), or each ablation's cost over the control (ablation).
import { median } from './measure.mjs';

const ms = (v) => (v === null || v === undefined ? '—' : Math.abs(v) >= 100 ? `${Math.round(v)}` : v.toFixed(1));
const med = (runs, read) => median(runs.map(read));

/** Median over runs of each named figure in lists of { name, ms } (absent in a run = 0). */
function medianList(runs, read, top) {
  const names = new Set(runs.flatMap((r) => read(r).map((x) => x.name)));
  return [...names]
    .map((name) => ({ name, ms: median(runs.map((r) => read(r).find((x) => x.name === name)?.ms ?? 0)) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

function traceDeltas(ours, control, top) {
  const names = new Set([...ours, ...control].flatMap((r) => Object.keys(r.trace?.selfByEvent ?? {})));
  return [...names]
    .map((name) => ({ name, ms: med(ours, (r) => r.trace?.selfByEvent[name] ?? 0) - med(control, (r) => r.trace?.selfByEvent[name] ?? 0) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

export function formatProfiles({ build, runs, pages, profiles }) {
  const out = [`CPU profiles and traces of ${build} against the control, ${runs} loads each, medians (the sampling profiler slows both):`];
  for (const page of pages) {
    const { ours, control } = profiles[page.name];
    const docs = med(ours, (r) => r.trace?.documents);
    out.push(
      '',
      `== ${page.name}: ${page.textChars} characters, ${page.elements} elements, ${page.frames} frames`,
      `main thread (CDP TaskDuration): control ${ms(med(control, (r) => r.taskMs))} ms, ours ${ms(med(ours, (r) => r.taskMs))} ms; CPU (trace): control ${ms(med(control, (r) => r.trace?.mainThreadCpuMs))}, ours ${ms(med(ours, (r) => r.trace?.mainThreadCpuMs))} ms; GC in the profile: control ${ms(med(control, (r) => r.profile?.special["(garbage collector)"] ?? 0))}, ours ${ms(med(ours, (r) => r.profile?.special["(garbage collector)"] ?? 0))} ms`,
      `content.js in ${docs} document(s): evaluated in ${ms(med(ours, (r) => r.trace?.evaluateMs))} ms (v8.compile ${ms(med(ours, (r) => r.trace?.compileMs))} ms), then ${med(ours, (r) => r.trace?.callbacks)} callbacks in ${ms(med(ours, (r) => r.trace?.callbackMs))} ms; per document ${ms(med(ours, (r) => (r.trace ? (r.trace.evaluateMs + r.trace.callbackMs) / r.trace.documents : null)))} ms (control: ${ms(med(control, (r) => (r.trace ? (r.trace.evaluateMs + r.trace.callbackMs) / Math.max(1, r.trace.documents) : null)))} ms)`,
      `top frame (ms after navigation start): content.js evaluated ${ms(med(ours, (r) => r.trace?.topFrame.evaluatedAt))}, first callback (storage answered) ${ms(med(ours, (r) => r.trace?.topFrame.firstCallbackAt))}, ${med(ours, (r) => r.trace?.topFrame.callbacks)} callbacks in ${ms(med(ours, (r) => r.trace?.topFrame.callbackMs))} ms; hold released ${ms(med(ours, (r) => r.paint.readyAt))}; FCP ours ${ms(med(ours, (r) => r.paint.fcp))}, control ${ms(med(control, (r) => r.paint.fcp))}`,
      `JS in our scripts (CPU profile): ${ms(med(ours, (r) => r.profile?.oursMs))} ms, by phase:`,
      ...medianList(ours, (r) => r.profile?.phases ?? [], 14).map((x) => `  ${ms(x.ms).padStart(6)}  ${x.name}`),
      'top functions by self time:',
      ...medianList(ours, (r) => r.profile?.functions ?? [], 15).map((x) => `  ${ms(x.ms).padStart(6)}  ${x.name}`),
      'main thread by trace event, self time, ours − control:',
      ...traceDeltas(ours, control, 12).map((x) => `  ${ms(x.ms).padStart(6)}  ${x.name}`),
    );
  }
  return out.join('\n');
}

export function formatAblation({ reps, pages, variants, figures }) {
  const cols = variants.slice(1);
  const framed = pages.find((p) => p.name === 'blank-frames');
  const rowsOf = (key) => {
    const rows = pages.map((p) => [p.name, ...cols.map((v) => `${ms(figures[p.name][v][key].median)} / ${ms(figures[p.name][v][key].p95)}`)]);
    if (key !== 'fcp' && framed && pages.some((p) => p.name === 'tiny')) {
      rows.push(['per blank frame', ...cols.map((v) => ms((figures['blank-frames'][v][key].median - figures.tiny[v][key].median) / framed.frames))]);
    }
    return rows;
  };
  const table = (header, body) => {
    const w = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
    return [header, w.map((n) => '-'.repeat(n)), ...body].map((r) => r.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ')).join('\n');
  };
  return [
    `Each piece of ours alone, over the do-nothing control (median / p95 of ${reps} paired loads, ms):`,
    '',
    'Main thread, CPU time (CDP TaskDuration, threadTicks):',
    table(['page', ...cols], rowsOf('cpu')),
    '',
    'Main thread, wall clock (CDP TaskDuration):',
    table(['page', ...cols], rowsOf('main')),
    '',
    'First contentful paint:',
    table(['page', ...cols], rowsOf('fcp')),
  ].join('\n');
}
