/** The shipped show packs, validated and expanded into catalogs when the module loads. */
import prisonCell211Json from '../../data/prison-cell-211.json';
import { validatePack } from './validate-pack';

export const prisonCell211Pack = validatePack(prisonCell211Json, 'data/prison-cell-211.json');
/** The Prison Cell 211 catalog, as the matcher reads it (expanded from its pack). */
export const prisonCell211 = prisonCell211Pack.catalog;
export type { Catalog, PlotPoint, Character, Episode, Lang } from './types';
export type { ShowPack, PackPlotPoint, Frame, Participant } from './pack';
export { validateCatalog, CatalogError } from './validate';
export { validatePack } from './validate-pack';
export { expandPack } from './expand';
