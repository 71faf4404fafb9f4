/**
 * The list of shipped shows with a "follow" box each and, while a show is followed, its progress
 * menu: the options page's "Your shows" and the welcome page's question. Each change is saved at once.
 */
import type { Translate } from '../i18n';
import { setFollowed, setProgress, type Settings } from '../settings';
import { progressMenu, showProgress } from './progress-menu';
import { showKind, type ShownShow } from './show';

/** Fills `list` (a `ul`) with one row per show; `save` runs each save. Returns how to show the settings. */
export function followList(list: HTMLUListElement, shows: readonly ShownShow[], t: Translate, save: (work: Promise<void>) => unknown): (s: Settings) => void {
  const doc = list.ownerDocument;
  const rows = shows.map((show) => {
    const li = doc.createElement('li');
    li.dataset.show = show.id;
    const label = doc.createElement('label');
    label.className = 'check';
    const follow = doc.createElement('input');
    follow.type = 'checkbox';
    follow.id = `follow-${show.id}`;
    follow.setAttribute('aria-label', t('optFollow', show.title));
    const title = doc.createElement('span');
    title.className = 'title';
    title.textContent = show.title;
    const kind = doc.createElement('span');
    kind.className = 'kind';
    kind.textContent = showKind(show, t);
    label.append(follow, title, kind);
    const menu = progressMenu(doc, show, t);
    const select = menu.querySelector('select')!;
    li.append(label, menu);
    follow.addEventListener('change', () => {
      menu.hidden = !follow.checked;
      save(setFollowed(show.id, follow.checked));
    });
    select.addEventListener('change', () => {
      showProgress(select, show, t, Number(select.value));
      save(setProgress(show.id, Number(select.value)));
    });
    return { li, show, follow, menu, select };
  });
  list.replaceChildren(...rows.map((row) => row.li));
  return (s) => {
    for (const { show, follow, menu, select } of rows) {
      follow.checked = s.followedShows.includes(show.id);
      menu.hidden = !follow.checked;
      showProgress(select, show, t, s.progress[show.id] ?? 0);
    }
  };
}
