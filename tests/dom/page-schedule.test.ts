// @vitest-environment happy-dom
// The shield's queued work runs before the next paint while the page is visible, and in the next task while it is
// hidden: a background tab runs no animation frames and throttles its timers (Firefox ESR left a shield "pending: 2"
// for over 15 s in CI). Work that waited for a frame when the page went hidden runs then, once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frameOrTask, nextTask } from '@/src/content/page-schedule';

let visibility: DocumentVisibilityState = 'visible';
let frames: Array<() => void> = [];
let end: AbortController;
const win = { requestAnimationFrame: (f: () => void) => frames.push(f) } as unknown as Window;

function setVisibility(v: DocumentVisibilityState): void {
  visibility = v;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  visibility = 'visible';
  frames = [];
  end = new AbortController();
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => end.abort());

describe('frameOrTask', () => {
  it('runs work in the next animation frame while the page is visible, not before', async () => {
    const ran: string[] = [];
    frameOrTask(document, win, end.signal)(() => ran.push('a'));
    await nextTask();
    expect(ran).toEqual([]);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(ran).toEqual(['a']);
  });

  it('runs work in the next task while the page is hidden, with no frame', async () => {
    setVisibility('hidden');
    const ran: string[] = [];
    frameOrTask(document, win, end.signal)(() => ran.push('a'));
    expect(ran).toEqual([]);
    await nextTask();
    await nextTask();
    expect(ran).toEqual(['a']);
    expect(frames).toHaveLength(0);
  });

  it('runs work that waited for a frame when the page is hidden, and only once when the frame comes after all', async () => {
    const ran: string[] = [];
    const schedule = frameOrTask(document, win, end.signal);
    schedule(() => ran.push('a'));
    schedule(() => ran.push('b'));
    setVisibility('hidden');
    await nextTask();
    await nextTask();
    expect(ran).toEqual(['a', 'b']);
    for (const f of frames.splice(0)) f();
    setVisibility('visible');
    await nextTask();
    expect(ran).toEqual(['a', 'b']);
  });

  it('runs nothing once its signal has ended', async () => {
    const ran: string[] = [];
    const schedule = frameOrTask(document, win, end.signal);
    schedule(() => ran.push('frame'));
    setVisibility('hidden');
    schedule(() => ran.push('task'));
    end.abort();
    await nextTask();
    await nextTask();
    for (const f of frames.splice(0)) f();
    expect(ran).toEqual([]);
  });
});
