/**
 * When the shield works: a slice of bounded length in the microtask right after a change (so new text
 * is checked before the page can paint it), and the rest before the following frames (like Dark
 * Reader's AsyncQueue, which yields after a frame's worth of work).
 */

/** Microtask slices allowed between two frames (see request). */
const MICRO_SLICES_PER_FRAME = 200;
/** The first seconds of a document, and the slice budget then (see budget()). */
const EARLY_MS = 3000;
const EARLY_SLICE_MS = 20;

export interface SchedulerOptions {
  /** Runs `work` before the next frame; the content script's runs it in the next task while the page is hidden (page-schedule.ts). */
  schedule?: (work: () => void) => void;
  /** Milliseconds of work per slice. */
  sliceMs?: number;
}

export class SliceScheduler {
  private scheduled = false;
  /** Slices run in microtasks since the last one run before a frame. */
  private microSlices = 0;

  constructor(
    /** One slice: work for about `budgetMs`; `urgent` when it runs before the page can paint. */
    private readonly run: (budgetMs: number, urgent: boolean) => void,
    /** Whether work is wanted and waiting. */
    private readonly waiting: () => boolean,
    private readonly options: SchedulerOptions = {},
  ) {}

  /** Asks for a slice: in a microtask when something just changed, else before the next frame. */
  request(soon: boolean): void {
    if (this.scheduled || !this.waiting()) return;
    this.scheduled = true;
    // A page that answers every mark with a change (and the shield every change with a mark) would
    // ping-pong in microtasks forever: after many microtask slices with no frame between, wait for one.
    const inMicrotask = soon && this.microSlices < MICRO_SLICES_PER_FRAME;
    const run = () => {
      this.scheduled = false;
      if (inMicrotask) this.microSlices++;
      else this.microSlices = 0;
      this.run(this.budget(), inMicrotask);
      if (this.waiting()) this.request(false);
    };
    if (inMicrotask) queueMicrotask(run);
    else (this.options.schedule ?? queueMicrotask)(run);
  }

  /**
   * A slice's budget. Early in a document's life (while its first screenful is read, the catalog
   * rebuilt and the first words looked up) slices may run longer, so the first pass is one frame.
   */
  private budget(): number {
    const base = this.options.sliceMs ?? 8;
    return performance.now() < EARLY_MS ? Math.max(base, EARLY_SLICE_MS) : base;
  }
}
