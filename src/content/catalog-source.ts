/**
 * The compiled catalog, as the background stored it (src/catalog/wire.ts), or from the background
 * when storage has none or a damaged one. Only the gate words are read at once; the rest is rebuilt
 * when a page first names someone from the show.
 */
import { fromWire, wireGateWords } from '../catalog/wire';
import type { CatalogSource } from '../decide/verdict';
import { toBackground, type Runtime } from '../messages';

export async function catalogSource(stored: unknown, runtime: Runtime): Promise<CatalogSource> {
  const parse = (text: unknown): CatalogSource => {
    if (typeof text !== 'string') throw new Error('no catalog text');
    const wire: unknown = JSON.parse(text);
    const title = (wire as { title?: unknown }).title;
    return { gateWords: wireGateWords(wire), load: () => fromWire(wire), title: typeof title === 'string' ? title : undefined };
  };
  try {
    return parse((stored as { text?: unknown } | undefined)?.text);
  } catch {
    return parse(await toBackground(runtime, { type: 'get-catalog' }));
  }
}
