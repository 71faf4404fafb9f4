/** Words the popup shows, built from the catalog. */
import type { Catalog } from '../catalog/types';

/** The "Watched up to" choices: "Nothing yet", then one per episode with its title where known. */
export function episodeOptions(catalog: Catalog): Array<{ value: number; text: string }> {
  return [
    { value: 0, text: 'Nothing yet' },
    ...catalog.episodes.map((e) => ({
      value: e.number,
      text: e.title ? `Episode ${e.number} · ${e.title}` : `Episode ${e.number}`,
    })),
  ];
}

/** "3 passages hidden on this page". */
export function hiddenCountText(n: number): string {
  if (n === 0) return 'Nothing hidden on this page';
  return `${n} ${n === 1 ? 'passage' : 'passages'} hidden on this page`;
}
