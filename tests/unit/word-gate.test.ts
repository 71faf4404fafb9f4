// The word gate's prefilter (src/decide/match/gate.ts) is one native search that must never turn away a text
// whose words pass: checked against the same gate without it, on texts built from the gate's own words in any
// case and accent, precomposed or with combining marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '@/src/catalog/compiled';
import { WordGate } from '@/src/decide/match/gate';

const words = shippedCatalog().gateWords;
const withPrefilter = WordGate.ofWords(words);
const wordByWord = new WordGate((w) => words.has(w));

const ACCENTED: Record<string, string[]> = { a: ['á', 'Á', 'à', 'a\u0301', 'A\u0300'], e: ['é', 'É', 'e\u0301'], i: ['í', 'Í', 'i\u0301'], o: ['ó', 'Ó', 'o\u0301'], u: ['ú', 'Ü', 'u\u0308'], n: ['ñ', 'Ñ', 'n\u0303'], c: ['ç', 'C'] };
/** A gate word written as a page may write it: any letter upper case, accented, or with a combining mark. */
const spelled = fc.constantFrom(...words).chain((w) =>
  fc.tuple(...[...w].map((ch) => fc.constantFrom(ch, ch.toUpperCase(), ...(ACCENTED[ch] ?? [])))).map((chars) => chars.join('')),
);
const filler = fc.constantFrom('the', 'prison', 'riot', 'la', 'cárcel', 'señor', '211', 'Çà', '—', '¿', 'naïve', 'ＡＢＣ', '😀');
const text = fc.array(fc.oneof(spelled, filler, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(' '));

describe('the word gate', () => {
  it('passes exactly what its word-by-word check passes: the prefilter turns nothing away', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(withPrefilter.passes(t)).toBe(wordByWord.passes(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a name in capitals, with accents, or with combining marks', () => {
    for (const t of ['GÁNDARA lo sabía', 'Ga\u0301ndara lo sabía', 'and then CALANCHO', 'Calancho’s men']) expect(withPrefilter.passes(t), t).toBe(true);
    expect(withPrefilter.passes('a quiet afternoon at the library')).toBe(false);
  });
});
