/**
 * What every part of the options page is given: the document, the words, its elements by id, and
 * the status line where saves report. Each part's init returns how it shows the settings, if it does.
 */
import type { Translate } from '../i18n';
import type { Settings } from '../settings';
import { why } from '../ui/why';

export interface OptionsPage {
  doc: Document;
  t: Translate;
  $: <T extends HTMLElement = HTMLElement>(id: string) => T;
  status: StatusLine;
}

/** Shows the settings in one part of the page (on load, and on every change made anywhere). */
export type Render = (s: Settings) => void;

/** The status line at the top of the page: "Saved.", or why something failed. */
export class StatusLine {
  constructor(
    private readonly el: HTMLElement,
    private readonly t: Translate,
    /** Shows again what is really stored (after a save failed). */
    private readonly reread: () => void,
  ) {}

  say(text: string, error = false): void {
    this.el.textContent = text;
    if (error) this.el.dataset.error = '';
    else delete this.el.dataset.error;
  }

  /** Says why `key`'s action failed ("Could not save the setting (…)"). */
  failed(key: 'errorSave' | 'errorRead', error: unknown): void {
    this.say(this.t(key, why(error)), true);
  }

  /** Runs a save; says "Saved." (or `done`) or why it failed, and then shows what is really stored. */
  save(work: Promise<unknown>, done = this.t('saved')): Promise<void> {
    return work.then(
      () => this.say(done),
      (e) => {
        this.failed('errorSave', e);
        this.reread();
      },
    );
  }
}
