/**
 * One progress menu per show, as the popup, the options page and the welcome page list them: a
 * label naming the show ("Prison Cell 211: watched up to", "Celda 211 (film)") and a menu of its
 * episodes (episodes not watched are "Episode N" only), or "Not watched / Watched" for a film.
 */
import type { Translate } from '../i18n';
import { showEpisodeOptions } from '../popup/text';
import { progressLabel, type ShownShow } from './show';

/** The id of a show's progress menu: `watched-<show id>`. */
export const progressMenuId = (showId: string): string => `watched-${showId}`;

/**
 * A progress menu for `show`: its label and menu in one element (`.show-progress[data-show]`). The
 * caller listens to the menu's `change`; the menu's `data-show` names the show.
 */
export function progressMenu(doc: Document, show: ShownShow, t: Translate): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'field show-progress';
  root.dataset.show = show.id;
  const label = doc.createElement('label');
  label.htmlFor = progressMenuId(show.id);
  label.textContent = progressLabel(show, t);
  const select = doc.createElement('select');
  select.id = progressMenuId(show.id);
  select.dataset.show = show.id;
  root.append(label, select);
  showEpisodeOptions(select, show, t, 0);
  return root;
}

/** Shows `watched` in a show's menu as chosen, naming the episodes watched so far. */
export function showProgress(select: HTMLSelectElement, show: ShownShow, t: Translate, watched: number): void {
  showEpisodeOptions(select, show, t, watched);
  select.value = String(watched);
}

/**
 * The progress menus of the shows in `ids`, in `container`, made again only when the list of shows
 * changes (a menu the reader is using stays where it is); each shows its show's progress.
 */
export function showProgressMenus(container: HTMLElement, shows: readonly ShownShow[], ids: readonly string[], progress: Record<string, number>, t: Translate): void {
  const wanted = shows.filter((s) => ids.includes(s.id));
  const current = [...container.querySelectorAll<HTMLElement>('.show-progress')].map((el) => el.dataset.show);
  if (current.join('\n') !== wanted.map((s) => s.id).join('\n')) {
    container.replaceChildren(...wanted.map((show) => progressMenu(container.ownerDocument, show, t)));
  }
  for (const show of wanted) {
    showProgress(container.querySelector<HTMLSelectElement>(`select[data-show="${show.id}"]`)!, show, t, progress[show.id] ?? 0);
  }
}
