import { describe, expect, it } from 'vitest';
import { showTitleOf, SpoilerWords } from '../../src/shield/paint/spoiler-label';
import { enMessages, esMessages, tEn, tEs } from '../helpers/i18n';

describe('what the shield says about a hidden passage (issue 16, point 1)', () => {
  it('says only "Spoiler · <show> · episode N", in English and in Spanish', () => {
    const en = new SpoilerWords(tEn, 'Prison Cell 211');
    expect(en.label(5)).toBe('Spoiler · Prison Cell 211 · episode 5');
    expect(en.accessibleName(5)).toBe('Spoiler · Prison Cell 211 · episode 5. Press Enter to reveal.');
    expect(en.revealed(5)).toBe('Revealed · Prison Cell 211 · episode 5');
    expect(en.pageTitle(5, 'The Binge Ledger')).toBe('Spoiler · Prison Cell 211 · episode 5 — The Binge Ledger');
    const es = new SpoilerWords(tEs, 'Celda 211');
    expect(es.label(3)).toBe('Spoiler · Celda 211 · episodio 3');
    expect(es.accessibleName(3)).toBe('Spoiler · Celda 211 · episodio 3. Pulsa Intro para mostrarlo.');
    expect(es.revealed(3)).toBe('Mostrado · Celda 211 · episodio 3');
    expect(es.pageTitle(3, 'Cine')).toBe('Spoiler · Celda 211 · episodio 3 — Cine');
  });

  it('leaves the show out when no catalog named it, rather than an empty slot', () => {
    const words = new SpoilerWords(tEn, '');
    expect(words.label(2)).toBe('Spoiler · episode 2');
    expect(words.pageTitle(2, 'x.example')).toBe('Spoiler · episode 2 — x.example');
  });

  it('reads the title from a catalog, one per language where it has them', () => {
    expect(showTitleOf({ title: 'Prison Cell 211' }, 'es')).toBe('Prison Cell 211');
    expect(showTitleOf({ title: { en: 'Prison Cell 211', es: 'Celda 211' } }, 'es')).toBe('Celda 211');
    expect(showTitleOf({ title: { en: 'Prison Cell 211' } }, 'es')).toBe('Prison Cell 211');
    expect(showTitleOf({}, 'en')).toBe('');
    expect(showTitleOf(undefined, 'en')).toBe('');
  });

  it('has no message that could name a kind of event: each label has only the show, the episode and the site', () => {
    for (const messages of [enMessages, esMessages] as Array<Record<string, { message: string }>>) {
      for (const key of ['hintTitle', 'hintRevealedTitle', 'hiddenLabel', 'neutralTitle']) {
        const slots = messages[key]!.message.match(/\$[A-Z]+\$/g);
        expect(slots, key).toEqual(key === 'neutralTitle' ? ['$SHOW$', '$N$', '$SITE$'] : ['$SHOW$', '$N$']);
      }
    }
  });
});
