// The popup and the options page read the show's title and episodes from the compiled catalog the
// background stores (src/ui/show.ts), never from the catalog's source: from storage, else from the
// background, else numbered episodes without titles so that progress can still be set.
import { describe, expect, it } from 'vitest';
import { prisonCell211 } from '@/src/catalog';
import { CATALOG_KEY, shippedCatalogText } from '@/src/catalog/wire-store';
import { EPISODE_COUNT } from '@/src/settings';
import { readShow } from '@/src/ui/show';

const SHOW = { showId: 'prison-cell-211', title: 'Prison Cell 211', episodes: prisonCell211.episodes };

const storageWith = (stored: unknown) => ({ get: async (key: string) => (key === CATALOG_KEY && stored !== undefined ? { [key]: stored } : {}) });
const failingStorage = { get: async (): Promise<Record<string, unknown>> => Promise.reject(new Error('storage is gone')) };

/** A runtime whose background answers get-catalog with `reply`; it records what was sent. */
function background(reply: unknown) {
  const sent: unknown[] = [];
  return { sent, sendMessage: async (message: unknown) => (sent.push(message), reply) };
}

describe('readShow', () => {
  it('reads the title and the episodes, with their titles, from the stored compiled catalog and asks nobody', async () => {
    const runtime = background(undefined);
    expect(await readShow(storageWith({ version: '0.1.0', text: shippedCatalogText() }), runtime)).toEqual(SHOW);
    expect(runtime.sent).toEqual([]);
    expect(SHOW.episodes[0]).toEqual({ number: 1, title: 'Change of Plans' });
  });

  it('asks the background when storage has no catalog, a damaged one, one without the show, or cannot be read', async () => {
    const withoutShow = JSON.stringify({ ...JSON.parse(shippedCatalogText()), title: undefined });
    for (const storage of [storageWith(undefined), storageWith({ text: '{"format":' }), storageWith({ text: withoutShow }), failingStorage]) {
      const runtime = background(shippedCatalogText());
      expect(await readShow(storage, runtime)).toEqual(SHOW);
      expect(runtime.sent).toEqual([{ type: 'get-catalog' }]);
    }
  });

  it('falls back to numbered episodes without a title when the background has nothing to give either', async () => {
    for (const runtime of [background(undefined), background('not json'), { sendMessage: () => Promise.reject(new Error('no receiver')) }]) {
      const show = await readShow(storageWith(undefined), runtime);
      expect(show.title).toBe('');
      expect(show.episodes).toEqual(Array.from({ length: EPISODE_COUNT }, (_, i) => ({ number: i + 1 })));
    }
  });
});
