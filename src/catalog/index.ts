/** The shipped catalogs, validated when the module loads. */
import prisonCell211Json from '../../data/prison-cell-211.json';
import { validateCatalog } from './validate';

export const prisonCell211 = validateCatalog(prisonCell211Json, 'data/prison-cell-211.json');
export type { Catalog, PlotPoint, Character, Episode, Lang } from './types';
export { validateCatalog, CatalogError } from './validate';
