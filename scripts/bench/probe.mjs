// Code the bench runs inside the measured page's main world. The same probe is installed with and
// without the extension, so its own cost is in both readings. It never polls: without the extension
// no attribute ever changes, so its observer never runs, and with it each change costs O(1).

/**
 * Installed with `addInitScript` before the page's first script. Records DOMContentLoaded and load,
 * every long task, how many expected (data-bench-spoiler) and unexpected blocks are hidden, when
 * all expected ones first were, and when each appended comment was first hidden.
 */
export function installProbe() {
  if (window !== window.top || window.__benchProbe) return;
  const hiddenAt = new Map();
  const probe = {
    dcl: null,
    load: null,
    expected: null,
    hiddenSpoilers: 0,
    hiddenSafe: 0,
    settledAt: null,
    lastSpoilerHiddenAt: null,
    longTasks: [],
    hiddenAt,
  };
  Object.defineProperty(window, '__benchProbe', { value: probe });
  document.addEventListener('DOMContentLoaded', () => (probe.dcl = performance.now()), { once: true });
  addEventListener('load', () => (probe.load = performance.now()), { once: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    probe.longTasks = null; // not supported: reported as unknown, never as "no long task"
  }
  // Counts transitions into and out of "hidden", from each element's value before this batch of
  // records (the first record's oldValue) to its value now, so the count is the number of blocks
  // hidden now and the probe keeps no reference to any element except appended comments.
  new MutationObserver((records) => {
    const now = performance.now();
    const before = new Map();
    for (const record of records) if (!before.has(record.target)) before.set(record.target, record.oldValue);
    for (const [element, oldValue] of before) {
      const wasHidden = oldValue === 'hidden';
      const isHidden = element.getAttribute('data-spoiler-shield') === 'hidden';
      if (wasHidden === isHidden) continue;
      const change = isHidden ? 1 : -1;
      if (!element.hasAttribute('data-bench-spoiler')) {
        // A comment hidden whole (a unit) marks itself and every block in it: those marks are the spoiler's.
        if (!element.closest('[data-bench-spoiler]') && !element.querySelector('[data-bench-spoiler]')) probe.hiddenSafe += change;
        continue;
      }
      probe.hiddenSpoilers += change;
      if (!isHidden) continue;
      probe.lastSpoilerHiddenAt = now;
      if (element.hasAttribute('data-bench-comment') && !hiddenAt.has(element)) hiddenAt.set(element, now);
      probe.expected ??= Number(document.documentElement.getAttribute('data-bench-spoilers'));
      if (probe.settledAt === null && probe.hiddenSpoilers >= probe.expected) probe.settledAt = now;
    }
  }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-spoiler-shield'] });
}

/**
 * What the probe saw, plus a final count of the page as it is now (read after the metrics, so this
 * query's cost is in neither reading). Appended comments get their insertion → hidden delays.
 */
export function readProbe() {
  const probe = window.__benchProbe;
  const count = (selector) => document.querySelectorAll(selector).length;
  const delays = [];
  let neverHidden = 0;
  let appended = 0;
  const comments = window.__benchComments;
  if (comments) {
    for (const element of document.querySelectorAll('[data-bench-comment][data-bench-spoiler]')) {
      appended++;
      const inserted = comments.inserted[Number(element.getAttribute('data-bench-comment'))];
      const hidden = probe.hiddenAt.get(element);
      if (hidden === undefined || inserted === undefined) neverHidden++;
      else delays.push(hidden - inserted);
    }
  }
  const longTasks = probe.longTasks;
  return {
    dcl: probe.dcl,
    load: probe.load,
    settledAt: probe.settledAt,
    lastSpoilerHiddenAt: probe.lastSpoilerHiddenAt,
    observedSpoilersHidden: probe.hiddenSpoilers,
    observedSafeHidden: probe.hiddenSafe,
    expectedSpoilers: count('[data-bench-spoiler]'),
    spoilersHidden: count('[data-bench-spoiler][data-spoiler-shield="hidden"]'),
    // Hidden passages (a hidden element not inside another) with no spoiler in them.
    safeHidden: [...document.querySelectorAll('[data-spoiler-shield="hidden"]:not([data-spoiler-shield="hidden"] *)')].filter(
      (el) => !el.matches('[data-bench-spoiler]') && !el.querySelector('[data-bench-spoiler]'),
    ).length,
    episodeOneHidden: count('[data-bench-episode="1"][data-spoiler-shield="hidden"]'),
    marked: count('[data-spoiler-shield]'),
    longTaskCount: longTasks ? longTasks.length : null,
    longestTask: longTasks ? Math.max(0, ...longTasks.map(([, duration]) => duration)) : null,
    longTaskTotal: longTasks ? longTasks.reduce((sum, [, duration]) => sum + duration, 0) : null,
    comments: comments ? { appended, neverHidden, delays, done: comments.done } : null,
  };
}

/**
 * The floor: the least any text reader must do on this page — one TreeWalker over every text node of
 * the body and one /\p{L}+/gu pass over each. Returns milliseconds, with the counts so the work is
 * not optimised away.
 */
export function floorPass() {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const word = /\p{L}+/gu;
  let words = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    chars += text.length;
    word.lastIndex = 0;
    while (word.exec(text) !== null) words++;
  }
  return { ms: performance.now() - started, words, chars };
}
