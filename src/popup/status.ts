/** The popup's status line: why storage could not be read or a setting saved (`data-error` says which). */
import type { Translate } from '../i18n';
import { why } from '../ui/why';

export class StatusLine {
  constructor(
    private readonly el: HTMLElement,
    private readonly t: Translate,
  ) {}

  /** Storage that cannot be read: the shield's content scripts use the defaults too, and the popup shows them. */
  readFailed(error: unknown): void {
    this.el.dataset.error = 'read';
    this.el.textContent = this.t('errorRead', why(error));
  }

  saveFailed(error: unknown): void {
    this.el.dataset.error = 'save';
    this.el.textContent = this.t('errorSave', why(error));
  }

  clear(): void {
    delete this.el.dataset.error;
    this.el.textContent = '';
  }
}
