// The ordinary-pages tier in one call, for scripts/bench.mjs: writes the pages, opens the three
// browsers, warms each up with one discarded load of every page, measures, and summarises.
import { checkOrdinaryTargets, formatOrdinaryReport, perBlankFrame, summariseOrdinary } from './ordinary-report.mjs';
import { ORDINARY_SETTLE_MS, VARIANTS, loadOrdinary, measureOrdinary, openOrdinaryBrowsers } from './ordinary-measure.mjs';

export { ORDINARY_PAGES, BLANK_FRAMES, writeOrdinaryPages } from './ordinary-pages.mjs';
export { ORDINARY_SETTLE_MS, VARIANTS, installPaintProbe, loadOrdinary, measureOrdinary, openOrdinaryBrowsers } from './ordinary-measure.mjs';
export { ORDINARY_TARGETS, checkOrdinaryTargets, formatOrdinaryReport, perBlankFrame, stats, summariseOrdinary } from './ordinary-report.mjs';
export { injectedFiles, readManifest, writeControlExtension } from './control.mjs';

/** Runs the tier on `pages` (from writeOrdinaryPages) served at `origin`; returns the figures and the printed report. */
export async function runOrdinaryTier(origin, pages, { reps = 10, settleMs = ORDINARY_SETTLE_MS, log = () => {} } = {}) {
  const browsers = await openOrdinaryBrowsers();
  try {
    // One discarded load per page and variant: warms the disk cache and each browser's processes.
    for (const page of pages) for (const v of VARIANTS) await loadOrdinary(browsers.sides[v], `${origin}/${page.file}`, { settleMs: 100 });
    const samples = await measureOrdinary(browsers, origin, pages, { reps, settleMs, log });
    const records = pages.map((p) => summariseOrdinary(p, samples[p.name], browsers.injected));
    const perFrame = perBlankFrame(samples);
    const checks = checkOrdinaryTargets(records, perFrame);
    const report = formatOrdinaryReport({ records, perFrame, checks, injected: browsers.injected, reps, settleMs });
    return { records, perFrame, checks, injected: browsers.injected, reps, settleMs, browserVersion: browsers.browserVersion, report };
  } finally {
    await browsers.close();
  }
}
