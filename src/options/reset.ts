/** Reset to defaults, after a confirmation (Escape or "Cancel" closes it and puts focus back). */
import { resetSettings } from '../settings';
import type { OptionsPage } from './page';

export function initReset({ $, t, status }: OptionsPage): void {
  const reset = $<HTMLButtonElement>('reset');
  const confirm = $('reset-confirm');
  const closeConfirm = () => {
    confirm.hidden = true;
    reset.hidden = false;
    reset.focus();
  };
  reset.addEventListener('click', () => {
    confirm.hidden = false;
    reset.hidden = true;
    $('reset-no').focus();
  });
  $('reset-no').addEventListener('click', closeConfirm);
  confirm.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeConfirm();
  });
  $('reset-yes').addEventListener('click', () => {
    void status.save(resetSettings(), t('optResetDone')).then(closeConfirm);
  });
}
