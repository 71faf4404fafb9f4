/** Words the popup and options page build from the show and the messages. */
import type { Episode } from '../catalog/types';
import type { Translate } from '../i18n';

/** What the progress menus need of a show: its episodes, and whether it is a film (one step: watched or not). */
export interface ProgressShow {
  kind?: 'series' | 'film';
  episodes: readonly Episode[];
}

/**
 * The "Watched up to" choices: "Nothing yet", then one per episode. An episode's title is named only
 * once the reader has watched it: "The King Is Dead, Long Live The King" says too much to someone at
 * episode 2, so until then it is "Episode 6". A film is "Not watched" or "Watched".
 */
export function episodeOptions(show: ProgressShow, t: Translate, watched: number): Array<{ value: number; text: string }> {
  if (show.kind === 'film') return [{ value: 0, text: t('filmNotWatched') }, { value: 1, text: t('filmWatched') }];
  return [
    { value: 0, text: t('nothingYet') },
    ...show.episodes.map((e) => ({
      value: e.number,
      text: e.title && e.number <= watched ? t('episodeTitled', e.number, e.title) : t('episodeN', e.number),
    })),
  ];
}

/** Fills `select` with the episode choices for a reader at `watched` (again when progress changes), keeping its value. */
export function showEpisodeOptions(select: HTMLSelectElement, show: ProgressShow, t: Translate, watched: number, withNothingYet = true): void {
  const options = episodeOptions(show, t, watched).slice(withNothingYet ? 0 : 1);
  const value = select.value;
  if (select.options.length !== options.length) {
    while (select.options.length > 0) select.remove(0);
    for (const o of options) {
      const option = select.ownerDocument.createElement('option');
      option.text = o.text;
      option.value = String(o.value);
      select.add(option);
    }
    if (value) select.value = value;
    return;
  }
  options.forEach((o, i) => {
    if (select.options[i]!.text !== o.text) select.options[i]!.text = o.text;
  });
}

/** "3 passages hidden on this page". */
export function hiddenCountText(n: number, t: Translate): string {
  if (n === 0) return t('hiddenNone');
  return n === 1 ? t('hiddenOne') : t('hiddenMany', n);
}
