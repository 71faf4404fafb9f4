/**
 * The frames of a tab are one page to the reader: once any frame names the show, every frame is
 * shielded as a page about it. A frame that names it tells the background, which tells the others;
 * a frame that starts later asks the background (once) whether some frame already did.
 */
import { toBackground, type Runtime } from '../messages';

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

  /** Asks the background, once, whether some frame of the tab names the show. */
  ask(): Promise<void> {
    if (this.asked || this.mentioned) return Promise.resolve();
    this.asked = true;
    return toBackground(this.runtime, { type: 'tab-mentioned' }).then(
      (yes) => {
        if (yes === true) this.heard();
      },
      () => undefined,
    );
  }
}
