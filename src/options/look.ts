/** How hidden passages look: blurred (with a strength) or a solid bar, with a live preview. */
import { blurStrengthItem, lookItem, type Look } from '../settings';
import { HIGHLIGHT_NAME } from '../shield/paint/highlight';
import { ANY_HIGHLIGHT, lookCss } from '../shield/paint/look';
import type { OptionsPage, Render } from './page';

export function initLook({ doc, $, status }: OptionsPage): Render {
  const strength = $<HTMLInputElement>('blur-strength');
  const strengthValue = $<HTMLOutputElement>('blur-strength-value');
  const preview = new LookPreview(doc, $('preview-text'));
  for (const radio of doc.querySelectorAll<HTMLInputElement>('input[name="look"]')) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      strength.disabled = radio.value === 'bar';
      preview.show(radio.value as Look, Number(strength.value));
      void status.save(lookItem.setValue(radio.value as Look));
    });
  }
  strength.addEventListener('input', () => {
    strengthValue.textContent = strength.value;
    preview.show('blur', Number(strength.value));
  });
  strength.addEventListener('change', () => void status.save(blurStrengthItem.setValue(Number(strength.value))));
  return (s) => {
    $<HTMLInputElement>(`look-${s.look}`).checked = true;
    strength.value = String(s.blurStrength);
    strengthValue.textContent = String(s.blurStrength);
    strength.disabled = s.look === 'bar';
    preview.show(s.look, s.blurStrength);
  };
}

/** The preview paragraph, hidden with the same look the shield gives pages. */
class LookPreview {
  private readonly sheet: CSSStyleSheet;

  constructor(doc: Document, el: HTMLElement) {
    this.sheet = new CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    const win = doc.defaultView as Window & typeof globalThis;
    if ('highlights' in CSS && el.firstChild) {
      const range = doc.createRange();
      range.selectNodeContents(el);
      CSS.highlights.set(HIGHLIGHT_NAME, new win.Highlight(range));
    }
    el.setAttribute('aria-hidden', 'true');
  }

  show(look: Look, strength: number): void {
    this.sheet.replaceSync(lookCss(look, strength, ANY_HIGHLIGHT));
  }
}
