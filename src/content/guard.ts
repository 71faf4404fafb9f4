/**
 * While anything is hidden, each frame checks (before it is painted) that a page script has not taken
 * the shield's highlight or its stylesheet away: no mutation tells of `CSS.highlights.clear()` or of
 * `document.adoptedStyleSheets = []`.
 */
import type { Shield } from '../shield/shield';
import type { Lifetime } from './lifetime';

export class HighlightGuard {
  private running = false;

  constructor(
    private readonly win: Window,
    private readonly lifetime: Lifetime,
    private readonly shield: () => Shield | undefined,
    /** Adopts the shield's stylesheet again if the page dropped it (page-styles.ts). */
    private readonly restyle: () => void = () => {},
  ) {}

  start(): void {
    if (this.running || this.lifetime.ended) return;
    this.running = true;
    this.win.requestAnimationFrame(this.frame);
  }

  private readonly frame = (): void => {
    const shield = this.shield();
    shield?.guard();
    this.restyle();
    if ((shield?.hiddenCount ?? 0) > 0 && !this.lifetime.ended) this.win.requestAnimationFrame(this.frame);
    else this.running = false;
  };
}
