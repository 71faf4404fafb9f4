/** Words the popup and options page build from the catalog and the messages. */
import type { Catalog } from '../catalog/types';
import type { Translate } from '../i18n';

/** The "Watched up to" choices: "Nothing yet", then one per episode with its title where known. */
export function episodeOptions(catalog: Catalog, t: Translate): Array<{ value: number; text: string }> {
  return [
    { value: 0, text: t('nothingYet') },
    ...catalog.episodes.map((e) => ({
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
