/**
 * While anything is hidden, checks that a page script has not taken the shield's highlight or its
 * stylesheet away: no mutation tells of `CSS.highlights.clear()` or of `document.adoptedStyleSheets = []`.
 *
 * The page-world hook (src/shield/tamper-hook.ts) tells of every call that can do that, and the check
 * runs in a microtask after it, before the next frame. What no hook sees (a page changing the
 * `adoptedStyleSheets` array in place) is caught by a check every SLOW_CHECK_MS. The guard used to
 * check before every frame, which made an idle page render a frame every 16 ms while anything was
 * hidden (issue 12's speed: about a sixth of a comment thread's added time).
 */
import type { Shield } from '../shield/shield';
import { TAMPER_EVENT } from '../shield/tamper-hook';
import type { Lifetime } from './lifetime';

/** How often the paint is checked when no hook has told of anything. */
export const SLOW_CHECK_MS = 1000;

export class HighlightGuard {
  private timer: number | undefined;
  private queued = false;

  constructor(
    private readonly win: Window,
    private readonly lifetime: Lifetime,
    private readonly shield: () => Shield | undefined,
    /**
     * Adopts the shield's stylesheet again where the page dropped it (page-styles.ts): the document, and
     * `root` when the hook told of a shadow root's sheets.
     */
    private readonly restyle: (root?: ShadowRoot) => void = () => {},
  ) {
    win.document.addEventListener(
      TAMPER_EVENT,
      (e) => {
        const host = e.composedPath()[0];
        const root = host instanceof Element ? host.shadowRoot : null;
        if (root) this.restyle(root);
        this.soon();
      },
      { capture: true, signal: lifetime.signal },
    );
    lifetime.onEnd(() => this.win.clearTimeout(this.timer));
  }

  /** Something is hidden: checks from now on (again after the hidden count went to 0). */
  start(): void {
    if (this.timer !== undefined || this.lifetime.ended) return;
    // The page may have dropped the stylesheet while nothing was hidden (then no check ran).
    this.soon();
    this.timer = this.win.setTimeout(this.tick, SLOW_CHECK_MS);
  }

  /** Checks in a microtask: after the page's call, before the frame it could paint. */
  private soon(): void {
    if (this.queued || this.lifetime.ended) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.check();
    });
  }

  private readonly tick = (): void => {
    this.timer = undefined;
    if (!this.hiding()) return;
    this.check();
    this.timer = this.win.setTimeout(this.tick, SLOW_CHECK_MS);
  };

  private hiding(): boolean {
    return !this.lifetime.ended && (this.shield()?.hiddenCount ?? 0) > 0;
  }

  private check(): void {
    this.shield()?.guard();
    this.restyle();
  }
}
