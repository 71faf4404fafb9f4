// How a page word reaches a catalog word family (src/decide/match/resolver.ts): exactly, with another ending, or
// as a typo: one edit (two from eight letters, a swap of two letters counting as one), first letter kept, never
// in a word under six letters. The numbers behind the way typos are found are in docs/facts.md, "Finding typos".
import { shippedCatalog } from '@/src/catalog/compiled';
import { NO_CLASS, WordResolver } from '@/src/decide/match/resolver';

const catalog = shippedCatalog();
/** A fresh resolver, so that no answer comes from another test's cache. */
const fresh = () => new WordResolver(catalog.resolver.classOf, catalog.resolver.formClass);
const classOf = (word: string) => catalog.resolver.classOf.get(word)!;

describe('WordResolver', () => {
  it('finds a word, and the word with another ending', () => {
    const r = fresh();
    expect(r.resolve('calancho')).toBe(classOf('calancho'));
    expect(r.isExact('calancho')).toBe(true);
    expect(r.resolve('killings')).not.toBe(NO_CLASS);
    expect(r.resolve('killings')).toBe(classOf('kill'));
    expect(r.resolve('asesinadas')).toBe(classOf('asesinado'));
  });

  it('forgives one typo of any kind in a word of six letters or more', () => {
    const r = fresh();
    const typos: Array<[typo: string, word: string]> = [
      ['calanhco', 'calancho'], // swapped
      ['statoin', 'station'], // swapped, seven letters
      ['clancho', 'calancho'], // dropped
      ['calanchoo', 'calancho'], // added
      ['heelna', 'helena'], // swapped, six letters
      ['hospitla', 'hospital'],
    ];
    for (const [typo, word] of typos) {
      expect(r.resolve(typo), typo).toBe(classOf(word));
      expect(r.isExact(typo)).toBe(false);
    }
  });

  it('finds the right word even when many catalog words start alike ("meurte" is "muerte")', () => {
    expect(fresh().resolve('meurte')).toBe(classOf('muerte'));
  });

  it('leaves short words exact, and the first letter alone', () => {
    const r = fresh();
    expect(r.resolve('looks')).toBe(NO_CLASS); // "locks" is a catalog word, one letter away
    expect(r.resolve('ghandara')).not.toBe(NO_CLASS); // an added letter after the first
    expect(r.resolve('fandara')).toBe(NO_CLASS); // "gandara", with another first letter
  });

  // ("deserves" was here until "deserved better" became pack words: it is now a form of a catalog word.)
  it('does not take ordinary words for catalog words', () => {
    const r = fresh();
    for (const word of ['others', 'system', 'season', 'dieron', 'entire', 'describes', 'minute']) expect(r.resolve(word), word).toBe(NO_CLASS);
  });
});
