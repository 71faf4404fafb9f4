// Reads a CDP CPU profile (Profiler.stop) and a trace (Tracing, devtools.timeline + v8) of one page
// load, for scripts/bench/profile-ordinary.mjs: where the content script's time goes, by function and
// by phase of its startup; what the main thread did, by trace event; when the page was first painted.

/** Phases of the content script, named by the functions an unminified build keeps (first match from the leaf up). */
const PHASES = [
  ['catalog rebuilt (fromWire)', ['fromWire', 'compileFromWire']],
  ['analysis of blocks that pass the gate', ['analyseBlock', 'analyse']],
  ['word gate (names regex, per-word cache)', ['passes', 'ofWords', 'ofCatalog', 'substringsOf', 'normalizeWord']],
  ['reading block text', ['readBlockText']],
  ['DOM walk (BlockWalk)', ['step', 'BlockWalk', 'ownerOf', 'blockOf', 'isSkipped']],
  ['MutationObserver callback (queueRecords)', ['queueRecords', 'attributeChanged']],
  ['title and labels', ['checkTitle', 'checkLabels', 'pageTitle']],
  ['catalog read: JSON.parse + gate words', ['catalogSource', 'parse', 'wireGateWords']],
  ['settings (settingsFrom, applySettings, look)', ['applySettings', 'settingsFrom', 'setLook', 'lookCss', 'isShieldOn', 'setOwnPlotPoints', 'apply', 'decideAll']],
  ['shield setup (Shield, highlights, observers)', ['Shield', 'HiddenRanges', 'CoveredLabels', 'PageContext', 'start', 'watchRoot', 'BlockMarks']],
  ['reveal listeners', ['listenForReveals', 'listen']],
  ['i18n (getUILanguage, translate)', ['getUILanguage', 'browserTranslate', 'langOf']],
  ['messages (get-status, tab-mentioned)', ['isToContent', 'askTab', 'askTabThenRelease', 'send']],
  ['first-paint release (whenIdle, release)', ['release', 'whenIdle']],
  ['slice bookkeeping (request, slice, budget)', ['slice', 'run', 'request', 'budget', 'notifyCount']],
  ['WXT content-script context', ['ContentScriptContext', 'stopOldScripts', 'listenForNewerScripts', 'createLocationWatcher']],
  ['startup (runContentScript, top level)', ['runContentScript', 'main']],
];

const short = (url) => url.split('/').pop() || '';

/**
 * The CPU profile of one renderer's main thread, from a trace recorded with the
 * disabled-by-default-v8.cpu_profiler category (it follows a navigation into a new renderer, which
 * the Profiler domain does not): the chunks of the profile with the most samples in process `pid`.
 */
export function profileFromTrace(events, pid) {
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
    const p = profiles.get(e.id) ?? { nodes: [], samples: [], timeDeltas: [], startTime: null };
    profiles.set(e.id, p);
    if (e.name === 'Profile') p.startTime = e.args.data.startTime;
    const chunk = e.args?.data?.cpuProfile;
    if (!chunk) continue;
    p.nodes.push(...(chunk.nodes ?? []));
    p.samples.push(...(chunk.samples ?? []));
    p.timeDeltas.push(...(e.args.data.timeDeltas ?? []));
  }
  const [best] = [...profiles.values()].sort((a, b) => b.samples.length - a.samples.length);
  if (!best) return null;
  best.startTime ??= 0;
  return best;
}

/**
 * Self time per function and per phase, for frames from scripts whose URL starts with `prefix` (ours:
 * chrome-extension://<id>/). A native function (no URL) called from our code counts as ours, under
 * its own name. GC and the rest of the renderer ("(program)") are reported apart.
 */
export function summariseProfile(profile, prefix) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) {
    if (n.parent !== undefined) parent.set(n.id, n.parent);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const times = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const fn = new Map();
  const phases = new Map();
  const special = new Map();
  let ours = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const ms = (times[i + 1] - times[i]) / 1000;
    const leaf = byId.get(profile.samples[i]);
    if (!leaf) continue;
    const name = leaf.callFrame.functionName;
    if (!leaf.callFrame.url && /^\((idle|program|garbage collector|root)\)$/.test(name)) {
      add(special, name, ms);
      continue;
    }
    const stack = [];
    for (let id = leaf.id; id !== undefined && byId.has(id); id = parent.get(id)) stack.push({ url: '', ...byId.get(id).callFrame });
    if (!stack.some((f) => f.url.startsWith(prefix))) continue;
    ours += ms;
    add(fn, `${name || '(anonymous)'} ${leaf.callFrame.url ? `${short(leaf.callFrame.url)}:${leaf.callFrame.lineNumber + 1}` : '(native)'}`, ms);
    let phase = stack.some((f) => f.url.endsWith('shadow-hook.js')) ? 'shadow hook (MAIN world)' : undefined;
    for (const f of stack) {
      if (phase) break;
      if (f.url && !f.url.startsWith(prefix)) continue;
      phase = PHASES.find(([, names]) => names.includes(f.functionName))?.[0];
    }
    if (!phase && (name === 'get storage' || name === 'setAccessLevel' || name === 'get' || name === 'addListener')) phase = 'extension API bindings';
    add(phases, phase ?? 'script top level and other', ms);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms }));
  return { oursMs: ours, functions: sorted(fn), phases: sorted(phases), special: Object.fromEntries(special) };
}

/** Complete events ('X') of one thread, with self time (duration minus nested events). */
function selfTimes(events) {
  const sorted = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const self = new Map();
  for (const e of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const top = stack.at(-1);
    if (top && e.ts + e.dur <= top.ts + top.dur) self.set(top, self.get(top) - e.dur);
    self.set(e, e.dur);
    stack.push(e);
  }
  const byName = new Map();
  for (const [e, us] of self) byName.set(e.name, (byName.get(e.name) ?? 0) + us / 1000);
  return byName;
}

const isScript = (e, file) => typeof e.args?.data?.url === 'string' ? e.args.data.url.endsWith(file) : typeof e.args?.fileName === 'string' && e.args.fileName.endsWith(file);

/**
 * The renderer main thread that loaded `pageUrl`: self time by event name, the content script's
 * evaluations and callbacks (per document), and the top frame's first contentful paint.
 * `scriptFile` is the content script's file name (content.js for ours, noop-0.js for the control).
 */
/** The renderer process and main thread that parsed `pageUrl`, and its navigation start. */
export function pageThread(events, pageUrl) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  return parse && nav ? { pid: parse.pid, tid: parse.tid, nav } : null;
}

export function summariseTrace(events, pageUrl, scriptFile) {
  const thread = pageThread(events, pageUrl);
  if (!thread) return null;
  const { pid, tid, nav } = thread;
  const main = events.filter((e) => e.pid === pid && e.tid === tid);
  const topFrame = nav.args.frame;
  const at = (e) => (e ? (e.ts - nav.ts) / 1000 : null);
  const evaluations = main.filter((e) => e.name === 'EvaluateScript' && isScript(e, scriptFile));
  const compiles = main.filter((e) => e.name === 'v8.compile' && isScript(e, scriptFile));
  const calls = main.filter((e) => e.name === 'FunctionCall' && isScript(e, scriptFile));
  const sum = (list) => list.reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
  const topCalls = calls.filter((e) => e.args.data.frame === topFrame);
  const fcp = main.find((e) => e.name === 'firstContentfulPaint' && e.args?.frame === topFrame);
  // Top-level tasks only (a nested run loop's tasks sit inside another).
  const tasks = [];
  for (const e of main.filter((x) => x.ph === 'X' && (x.name === 'ThreadControllerImpl::RunTask' || x.name === 'RunTask')).sort((a, b) => a.ts - b.ts)) {
    const last = tasks.at(-1);
    if (!last || e.ts >= last.ts + last.dur) tasks.push(e);
  }
  return {
    documents: new Set(evaluations.map((e) => e.args.data.frame)).size,
    evaluateMs: sum(evaluations),
    compileMs: sum(compiles),
    callbacks: calls.length,
    callbackMs: sum(calls),
    topFrame: {
      evaluatedAt: at(evaluations.find((e) => e.args.data.frame === topFrame)),
      firstCallbackAt: at(topCalls[0]),
      callbacks: topCalls.length,
      callbackMs: sum(topCalls),
    },
    fcpAt: at(fcp),
    mainThreadMs: sum(tasks),
    /** The same tasks in the thread's CPU time (trace events' tdur). */
    mainThreadCpuMs: tasks.reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0),
    selfByEvent: Object.fromEntries(selfTimes(main)),
  };
}
