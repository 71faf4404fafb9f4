// The gate's words (src/content/gate-words.ts): built from the show packs when the extension is built.
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { gateSources, joinSources, type PackWords } from '@/src/content/gate-words';
import { SHIPPED_SHOWS } from '@/src/catalog/shipped';

const read = (id: string) => JSON.parse(readFileSync(`data/${id}.json`, 'utf8')) as PackWords;
const pack = read('prison-cell-211');
const film = read('celda-211-2009');
const shipped = gateSources([pack, film]);
const strict = shipped.shows['prison-cell-211']!.strict;
const broad = shipped.shows['prison-cell-211']!.broad!;
const strictRe = new RegExp(strict, 'i');
const broadRe = new RegExp(broad, 'i');

describe('gate words from the shipped pack', () => {
  it("finds the show's titles and its names that are not everyday ones, in any case and with or without accents", () => {
    for (const text of ['I finally watched Prison Cell 211.', 'CELDA 211 es buenísima', 'La serie «Cela 211»', 'Calancho runs the riot', 'Calanchos death', "Calancho's men", 'El director Gándara', 'el director gandara', 'GANDÁRA', 'Yori shows up', 'La Carnalita', 'Gustavo  Aguilar']) {
      expect(strictRe.test(text), text).toBe(true);
    }
  });

  it('finds nothing in everyday words and names, nor a name inside another word', () => {
    for (const text of ['Juan and Helena went to the governor', 'The prison cell was small', 'Agent Jackson', 'Cell 2110 is a room number? no: cell 211 is', 'xCalancho', 'Scalancho', '']) {
      const expected = text.includes('cell 211 is');
      expect(strictRe.test(text), text).toBe(expected);
    }
  });

  it('keeps the everyday names for the broad test, and uses no flag u (one /i expression each)', () => {
    expect(broadRe.test('Juan Olivera, the lawyer')).toBe(true);
    expect(broadRe.test('Eugenia Montes')).toBe(true);
    expect(broadRe.test('a story about the weather')).toBe(false);
    expect(() => new RegExp(strict, 'i')).not.toThrow();
    expect(strict).not.toMatch(/\\p\{/);
  });

  it('drops a phrase in which a shorter one starts a word (prison cell 211 is found by cell 211)', () => {
    expect(strict).not.toMatch(/pr\[iíìîï\]s/);
    expect(strictRe.test('prison cell 211')).toBe(true);
  });

  it('has the words of every shipped pack, per show id', () => {
    const ids = readdirSync('data').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(Object.keys(shipped.shows).sort()).toEqual(ids);
    expect(Object.keys(shipped.shows).sort()).toEqual(SHIPPED_SHOWS.map((s) => s.id).sort());
    const filmRe = new RegExp(shipped.shows['celda-211-2009']!.strict, 'i');
    expect(filmRe.test('Malamadre runs the riot')).toBe(true);
    expect(filmRe.test('Cell 211, the film')).toBe(true);
    // The series' own names are not the film's.
    expect(filmRe.test('Gándara and Yori')).toBe(false);
    expect(new RegExp(shipped.shows['celda-211-2009']!.broad!, 'i').test('Juan Oliver')).toBe(true);
  });

  it('joins the followed shows into one expression, or none', () => {
    const both = new RegExp(joinSources(shipped, ['prison-cell-211', 'celda-211-2009'], 'strict')!, 'i');
    expect(both.test('Malamadre')).toBe(true);
    expect(both.test('Yori')).toBe(true);
    expect(both.test('the weather')).toBe(false);
    expect(joinSources(shipped, [], 'strict')).toBeUndefined();
    expect(joinSources(shipped, ['no-such-show'], 'broad')).toBeUndefined();
  });

  it('reads a pack without everyday names, and refuses no pack or one without a title', () => {
    const other: PackWords = { id: 'night-harbour', title: { en: 'Night Harbour' }, characters: [{ names: ['Wendeline'] }] };
    const sources = gateSources([pack, other]);
    expect(new RegExp(sources.shows['night-harbour']!.strict, 'i').test('Wendeline waits')).toBe(true);
    expect(sources.shows['night-harbour']!.broad).toBeUndefined();
    expect(() => gateSources([])).toThrow(/no show pack/);
    expect(() => gateSources([pack, pack])).toThrow(/two packs/);
    expect(() => gateSources([{ id: 'x', title: { en: ' ' }, characters: [] }])).toThrow(/no title or name/);
  });
});
