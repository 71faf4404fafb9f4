/** The shipped show packs, validated and expanded into catalogs when the module loads. */
import celda2112009Json from '../../data/celda-211-2009.json';
import prisonCell211Json from '../../data/prison-cell-211.json';
import type { ShowPack } from './pack';
import type { Catalog } from './types';
import { validatePack } from './validate-pack';

export const prisonCell211Pack = validatePack(prisonCell211Json, 'data/prison-cell-211.json');
export const celda2112009Pack = validatePack(celda2112009Json, 'data/celda-211-2009.json');
/** The Prison Cell 211 catalog, as the matcher reads it (expanded from its pack). */
export const prisonCell211 = prisonCell211Pack.catalog;

/** Every shipped pack, the first show first (`scan --watched N` and the single-show API mean it). */
export const SHIPPED_PACKS: readonly { pack: ShowPack; catalog: Catalog }[] = [prisonCell211Pack, celda2112009Pack];

export type { Catalog, PlotPoint, Character, Episode, Lang } from './types';
export type { ShowPack, PackPlotPoint, Frame, Participant } from './pack';
export { validateCatalog, CatalogError } from './validate';
export { validatePack } from './validate-pack';
export { expandPack } from './expand';
