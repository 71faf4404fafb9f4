/**
 * When the content script's queued work runs. Before the next paint while the page is visible; a hidden
 * page paints nothing and runs no animation frames (and both browsers throttle its timers: Firefox ESR
 * waited over 15 s for one in CI), so there the work runs in the next task, by a message to ourselves.
 * Work that was waiting for a frame when the page went hidden runs then too, instead of waiting for the
 * page to be shown again (the tab's badge counts it, and the popup asks whether the page is read).
 */

/** Resolves in a new task: a message to ourselves, which no browser throttles in a background tab. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A `schedule` for the shield (src/shield/scheduler.ts) in `doc`, with listeners ended by `signal`. */
export function frameOrTask(doc: Document, win: Window, signal: AbortSignal): (work: () => void) => void {
  /** Work waiting for an animation frame, each run once: by the frame, or in a task if the page is hidden first. */
  const waiting = new Map<() => void, () => void>();
  const inTask = (work: () => void) => void nextTask().then(() => signal.aborted || work());
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'visible') return;
      const all = [...waiting.values()];
      waiting.clear();
      for (const work of all) inTask(work);
    },
    { signal },
  );
  return (work) => {
    if (doc.visibilityState !== 'visible') return inTask(work);
    const run = () => {
      if (waiting.delete(run) && !signal.aborted) work();
    };
    waiting.set(run, work);
    win.requestAnimationFrame(run);
  };
}
