/**
 * The compiled catalog's JSON text, as the background stores it for content
 * scripts (storage key CATALOG_KEY) and sends it when storage has none.
 */
import { compiledShow, shippedCatalog } from './compiled';
import { CATALOG_KEY } from './wire';
import { toWire } from './wire';

export { CATALOG_KEY } from './wire';
export { catalogKeyOf } from './keys';

let text: string | undefined;
const texts = new Map<string, string>();

/** The shipped catalog, validated and compiled, as JSON text (built once per background start). */
export function shippedCatalogText(): string {
  return (text ??= JSON.stringify(toWire(shippedCatalog())));
}


/** One shipped show's catalog, validated and compiled, as JSON text (built once per background start). */
export function shippedCatalogTextOf(showId: string): string {
  let t = texts.get(showId);
  if (t === undefined) {
    t = JSON.stringify(toWire(compiledShow(showId)));
    texts.set(showId, t);
  }
  return t;
}
