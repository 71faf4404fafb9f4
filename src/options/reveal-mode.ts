/** How a hidden passage is revealed with a pointer: one click, or a press held for a moment. */
import { revealModeItem, type RevealMode } from '../settings';
import type { OptionsPage, Render } from './page';

export function initRevealMode({ doc, $, status }: OptionsPage): Render {
  for (const radio of doc.querySelectorAll<HTMLInputElement>('input[name="reveal"]')) {
    radio.addEventListener('change', () => {
      if (radio.checked) void status.save(revealModeItem.setValue(radio.value as RevealMode));
    });
  }
  return (s) => {
    $<HTMLInputElement>(`reveal-${s.revealMode}`).checked = true;
  };
}
