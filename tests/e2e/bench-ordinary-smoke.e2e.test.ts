// The CI smoke version of the bench's ordinary-pages tier (issue 14, scripts/bench/ordinary.mjs): the
// tiny page and the tiny page with 20 empty about:blank frames, each loaded alone, with the do-nothing
// control extension and with ours, in a rotating order, a few times. What ours adds over the control
// must stay within regression bounds set from today's build; the targets (a few ms) are what
// `npm run bench` reports, and today's build misses them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBrowserReady } from '../../scripts/extension-browser.mjs';
import {
  BLANK_FRAMES,
  VARIANTS,
  loadOrdinary,
  measureOrdinary,
  openOrdinaryBrowsers,
  perBlankFrame,
  summariseOrdinary,
  writeOrdinaryPages,
  type OrdinaryBrowsers,
  type OrdinaryRecord,
  type PerBlankFrame,
} from '../../scripts/bench/ordinary.mjs';
import { serveFixtures } from './harness';

/**
 * Regression bounds on ours minus the control, medians of REPS paired loads. Today (build b2da756,
 * 2 cores, Chromium 156, other tests running): tiny ≈ +40 ms main thread and ≈ +55 ms first paint;
 * the 20-frame page ≈ +225 ms; ≈ 9 ms per empty frame (the control itself ≈ 4 ms). Set at about twice
 * today's, so that noise passes and a doubling fails. Tighten them as issue 14 lands.
 */
const TINY_MAIN_MS = 100;
const TINY_FCP_MS = 150;
const FRAMES_MAIN_MS = 450;
const PER_FRAME_MS = 20;
const REPS = 5;
/** Long enough for ours to release the hold and go idle on these small pages (see the tail check). */
const SETTLE_MS = 400;

let pagesDir: string;
let server: Awaited<ReturnType<typeof serveFixtures>>;
let browsers: OrdinaryBrowsers;
let tiny: OrdinaryRecord;
let framed: OrdinaryRecord;
let perFrame: PerBlankFrame;

const figures = (r: OrdinaryRecord) =>
  JSON.stringify({ oursOverControl: r.oursOverControl.main.samples, fcp: r.oursOverControl.fcp.samples, controlOverBare: r.controlOverBare.main.samples, status: r.status });

beforeAll(async () => {
  assertBrowserReady();
  pagesDir = mkdtempSync(join(tmpdir(), 'spoiler-shield-bench-ordinary-smoke-'));
  const pages = writeOrdinaryPages(pagesDir).filter((p) => p.name === 'tiny' || p.name === 'blank-frames');
  server = await serveFixtures({ root: pagesDir });
  browsers = await openOrdinaryBrowsers();
  for (const page of pages) for (const v of VARIANTS) await loadOrdinary(browsers.sides[v], `${server.origin}/${page.file}`, { settleMs: 100 });
  const samples = await measureOrdinary(browsers, server.origin, pages, { reps: REPS, settleMs: SETTLE_MS });
  tiny = summariseOrdinary(pages.find((p) => p.name === 'tiny')!, samples.tiny!, browsers.injected);
  framed = summariseOrdinary(pages.find((p) => p.name === 'blank-frames')!, samples['blank-frames']!, browsers.injected);
  perFrame = perBlankFrame(samples)!;
  const m = (v: number | null) => (v === null ? '—' : v.toFixed(1));
  console.info(
    `ordinary smoke, ours − control (median of ${REPS}): tiny ${m(tiny.oursOverControl.main.median)} ms main, ${m(tiny.oursOverControl.fcp.median)} ms FCP; ` +
      `${BLANK_FRAMES} frames ${m(framed.oursOverControl.main.median)} ms main; per frame ${m(perFrame.oursOverControl.median)} ms`,
  );
}, 120_000);

afterAll(async () => {
  await browsers?.close();
  await server?.close();
  if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
});

describe('ordinary-pages smoke (real Chromium: no extension, a do-nothing control, ours)', () => {
  it('hides nothing and sees no mention of the show on pages not about it, and was idle when read', () => {
    for (const r of [tiny, framed]) {
      expect(r.status, figures(r)).toMatchObject({ hiddenCount: 0, showMentioned: false, pending: 0, ready: true });
      // The page was read after every variant had settled: nothing still running 200 ms later.
      expect(r.tailMs.ours.median!, figures(r)).toBeLessThan(25);
      expect(r.releasedAtMs.n, 'the first-paint hold was never released').toBe(REPS);
    }
  });

  it(`adds at most ${TINY_MAIN_MS} ms of main thread and ${TINY_FCP_MS} ms of first paint over the control on a tiny page`, () => {
    expect(tiny.oursOverControl.main.median!, figures(tiny)).toBeLessThanOrEqual(TINY_MAIN_MS);
    expect(tiny.oursOverControl.fcp.median!, figures(tiny)).toBeLessThanOrEqual(TINY_FCP_MS);
  });

  it(`adds at most ${FRAMES_MAIN_MS} ms over the control with ${BLANK_FRAMES} empty frames, ${PER_FRAME_MS} ms per frame`, () => {
    expect(framed.frames).toBe(BLANK_FRAMES);
    expect(framed.oursOverControl.main.median!, figures(framed)).toBeLessThanOrEqual(FRAMES_MAIN_MS);
    expect(perFrame.oursOverControl.median!, JSON.stringify(perFrame.oursOverControl.samples)).toBeLessThanOrEqual(PER_FRAME_MS);
  });
});
