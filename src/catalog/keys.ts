/**
 * Issue 13: the storage key for one show's compiled catalog. The first shipped show keeps
 * CATALOG_KEY, so what is stored today stays valid; another show's is `compiledCatalog:<showId>`.
 * Apart from wire-store.ts, which compiles the packs: the content script needs the keys only.
 */
import { SHIPPED_SHOWS } from './shipped';
import { CATALOG_KEY } from './wire';

export function catalogKeyOf(showId: string, firstShowId = SHIPPED_SHOWS[0]!.id): string {
  return showId === firstShowId ? CATALOG_KEY : `${CATALOG_KEY}:${showId}`;
}
