/**
 * The followed shows' compiled catalogs, as the background stored them (src/catalog/wire.ts, one
 * storage key per show: catalogKeyOf), or from the background when storage has none or a damaged
 * one. Only the gate words are read at once; the rest is rebuilt when a page first names someone
 * from that show.
 */
import { SHIPPED_SHOWS, type ShowOutline } from '../catalog/shipped';
import type { Lang } from '../catalog/types';
import { fromWire, wireGateWords } from '../catalog/wire';
import { catalogKeyOf } from '../catalog/keys';
import type { FollowedShow } from '../decide/shows';
import type { CatalogSource } from '../decide/verdict';
import { toBackground, type Runtime } from '../messages';
import type { ShowName } from '../shield/paint/spoiler-label';

/** One show's catalog source from its stored value, or from the background. */
export async function catalogSource(stored: unknown, runtime: Runtime, showId: string = SHIPPED_SHOWS[0]!.id): Promise<CatalogSource> {
  const parse = (text: unknown): CatalogSource => {
    if (typeof text !== 'string') throw new Error('no catalog text');
    const wire: unknown = JSON.parse(text);
    const { title, showId: id, markers } = wire as { title?: unknown; showId?: unknown; markers?: unknown };
    let compiled: ReturnType<typeof fromWire> | undefined;
    return {
      gateWords: wireGateWords(wire),
      // Once: the content script rebuilds it before the shield starts, and the shield asks again.
      load: () => (compiled ??= fromWire(wire)),
      title: typeof title === 'string' ? title : undefined,
      showId: typeof id === 'string' ? id : showId,
      markers: Array.isArray(markers) ? markers.filter((m): m is string => typeof m === 'string') : undefined,
    };
  };
  try {
    return parse((stored as { text?: unknown } | undefined)?.text);
  } catch {
    return parse(await toBackground(runtime, { type: 'get-catalog', show: showId }));
  }
}

/** What the shield needs to follow some shows: each show's catalog and progress, names, and the works not followed. */
export interface FollowedShows {
  shows: FollowedShow[];
  names: Map<string, ShowName>;
  knownWorks: Array<{ showId: string; markers: readonly string[] }>;
}

/** The shipped shows among `followed`, in the shipped order. */
export function followedOutlines(followed: readonly string[]): ShowOutline[] {
  return SHIPPED_SHOWS.filter((s) => followed.includes(s.id));
}

/** Builds the followed shows (the shipped ones among `followed`) from the stored catalogs. */
export async function followedShows(
  followed: readonly string[],
  progress: Readonly<Record<string, number>>,
  raw: Record<string, unknown>,
  runtime: Runtime,
  lang: Lang,
): Promise<FollowedShows> {
  const outlines = followedOutlines(followed);
  const shows = await Promise.all(
    outlines.map(async (o) => {
      const catalog = await catalogSource(raw[catalogKeyOf(o.id)], runtime, o.id);
      return { catalog, showId: o.id, watched: progress[o.id] ?? 0, title: o.title[lang] ?? o.title.en, markers: catalog.markers ?? o.markers ?? [] };
    }),
  );
  const names = new Map(outlines.map((o) => [o.id, { title: o.title[lang] ?? o.title.en, film: o.kind === 'film' }]));
  const knownWorks = SHIPPED_SHOWS.filter((s) => !followed.includes(s.id)).map((s) => ({ showId: s.id, markers: s.markers ?? [] }));
  return { shows, names, knownWorks };
}
