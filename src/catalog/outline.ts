/** A show as the popup and the settings page name it: the part of a pack they need, and nothing else. */
import type { ShowPack } from './pack';

export interface ShowOutline {
  id: string;
  kind: 'series' | 'film';
  title: { en: string; es?: string };
  /** An episode's title, where it is known (a film's one episode is the film). */
  episodes: { number: number; title?: { en: string; es?: string } }[];
  /**
   * The words that say a passage speaks of this work, every language together (see ShowPack.markers):
   * the content script needs them for the shipped shows the reader does not follow.
   */
  markers?: string[];
}

/**
 * The outline of a pack. An episode without a known title has none here (the pages name it by its
 * number, in their own language); a film's one episode is the film itself.
 */
export function outlineOf(pack: ShowPack): ShowOutline {
  return {
    id: pack.id,
    kind: pack.kind,
    title: pack.title.es ? { en: pack.title.en, es: pack.title.es } : { en: pack.title.en },
    episodes: pack.episodes.map((e) => {
      const en = e.title?.en ?? (pack.kind === 'film' ? pack.title.en : undefined);
      const es = e.title?.es ?? (pack.kind === 'film' ? pack.title.es : undefined);
      if (en === undefined) return { number: e.number };
      return { number: e.number, title: es ? { en, es } : { en } };
    }),
    ...(pack.markers ? { markers: [...new Set(Object.values(pack.markers).flat())] } : {}),
  };
}
