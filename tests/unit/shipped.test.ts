// The shipped outline (src/catalog/shipped.ts) is what the extension's pages know of each show; it
// must say what the packs in data/ say (ids, episodes, titles), and never be the whole catalog.
import { readFileSync, readdirSync } from 'node:fs';
import { SHIPPED_SHOWS, shippedShow } from '@/src/catalog/shipped';

const DATA = new URL('../../data/', import.meta.url);
const packs = readdirSync(DATA)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, DATA), 'utf8')) as { id?: string; titles?: unknown; episodes?: Array<{ number: number; title?: unknown }> })
  .filter((pack) => typeof pack.id === 'string' && Array.isArray(pack.episodes));

describe('the shipped shows', () => {
  it('are the packs of data/, each once', () => {
    expect(packs.length).toBeGreaterThan(0);
    expect(SHIPPED_SHOWS.map((s) => s.id).sort()).toEqual(packs.map((p) => p.id).sort());
    expect(new Set(SHIPPED_SHOWS.map((s) => s.id)).size).toBe(SHIPPED_SHOWS.length);
  });

  it('have each pack\'s episodes, numbered from 1, with the English titles the pack knows', () => {
    for (const pack of packs) {
      const show = shippedShow(pack.id!)!;
      expect(show.episodes.map((e) => e.number)).toEqual(pack.episodes!.map((_, i) => i + 1));
      for (const e of pack.episodes!) {
        const title = typeof e.title === 'string' ? e.title : (e.title as { en?: string } | undefined)?.en;
        expect(show.episodes[e.number - 1]!.title?.en, `${pack.id} episode ${e.number}`).toBe(title);
      }
    }
  });

  it('name Prison Cell 211 by its English and Spanish titles, as a series of six episodes', () => {
    expect(shippedShow('prison-cell-211')).toMatchObject({ kind: 'series', title: { en: 'Prison Cell 211', es: 'Celda 211' } });
    expect(shippedShow('prison-cell-211')!.episodes).toHaveLength(6);
    expect(shippedShow('no-such-show')).toBeUndefined();
  });

  it('give a film one step of progress: the film itself', () => {
    for (const film of SHIPPED_SHOWS.filter((s) => s.kind === 'film')) expect(film.episodes.map((e) => e.number)).toEqual([1]);
  });
});
