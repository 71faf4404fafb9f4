// The bench's modules in one place, for `scripts/bench.mjs` and the CI smoke test
// (tests/e2e/bench-smoke.e2e.test.ts).
export { KB, MB, DEFAULT_SIZES, SPOILER_SHARE, writePages } from './pages.mjs';
export { WATCHED, buildPool } from './pool.mjs';
export { IDLE_MS, VIEWPORT, bundleSize, checkProgressApplied, measurePage, median, openBrowsers, quantile } from './measure.mjs';
export { LIMITS, checkTargets, formatReport, summarisePage } from './report.mjs';
