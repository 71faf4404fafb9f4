/**
 * Fills an extension page's words from the messages: `data-i18n="key"` sets an element's text,
 * `data-i18n-<attribute>="key"` one of its attributes (aria-label, title, placeholder). The HTML
 * holds keys only, so no word of the interface is written twice.
 */
import { browserTranslate, type MessageKey, type Translate } from '../i18n';

const ATTRS = ['aria-label', 'title', 'placeholder'] as const;

export function localize(root: ParentNode, t: Translate): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const attr of ATTRS) {
    for (const el of root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) {
      el.setAttribute(attr, t(el.getAttribute(`data-i18n-${attr}`) as MessageKey));
    }
  }
}

/** An extension page in the browser's language: its `lang`, and every word; returns the translator. */
export function localizePage(doc: Document, i18n: { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string }): Translate {
  const t = browserTranslate(i18n);
  doc.documentElement.lang = i18n.getUILanguage();
  localize(doc, t);
  return t;
}
