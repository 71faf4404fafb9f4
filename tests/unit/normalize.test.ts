import { normalizeText, normalizeWord, tokenize } from '@/src/lang/normalize';
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

  it('is idempotent', () => {
    for (const s of ["Juan's wife doesn't survive", 'Él murió — “¿por qué?”', "CAN'T STOP"]) {
      expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
    }
  });
});

describe('tokenize', () => {
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
