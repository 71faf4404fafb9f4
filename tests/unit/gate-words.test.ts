// The gate's words (src/content/gate-words.ts): built from the show packs when the extension is built.
import { readFileSync } from 'node:fs';
import { gateSources, type PackWords } from '@/src/content/gate-words';

const pack = JSON.parse(readFileSync('data/prison-cell-211.json', 'utf8')) as PackWords;
const { strict, broad } = gateSources([pack]);
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

  it('reads several packs, and refuses none', () => {
    const other: PackWords = { titles: ['Night Harbour'], characters: [{ names: ['Wendeline'] }, { everyday: true, names: ['Tom'] }] };
    const both = gateSources([pack, other]);
    expect(new RegExp(both.strict, 'i').test('Wendeline waits')).toBe(true);
    expect(new RegExp(both.strict, 'i').test('Celda 211')).toBe(true);
    expect(new RegExp(both.broad, 'i').test('Tom')).toBe(true);
    expect(() => gateSources([])).toThrow(/no show pack/);
  });
});
