// The CI smoke version of the bench's ordinary-pages tier (issue 14, scripts/bench/ordinary.mjs): the
// tiny page and the tiny page with 20 empty about:blank frames, each loaded alone, with the do-nothing
// control extension and with ours, in a rotating order, a few times. What ours adds over the control
// (main-thread CPU and wall-clock time, first paint, cost per frame) must stay within regression bounds
// set from the gate's build; the targets (a few ms) are what `npm run bench` reports.
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
 * Regression bounds on ours minus the control, medians of REPS paired loads (docs/issue-14-ordinary-pages.md).
 * Main-thread CPU time is the steady measure. With the gate (issue 14: only gate.js runs in a frame that names
 * no followed show) it measured, on 2 shared cores with Chromium 156 and other tests running: tiny +4.1–4.6 ms,
 * 20 empty frames +26–34 ms, +1.3–1.5 ms per frame (before the gate: +26.5, +107, +4.1). The bounds are about
 * three times that, so that the shield creeping back into every frame (its 90 KB, a storage read, the catalog)
 * fails here. Wall-clock time and first paint on a loaded machine are mostly waiting for a core, so their bounds
 * only catch gross regressions, such as a first-paint hold on a page that names no show (it was +54 ms median).
 * 27 Nov (third session, the manifest's stylesheet the hold alone): tiny +3.9–5.4 ms, 20 frames +21–27 ms, +1.0–1.2 ms
 * per frame; tiny's bound 15 -> 12 ms (the shield in every frame was +26.5). The manifest's stylesheet, matched in
 * every document, is the first-paint hold alone (0.1 KB): the shield's rules (1.7 KB) back there fail MANIFEST_CSS_BYTES.
 * 29 Nov (sixteenth session): tiny's bound 12 -> 20 ms. The machines CI runs on read the same gate about twice as
 * slow as before (a CI run on a fresh clone: tiny 8.6-17.6 ms, median 12.8; 20 frames 55.7 ms, 2.1 ms per frame),
 * as they read the shield's show pages (tests/e2e/bench-smoke.e2e.test.ts). The shield in every frame measured
 * +26.5 ms on the faster machines, so 20 still fails it.
 */
const TINY_CPU_MS = 20;
const FRAMES_CPU_MS = 100;
const PER_FRAME_CPU_MS = 4;
const TINY_MAIN_MS = 150;
const FRAMES_MAIN_MS = 600;
const TINY_FCP_MS = 120;
/** The manifest's stylesheet (entrypoints/content.css, the hold): 141 bytes when written. */
const MANIFEST_CSS_BYTES = 512;
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
  JSON.stringify({
    oursOverControl: { cpu: r.oursOverControl.cpu.samples, wall: r.oursOverControl.main.samples, fcp: r.oursOverControl.fcp.samples },
    controlOverBare: { cpu: r.controlOverBare.cpu.samples, wall: r.controlOverBare.main.samples },
    status: r.status,
  });

beforeAll(async () => {
  assertBrowserReady();
  pagesDir = mkdtempSync(join(tmpdir(), 'spoiler-shield-bench-ordinary-smoke-'));
  const pages = writeOrdinaryPages(pagesDir).filter((p) => p.name === 'tiny' || p.name === 'blank-frames');
  server = await serveFixtures({ root: pagesDir });
  browsers = await openOrdinaryBrowsers();
  // One discarded load per variant warms each browser (the bench warms every page; time is short here).
  for (const v of VARIANTS) await loadOrdinary(browsers.sides[v], `${server.origin}/${pages[0]!.file}`, { settleMs: 100 });
  const samples = await measureOrdinary(browsers, server.origin, pages, { reps: REPS, settleMs: SETTLE_MS });
  tiny = summariseOrdinary(pages.find((p) => p.name === 'tiny')!, samples.tiny!, browsers.injected);
  framed = summariseOrdinary(pages.find((p) => p.name === 'blank-frames')!, samples['blank-frames']!, browsers.injected);
  perFrame = perBlankFrame(samples)!;
  const m = (v: number | null) => (v === null ? '—' : v.toFixed(1));
  console.info(
    `ordinary smoke, ours − control (median of ${REPS}): tiny ${m(tiny.oursOverControl.cpu.median)} ms CPU, ${m(tiny.oursOverControl.main.median)} ms wall, ` +
      `${m(tiny.oursOverControl.fcp.median)} ms FCP; ${BLANK_FRAMES} frames ${m(framed.oursOverControl.cpu.median)} ms CPU, ${m(framed.oursOverControl.main.median)} ms wall; ` +
      `per frame ${m(perFrame.cpu.oursOverControl.median)} ms CPU`,
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

  it(`adds at most ${TINY_CPU_MS} ms of main-thread CPU, ${TINY_MAIN_MS} ms of wall clock and ${TINY_FCP_MS} ms of first paint over the control on a tiny page`, () => {
    expect(tiny.oursOverControl.cpu.median!, figures(tiny)).toBeLessThanOrEqual(TINY_CPU_MS);
    expect(tiny.oursOverControl.main.median!, figures(tiny)).toBeLessThanOrEqual(TINY_MAIN_MS);
    expect(tiny.oursOverControl.fcp.median!, figures(tiny)).toBeLessThanOrEqual(TINY_FCP_MS);
  });

  it(`adds at most ${FRAMES_CPU_MS} ms of CPU (${FRAMES_MAIN_MS} ms wall) over the control with ${BLANK_FRAMES} empty frames, ${PER_FRAME_CPU_MS} ms of CPU per frame`, () => {
    expect(framed.frames).toBe(BLANK_FRAMES);
    expect(framed.oursOverControl.cpu.median!, figures(framed)).toBeLessThanOrEqual(FRAMES_CPU_MS);
    expect(framed.oursOverControl.main.median!, figures(framed)).toBeLessThanOrEqual(FRAMES_MAIN_MS);
    expect(perFrame.cpu.oursOverControl.median!, JSON.stringify(perFrame.cpu.oursOverControl.samples)).toBeLessThanOrEqual(PER_FRAME_CPU_MS);
  });

  it(`puts at most ${MANIFEST_CSS_BYTES} bytes of stylesheet in every document (the first-paint hold alone)`, () => {
    expect(browsers.injected.ours.cssBytes, JSON.stringify(browsers.injected.ours.files)).toBeGreaterThan(0);
    expect(browsers.injected.ours.cssBytes, JSON.stringify(browsers.injected.ours.files)).toBeLessThanOrEqual(MANIFEST_CSS_BYTES);
  });

  it('sees the control cost something in every frame (so it really is injected), and less than ours', () => {
    // The control's content scripts are placed like ours: an isolated world in each of the 21 documents.
    expect(perFrame.cpu.controlOverBare.median!, JSON.stringify(perFrame.cpu.controlOverBare.samples)).toBeGreaterThan(0);
    expect(framed.oursOverControl.cpu.median!, figures(framed)).toBeGreaterThan(0);
  });
});
