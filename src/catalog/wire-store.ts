/**
 * The compiled catalog's JSON text, as the background stores it for content
 * scripts (storage key CATALOG_KEY) and sends it when storage has none.
 */
import { shippedCatalog } from './compiled';
import { toWire } from './wire';

export { CATALOG_KEY } from './wire';

let text: string | undefined;

/** The shipped catalog, validated and compiled, as JSON text (built once per background start). */
export function shippedCatalogText(): string {
  return (text ??= JSON.stringify(toWire(shippedCatalog())));
}
