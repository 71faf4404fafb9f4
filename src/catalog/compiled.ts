/** The shipped catalogs, each compiled once per context that needs it. */
import { prisonCell211, SHIPPED_PACKS } from './index';
import { compileCatalog, type CompiledCatalog } from '../decide/match/compile';

const compiled = new Map<string, CompiledCatalog>();

/** The compiled Prison Cell 211 catalog (compiled on first use): the first show. */
export function shippedCatalog(): CompiledCatalog {
  return compiledShow(prisonCell211.id);
}

/** The ids of the shipped shows, the first show first. */
export const SHIPPED_SHOW_IDS: readonly string[] = SHIPPED_PACKS.map((p) => p.pack.id);

/** The compiled catalog of the shipped show `id` (compiled on first use); throws for an unknown id. */
export function compiledShow(id: string): CompiledCatalog {
  let c = compiled.get(id);
  if (!c) {
    const entry = SHIPPED_PACKS.find((p) => p.pack.id === id);
    if (!entry) throw new Error(`no shipped show "${id}" (shipped: ${SHIPPED_SHOW_IDS.join(', ')})`);
    c = compileCatalog(entry.catalog);
    compiled.set(id, c);
  }
  return c;
}
