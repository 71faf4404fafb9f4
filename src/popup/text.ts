/** Words the popup and options page build from the show and the messages. */
import type { Episode } from '../catalog/types';
import type { Translate } from '../i18n';

/** The "Watched up to" choices: "Nothing yet", then one per episode with its title where known. */
export function episodeOptions(show: { episodes: readonly Episode[] }, t: Translate): Array<{ value: number; text: string }> {
  return [
    { value: 0, text: t('nothingYet') },
    ...show.episodes.map((e) => ({
      value: e.number,
      text: e.title ? t('episodeTitled', e.number, e.title) : t('episodeN', e.number),
    })),
  ];
}

/** "3 passages hidden on this page". */
export function hiddenCountText(n: number, t: Translate): string {
  if (n === 0) return t('hiddenNone');
  return n === 1 ? t('hiddenOne') : t('hiddenMany', n);
}
