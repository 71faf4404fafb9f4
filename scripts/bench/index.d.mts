// Types for scripts/bench/index.mjs, so the TypeScript smoke test can import the bench's modules.
import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser, ShieldStatus } from '../extension-browser.mjs';

export declare const KB: number;
export declare const MB: number;
export declare const SPOILER_SHARE: number;
export declare const WATCHED: number;
export declare const IDLE_MS: number;
export declare const VIEWPORT: { width: number; height: number };
export declare const DEFAULT_SIZES: { name: string; bytes: number }[];

/** A generated page, as written by writePages. */
export interface BenchPage {
  name: string;
  kind: 'show' | 'plain' | 'comments';
  file: string;
  htmlBytes: number;
  textBytes: number;
  passages: number;
  spoilers: number;
  episodeOne: number;
  distinctWords: number;
  appended?: { count: number; spoilers: number };
  durationMs?: number;
}

export interface PoolStats {
  candidates: number;
  kept: number;
  dropped: number;
  droppedSources: string[];
}

export declare function writePages(
  dir: string,
  options?: {
    seed?: number;
    sizes?: { name: string; bytes: number }[];
    plainBytes?: number | null;
    comments?: { durationMs: number } | null;
  },
): { pages: BenchPage[]; pool: PoolStats; watched: number };

export interface BenchBrowsers {
  extension: ExtensionBrowser;
  bare: BrowserContext;
  browserVersion: string | null;
  close(): Promise<void>;
}

export declare function openBrowsers(options?: { viewport?: { width: number; height: number } }): Promise<BenchBrowsers>;

export interface ProbeReading {
  dcl: number | null;
  load: number | null;
  settledAt: number | null;
  lastSpoilerHiddenAt: number | null;
  expectedSpoilers: number;
  spoilersHidden: number;
  safeHidden: number;
  episodeOneHidden: number;
  marked: number;
  longTaskCount: number | null;
  longestTask: number | null;
  longTaskTotal: number | null;
  comments: { appended: number; neverHidden: number; delays: number[]; done: boolean } | null;
}

export interface LoadReading {
  metrics: { TaskDuration: number; ScriptDuration: number; LayoutDuration: number; RecalcStyleDuration: number; JSHeapUsedSize: number };
  probe: ProbeReading;
  floor: { ms: number; words: number; chars: number; runs: number[] } | null;
  heap: { v8: number; embedder: number; total: number };
  status: ShieldStatus | null;
  idle: boolean;
  polls: number;
  waitedMs: number;
}

export interface BenchSample {
  withExtension: LoadReading;
  without: LoadReading;
}

export declare function measurePage(
  browsers: BenchBrowsers,
  origin: string,
  page: BenchPage,
  options?: { reps?: number; settleTimeoutMs?: number },
): Promise<BenchSample[]>;
export declare function checkProgressApplied(browsers: BenchBrowsers, origin: string, page: BenchPage): Promise<BenchSample>;
export declare function bundleSize(): { file: string; bytes: number; gzipBytes: number; gate: { file: string; bytes: number; gzipBytes: number } };
export declare function median(values: readonly (number | null)[]): number | null;
export declare function quantile(values: readonly number[], q: number): number | null;

export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  samples: (number | null)[];
}

export interface BenchRecord {
  page: string;
  kind: BenchPage['kind'];
  reps: number;
  passages: number;
  spoilers: number;
  settleMs: Spread;
  settled: boolean;
  recall: number;
  safeHidden: number;
  episodeOneHidden: number;
  shieldIdle: boolean;
  status: ShieldStatus | null;
  addedMainThreadMs: Spread;
  floorMs: Spread;
  addedOverFloor: number | null;
  longestTaskMs: { withExtension: Spread; without: Spread };
  heapDeltaBytes: Spread;
  comments: {
    appendedSpoilers: number;
    p50Ms: Spread;
    p95Ms: Spread;
    maxMs: Spread;
    neverHidden: number;
    allAppended: boolean;
  } | null;
  [figure: string]: unknown;
}

export interface TargetCheck {
  page: string;
  id: string;
  what: string;
  value: number | null;
  limit: number;
  pass: boolean;
}

export declare const LIMITS: {
  addedOverFloor1m: number;
  longestTaskMs: number;
  longestTaskOverBare: number;
  growth4mOver1m: number;
  appendedP95Ms: number;
  heapDelta4mBytes: number;
  bundleBytes: number;
  plainAddedOverFloor: number;
};
export declare function summarisePage(page: BenchPage, samples: BenchSample[]): BenchRecord;
export declare function checkTargets(records: BenchRecord[], bundle: { bytes: number } | null): TargetCheck[];
export declare function formatReport(report: {
  records: BenchRecord[];
  checks: TargetCheck[];
  bundle: { file: string; bytes: number; gzipBytes: number };
  reps: number;
}): string;
export declare function buildPool(options?: { seed?: number; variantsPerPassage?: number; fillerDraws?: number }): {
  stats: PoolStats;
  [part: string]: unknown;
};
