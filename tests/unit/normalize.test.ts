import fc from 'fast-check';
import { normalizeText, normalizeWord, tokenize } from '@/src/lang/normalize';
import { scopeText } from '@/src/decide/scope/episode-scope';
import { splitSentences } from '@/src/lang/sentences';

describe('normalizeText', () => {
  it('folds case, accents and curly quotes', () => {
    expect(normalizeText('GÁNDARA huyó “de noche”')).toBe('gandara huyo "de noche"');
    expect(normalizeText('Ramírez, el coronel')).toBe('ramirez, el coronel');
  });

  it('drops possessives and spells out n’t', () => {
    expect(normalizeText('Calancho’s death')).toBe('calancho death');
    expect(normalizeText("the guards' shift")).toBe('the guards shift');
    expect(normalizeText("Juan's wife doesn't survive")).toBe('juan wife does not survive');
  });

  // Text with nothing to fold but case takes a shortcut (normalize.ts NEEDS_FOLDING, episode-scope.ts
  // foldScope): the answers must be those of the whole folding, written out here as it was before.
  it('folds plain ASCII text (backticks included) exactly as the whole folding does', () => {
    const whole = (t: string) =>
      t.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase().replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
    const scoped = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[¿¡"'“”‘’«»()[\]:]/g, ' ').replace(/\s+/g, ' ').trim();
    const ascii = fc.string({ unit: fc.constantFrom(...'aBz Z09`\'"(:)-.\n\tJUANcalancho'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(ascii, (t) => {
        expect(normalizeText(t)).toBe(normalizeText(whole(t)));
        expect(scopeText(t)).toBe(scoped(t));
      }),
    );
    expect(normalizeText("Juan`s wife doesn`t")).toBe('juan wife does not');
  });

  it('is idempotent', () => {
    for (const s of ["Juan's wife doesn't survive", 'Él murió — “¿por qué?”', "CAN'T STOP"]) {
      expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
    }
  });
});

describe('tokenize', () => {
  it('reads no word of a user name joined by underscores ("Warden_Pete", "escape_artist_78")', () => {
    expect(tokenize('Registered users: Warden_Pete, escape_artist_78 and the warden').map((t) => t.word)).toEqual(['registered', 'users', 'and', 'the', 'warden']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Hélèna’s baby didn’t live.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['helena', 'baby', 'did', 'not', 'live']);
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe('Hélèna’s');
    expect(text.slice(tokens[3]!.start, tokens[3]!.end)).toBe('didn’t');
  });

  it('collapses auxiliaries and never, so one pattern reads many tenses', () => {
    expect(normalizeWord('was')).toEqual(['is']);
    expect(normalizeWord('gets')).toEqual(['is']);
    expect(normalizeWord('never')).toEqual(['not']);
    expect(normalizeWord("won't")).toEqual(['will', 'not']);
    expect(normalizeWord('fue')).toEqual(['es']);
  });
});

describe('splitSentences', () => {
  it('covers the text sentence by sentence', () => {
    const text = 'Helena is rushed out. She dies in the ambulance! Why?';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'Helena is rushed out.',
      'She dies in the ambulance!',
      'Why?',
    ]);
  });

  it('falls back to punctuation on very long blocks', () => {
    const text = 'Uno dos tres. '.repeat(1000);
    const spans = splitSentences(text);
    expect(spans.length).toBe(1000);
    expect(spans.at(-1)!.end).toBe(text.length);
  });
});
