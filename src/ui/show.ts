/**
 * The show as the popup and the options page name it (its title and episodes), read from the
 * compiled catalog the background stores (src/catalog/wire.ts), or asked of the background when
 * storage has none yet. The pages never load the catalog's source or its validator.
 */
import { CATALOG_KEY, wireShow, type ShowOutline } from '../catalog/wire';
import { toBackground, type Runtime } from '../messages';
import { CURRENT_SHOW_ID, EPISODE_COUNT } from '../settings-schema';

/** `storage.local`, as far as this module reads it. */
export interface CatalogStorage {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * The show's title and episodes. When neither storage nor the background has a catalog to give, the
 * episodes are numbered without titles and the title is left empty, so progress can still be set.
 */
export async function readShow(storage: CatalogStorage, runtime: Runtime): Promise<ShowOutline> {
  const parse = (text: unknown) => {
    if (typeof text !== 'string') throw new Error('no catalog text');
    return wireShow(JSON.parse(text));
  };
  try {
    const stored = (await storage.get(CATALOG_KEY))[CATALOG_KEY] as { text?: unknown } | undefined;
    return parse(stored?.text);
  } catch {
    try {
      return parse(await toBackground(runtime, { type: 'get-catalog' }));
    } catch {
      return { showId: CURRENT_SHOW_ID, title: '', episodes: Array.from({ length: EPISODE_COUNT }, (_, i) => ({ number: i + 1 })) };
    }
  }
}
