/**
 * While anything is hidden, each frame checks (before it is painted) that a page script has not taken
 * the shield's highlight away: no mutation tells of `CSS.highlights.clear()`.
 */
import type { Shield } from '../shield/shield';
import type { Lifetime } from './lifetime';

export class HighlightGuard {
  private running = false;

  constructor(
    private readonly win: Window,
    private readonly lifetime: Lifetime,
    private readonly shield: () => Shield | undefined,
  ) {}

  start(): void {
    if (this.running || this.lifetime.ended) return;
    this.running = true;
    this.win.requestAnimationFrame(this.frame);
  }

  private readonly frame = (): void => {
    const shield = this.shield();
    shield?.guard();
    if ((shield?.hiddenCount ?? 0) > 0 && !this.lifetime.ended) this.win.requestAnimationFrame(this.frame);
    else this.running = false;
  };
}
