/** The lists of removable items (sites, the reader's own plot points) and their forms' error line. */
import type { Translate } from '../i18n';

/** Says what is wrong with what was typed (and puts focus back there), or clears it with ''. */
export function showError(input: HTMLInputElement, out: HTMLElement, text: string): void {
  out.textContent = text;
  if (text) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  } else input.removeAttribute('aria-invalid');
}

/** Fills a list of removable items; the empty note shows when there is none. */
export function renderList<T>(
  list: HTMLUListElement,
  empty: HTMLElement,
  items: readonly T[],
  view: (item: T) => { text: string; detail?: string; remove: () => void },
  t: Translate,
): void {
  const doc = list.ownerDocument;
  const focusedIndex = [...list.querySelectorAll('button')].indexOf(doc.activeElement as HTMLButtonElement);
  list.replaceChildren(...items.map((item) => listItem(doc, view(item), t)));
  empty.hidden = items.length > 0;
  // After a removal, keyboard focus goes to the next item's button (or the list's form).
  if (focusedIndex >= 0) {
    const buttons = list.querySelectorAll('button');
    const next = buttons[Math.min(focusedIndex, buttons.length - 1)];
    if (next) next.focus();
    else (list.parentElement?.querySelector('input[type="text"]') as HTMLElement | null)?.focus();
  }
}

function listItem(doc: Document, v: { text: string; detail?: string; remove: () => void }, t: Translate): HTMLLIElement {
  const li = doc.createElement('li');
  const text = doc.createElement('span');
  text.className = 'text';
  text.textContent = v.text;
  if (v.detail) {
    const detail = doc.createElement('span');
    detail.className = 'episode';
    detail.textContent = v.detail;
    text.append(detail);
  }
  const remove = doc.createElement('button');
  remove.type = 'button';
  remove.textContent = t('remove');
  remove.setAttribute('aria-label', t('removeNamed', v.text));
  remove.addEventListener('click', v.remove);
  li.append(text, remove);
  return li;
}
