/**
 * The shows shipped with the extension, as the popup, the settings page and the welcome page name
 * them. Small on purpose: it reads the generated outlines (src/catalog/shipped-outline.ts), never the
 * packs, so those pages do not carry the catalog. The first show is the one `scan --watched N` and the
 * single-show API mean.
 */
import type { ShowOutline } from './outline';
import { SHIPPED_OUTLINES } from './shipped-outline';

export type { ShowOutline } from './outline';

export const SHIPPED_SHOWS: readonly ShowOutline[] = SHIPPED_OUTLINES;

/** The shipped show with this id, or undefined. */
export function shippedShow(id: string): ShowOutline | undefined {
  return SHIPPED_SHOWS.find((s) => s.id === id);
}
