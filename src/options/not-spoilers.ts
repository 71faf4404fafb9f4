/**
 * The passages the reader said are not spoilers, per site, each with its first words and "Undo"
 * (it is hidden again, on open pages too: they follow storage), and per site "Forget all on …".
 */
import { forgetNotSpoilers, readNotSpoilerList } from '../settings';
import type { OptionsPage, Render } from './page';

export function initNotSpoilers({ doc, $, t, status }: OptionsPage): Render {
  const box = $('not-spoilers');
  const empty = $('not-spoilers-empty');
  let shown = '';
  const draw = async () => {
    const list = await readNotSpoilerList();
    const drawn = JSON.stringify(list);
    if (drawn === shown) return;
    shown = drawn;
    box.replaceChildren(
      ...list.map(({ site, passages }) => {
        const part = doc.createElement('div');
        part.className = 'site';
        part.dataset.site = site;
        const heading = doc.createElement('h3');
        heading.textContent = site;
        const ul = doc.createElement('ul');
        ul.className = 'list';
        for (const { key, excerpt } of passages) {
          const li = doc.createElement('li');
          li.dataset.key = key;
          const text = doc.createElement('span');
          text.className = excerpt ? 'text' : 'text unknown';
          text.textContent = excerpt || t('optNotSpoilerUnknown');
          const undo = doc.createElement('button');
          undo.type = 'button';
          undo.className = 'undo';
          undo.textContent = t('undo');
          undo.setAttribute('aria-label', t('undoNamed', excerpt || t('optNotSpoilerUnknown')));
          undo.addEventListener('click', () => void status.save(forgetNotSpoilers(site, key), t('optNotSpoilerUndone', site)).then(() => focusAfter(site)));
          li.append(text, undo);
          ul.append(li);
        }
        const forget = doc.createElement('button');
        forget.type = 'button';
        forget.className = 'forget';
        forget.textContent = t('optForgetSite', site);
        forget.addEventListener('click', () => void status.save(forgetNotSpoilers(site), t('optNotSpoilersForgotten', site)).then(() => focusAfter(site)));
        part.append(heading, ul, forget);
        return part;
      }),
    );
    empty.hidden = list.length > 0;
  };
  /** After an undo, keyboard focus stays in the list: the site's next button, or the section's heading. */
  const focusAfter = (site: string) =>
    draw().then(() => {
      const next = box.querySelector<HTMLButtonElement>(`[data-site="${CSS.escape(site)}"] button`) ?? box.querySelector('button');
      (next ?? $('not-spoilers-heading')).focus?.();
    });
  return () => void draw().catch(() => undefined);
}
