/** The shipped catalog, compiled once per context that needs it. */
import { prisonCell211 } from './index';
import { compileCatalog, type CompiledCatalog } from '../decide/match/compile';

let compiled: CompiledCatalog | undefined;

/** The compiled Prison Cell 211 catalog (compiled on first use). */
export function shippedCatalog(): CompiledCatalog {
  return (compiled ??= compileCatalog(prisonCell211));
}
