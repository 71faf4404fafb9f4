/**
 * The toolbar badge's count and icon state, sent by the top frame: at most one message per
 * COUNT_EVERY_MS while the count changes, the latest count last.
 */
import { toBackground, type Runtime } from '../messages';
import type { Lifetime } from './lifetime';

/** How often the badge's count may be sent while it changes. */
const COUNT_EVERY_MS = 200;

export class Badge {
  private countToSend: number | undefined;

  constructor(
    private readonly runtime: Runtime,
    private readonly win: Window,
    private readonly lifetime: Lifetime,
    /** Whether the shield is on for this site (the icon). */
    private readonly isOn: () => boolean,
    /** The count could not be sent (the extension may be gone). */
    private readonly onFailed: () => void,
  ) {}

  /** Sends `count` soon. */
  show(count: number): void {
    const idle = this.countToSend === undefined;
    this.countToSend = count;
    if (!idle) return;
    this.lifetime.timeout(
      this.win,
      () => {
        const latest = this.countToSend!;
        this.countToSend = undefined;
        toBackground(this.runtime, { type: 'hidden-count', count: latest, on: this.isOn() }).catch(this.onFailed);
      },
      COUNT_EVERY_MS,
    );
  }
}
