/**
 * The frames of a tab are one page to the reader: once any frame names the show, every frame is
 * shielded as a page about it. A frame that names it tells the background, which tells the others;
 * a frame that starts later asks the background (once) whether some frame already did.
 */
import { toBackground, type Runtime } from '../messages';
import { FRAME_HOLD_MS } from './first-paint';

/** How long a frame asks again while the tab's answer is pending (the stylesheet's hold cap for frames), and how often. */
const ASK_FOR_MS = FRAME_HOLD_MS;
const ASK_EVERY_MS = 40;

export class TabMention {
  private asked = false;
  /** Some frame of the tab names the show. */
  mentioned = false;

  constructor(
    private readonly runtime: Runtime,
    /** Called once, when another frame is found to name the show. */
    private readonly onMentioned: () => void,
  ) {}

  /** Another frame named the show (the background said so). */
  heard(): void {
    if (this.mentioned) return;
    this.mentioned = true;
    this.onMentioned();
  }

  /** This frame names the show: the background tells the tab's other frames. */
  tell(): void {
    toBackground(this.runtime, { type: 'show-mentioned' }).catch(() => undefined);
  }

  /**
   * Asks the background, once, whether some frame of the tab names the show. While the top frame has not read
   * its page yet (the answer is "pending"), asks again every ASK_EVERY_MS, for at most ASK_FOR_MS (the
   * first-paint hold's cap): the caller holds its paint until this settles.
   */
  ask(): Promise<void> {
    if (this.asked || this.mentioned) return Promise.resolve();
    this.asked = true;
    const until = Date.now() + ASK_FOR_MS;
    const once = (): Promise<void> =>
      toBackground(this.runtime, { type: 'tab-mentioned' }).then(
        (yes) => {
          if (yes === true) this.heard();
          else if (yes === 'pending' && !this.mentioned && Date.now() < until) return new Promise<void>((r) => setTimeout(r, ASK_EVERY_MS)).then(once);
          return undefined;
        },
        () => undefined,
      );
    return once();
  }
}
