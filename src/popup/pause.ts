/**
 * The popup's snooze: "Pause the shield" on the tab's site or everywhere, for an hour or until
 * tomorrow; while a pause keeps the shield off here, "Paused until 14:30" and "Resume" instead.
 */
import { pauseEndText, pauseEndsAt, type PauseLength } from '../background/snooze';
import type { Translate } from '../i18n';
import { pauseEnd, pauseShield, readSettings, resumeShield, type Settings } from '../settings';
import { byId } from '../ui/dom';

const BUTTONS: ReadonlyArray<{ id: string; site: boolean; length: PauseLength }> = [
  { id: 'pause-site-hour', site: true, length: 'hour' },
  { id: 'pause-site-tomorrow', site: true, length: 'tomorrow' },
  { id: 'pause-all-hour', site: false, length: 'hour' },
  { id: 'pause-all-tomorrow', site: false, length: 'tomorrow' },
];

export class PauseControls {
  private readonly paused: HTMLElement;
  private readonly pausedText: HTMLElement;
  private readonly resume: HTMLButtonElement;
  private readonly buttons: Array<{ el: HTMLButtonElement; site: boolean; length: PauseLength }>;
  /** The tab's hostname ('' where no content script runs: the site buttons are then disabled). */
  private hostname = '';

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly locale: string,
  ) {
    const $ = byId(doc);
    this.paused = $('paused');
    this.pausedText = $('paused-text');
    this.resume = $<HTMLButtonElement>('resume');
    this.buttons = BUTTONS.map((b) => ({ ...b, el: $<HTMLButtonElement>(b.id) }));
  }

  /** Shows the pause that keeps the shield off on the tab's site, if one runs now. */
  readonly show = (s: Settings, hostname = this.hostname, now = Date.now()): void => {
    this.hostname = hostname;
    for (const b of this.buttons) b.el.disabled = b.site && !hostname;
    const end = pauseEnd(s, hostname, now);
    this.paused.hidden = end === 0;
    this.doc.body.dataset.paused = end === 0 ? '' : String(end);
    if (end) this.pausedText.textContent = pauseEndText(end, now, this.locale, this.t, s.pausedUntil >= end ? 'all' : 'here');
  };

  /** Saves each pause or resume; `saved` follows the save, and the popup shows the new state. */
  listen(saved: (work: Promise<void>) => void): void {
    const after = (work: Promise<void>) => {
      saved(work);
      void work.then(() => readSettings()).then((s) => this.show(s), () => undefined);
    };
    for (const b of this.buttons) {
      b.el.addEventListener('click', () => after(pauseShield(pauseEndsAt(b.length, Date.now()), b.site ? this.hostname : undefined)));
    }
    this.resume.addEventListener('click', () => {
      after(resumeShield(this.hostname || undefined));
      this.buttons[0]!.el.focus();
    });
  }
}
