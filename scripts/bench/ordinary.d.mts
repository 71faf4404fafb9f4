// Types for scripts/bench/ordinary.mjs (the ordinary-pages tier, issue 14), for the TypeScript smoke test.
import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser, ShieldStatus } from '../extension-browser.mjs';

export type Variant = 'bare' | 'control' | 'ours';
export declare const VARIANTS: Variant[];
export declare const ORDINARY_PAGES: string[];
export declare const BLANK_FRAMES: number;
export declare const ORDINARY_SETTLE_MS: number;
export declare const ORDINARY_TARGETS: {
  addedMainMedianMs: number;
  addedMainP95Ms: number;
  addedPaintMedianMs: number;
  addedPaintP95Ms: number;
  perFrameMs: number;
};

export interface OrdinaryPage {
  name: string;
  kind: 'ordinary';
  file: string;
  htmlBytes: number;
  textChars: number;
  elements: number;
  frames: number;
  catalogWordHits: Record<string, number>;
}

export interface InjectedFiles {
  files: { file: string; kind: 'js' | 'css'; world: string; bytes: number }[];
  bytes: number;
  cssBytes: number;
}

export interface OrdinaryBrowsers {
  sides: { bare: { context: BrowserContext }; control: ExtensionBrowser; ours: ExtensionBrowser };
  injected: { ours: InjectedFiles; control: InjectedFiles };
  browserVersion: string | null;
  close(): Promise<void>;
}

type Durations = { TaskDuration: number; ScriptDuration: number; LayoutDuration: number; RecalcStyleDuration: number };

export interface OrdinaryLoad {
  /** Wall-clock durations (CDP Performance, timeTicks). */
  metrics: Durations;
  /** The same durations in the main thread's CPU time (timeDomain 'threadTicks'). */
  cpu: Durations;
  tailMs: number;
  paint: { fcp: number | null; fp: number | null; dcl: number | null; load: number | null; readyAt: number | null; frames: number };
  status: ShieldStatus | null;
}

export type OrdinarySample = Record<Variant, OrdinaryLoad>;

export interface Stats {
  median: number | null;
  p95: number | null;
  n: number;
  samples: (number | null)[];
}

export interface OrdinaryRecord {
  page: string;
  frames: number;
  reps: number;
  mainThreadMs: Record<Variant, Stats>;
  mainThreadCpuMs: Record<Variant, Stats>;
  fcpMs: Record<Variant, Stats>;
  releasedAtMs: Stats;
  controlOverBare: { main: Stats; cpu: Stats; fcp: Stats };
  oursOverBare: { main: Stats; cpu: Stats; fcp: Stats };
  oursOverControl: { main: Stats; cpu: Stats; fcp: Stats; script: Stats; layoutAndStyle: Stats };
  perDocumentMs: Stats;
  perDocumentCpuMs: Stats;
  tailMs: Record<Variant, Stats>;
  scriptBytesParsed: { ours: number; control: number };
  status: ShieldStatus | null;
  [figure: string]: unknown;
}

export interface FrameCost {
  bareMs: Stats;
  controlOverBare: Stats;
  oursOverBare: Stats;
  oursOverControl: Stats;
}

export interface PerBlankFrame extends FrameCost {
  frames: number;
  /** The same, in main-thread CPU time. */
  cpu: FrameCost;
}

export interface OrdinaryCheck {
  page: string;
  id: string;
  what: string;
  value: number | string | null;
  limit: number | string;
  pass: boolean;
}

export declare function writeOrdinaryPages(dir: string, options?: { seed?: number }): OrdinaryPage[];
export declare function installPaintProbe(): void;
export declare function openOrdinaryBrowsers(options?: { viewport?: { width: number; height: number } }): Promise<OrdinaryBrowsers>;
export declare function loadOrdinary(
  side: { context: BrowserContext; serviceWorker?: unknown },
  url: string,
  options?: { settleMs?: number; checkStatus?: boolean },
): Promise<OrdinaryLoad>;
export declare function measureOrdinary(
  browsers: OrdinaryBrowsers,
  origin: string,
  pages: OrdinaryPage[],
  options?: { reps?: number; settleMs?: number; variants?: string[]; log?: (message: string) => void },
): Promise<Record<string, OrdinarySample[]>>;
export declare function stats(values: readonly (number | null)[]): Stats;
export declare function summariseOrdinary(page: OrdinaryPage, reps: OrdinarySample[], injected: OrdinaryBrowsers['injected']): OrdinaryRecord;
export declare function perBlankFrame(samples: Record<string, OrdinarySample[]>): PerBlankFrame | null;
export declare function checkOrdinaryTargets(records: OrdinaryRecord[], perFrame: PerBlankFrame | null): OrdinaryCheck[];
export declare function formatOrdinaryReport(report: {
  records: OrdinaryRecord[];
  perFrame: PerBlankFrame | null;
  checks: OrdinaryCheck[];
  injected: OrdinaryBrowsers['injected'];
  reps: number;
  settleMs: number;
}): string;
export declare function readManifest(dir?: string): { content_scripts?: Record<string, unknown>[]; [key: string]: unknown };
export declare function injectedFiles(dir?: string): InjectedFiles;
export declare function writeControlExtension(ours?: string): { dir: string; contentScripts: Record<string, unknown>[]; remove(): void };
export declare function runOrdinaryTier(
  origin: string,
  pages: OrdinaryPage[],
  options?: { reps?: number; settleMs?: number; log?: (message: string) => void },
): Promise<{
  records: OrdinaryRecord[];
  perFrame: PerBlankFrame | null;
  checks: OrdinaryCheck[];
  injected: OrdinaryBrowsers['injected'];
  reps: number;
  settleMs: number;
  browserVersion: string | null;
  report: string;
}>;
