/**
 * The shipped shows with a test-only film outline added while no real film pack ships: what the
 * SPOILER_SHIELD_TEST_SHOWS=1 build (wxt.config.ts) puts in place of src/catalog/shipped.ts. Once a
 * film ships, it is SHIPPED_SHOWS unchanged.
 */
import { SHIPPED_SHOWS as REAL_SHOWS, type ShowOutline } from '../../src/catalog/shipped';
import { withFilm } from '../helpers/film-outline';

export type { ShowOutline };
export const SHIPPED_SHOWS: readonly ShowOutline[] = withFilm(REAL_SHOWS);

export function shippedShow(id: string): ShowOutline | undefined {
  return SHIPPED_SHOWS.find((show) => show.id === id);
}
