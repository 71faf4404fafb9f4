import { describe, expect, it } from 'vitest';
import { SHIPPED_PACKS, prisonCell211 } from '@/src/catalog';
import { shippedCatalog } from '@/src/catalog/compiled';
import { fromWire, toWire } from '@/src/catalog/wire';
import { catalogMentionPhrases } from '@/src/decide/match/compile-mentions';
import { Verdict } from '@/src/decide/verdict';

/** The names the compiler marks weak, as "name=character". */
function weakNames(catalog = prisonCell211): string[] {
  return catalogMentionPhrases(catalog)
    .filter(([, d]) => d.weak)
    .map(([p, d]) => `${p}=${d.characterId}`);
}

/** The shipped catalog as a content script gets it: through the wire format (weak names must survive it). */
const wired = fromWire(JSON.parse(JSON.stringify(toWire(shippedCatalog()))));

/** Whether a page made of these blocks is about the show. */
function aboutTheShow(blocks: string[]): boolean {
  const v = new Verdict(wired);
  for (const b of blocks) {
    const a = v.analyse(b);
    if (a) v.notePage(a);
  }
  return v.pageMentionsShow;
}

describe('weak names (issue 12: surnames alone and numbers never make a page about the show)', () => {
  it('marks a surname alone and a number weak, and not a nickname with its article', () => {
    const weak = weakNames();
    expect(weak).toContain('Aguilar=baldor');
    expect(weak).toContain('25=twenty-five');
    expect(weak).toContain('Ramírez=ramirez');
    expect(weak).not.toContain('Baldor=baldor');
    expect(weak.some((w) => w.startsWith('Calancho='))).toBe(false);
    for (const { catalog } of SHIPPED_PACKS) for (const w of weakNames(catalog)) expect(w).toMatch(/^(\d+|(?:\p{L}+ )*\p{Lu}\p{L}+)=/u);
  });

  it('marks a name and surname weak when the surname alone is (what real people are called), and not a nickname', () => {
    const weak = weakNames();
    expect(weak).toContain('Gustavo Aguilar=baldor');
    expect(weak).toContain('Colonel Ramírez=ramirez');
    expect(weak).not.toContain('El Baldor=baldor');
    expect(weak).not.toContain('Governor Eugenia Montes=governor');
  });

  it('a match report where an Aguilar wears the 25 is not about the show', () => {
    expect(aboutTheShow(['Aguilar, con el 25 en la espalda, rescata el empate para Halcones en el último minuto.', 'El técnico elogió a Aguilar tras el partido.'])).toBe(false);
    // Nor where it names him in full: a footballer may be called Gustavo Aguilar.
    expect(aboutTheShow(['Cuando el estadio ya se vaciaba, Gustavo Aguilar empujó un centro. El delantero porta el número 25.', 'El defensa Ramírez vio la roja.'])).toBe(false);
  });

  it('the same names count once the page names the character otherwise', () => {
    expect(aboutTheShow(['Aguilar, con el 25 en la espalda, rescata el empate.', 'Baldor, el contador del cártel, sigue encerrado.'])).toBe(true);
    expect(aboutTheShow(['Gustavo Aguilar, el Baldor, y el 25 se reúnen en secreto.'])).toBe(true);
  });

  it('a number that is part of a time, a score or a decimal names no one: "9:25 PM" is no 25', () => {
    const v = new Verdict(wired);
    for (const text of ['9:25 PM My cat is asleep on the remote tonight.', 'Final score 25-20 after extra time.', 'Rated 8.25 by our readers.', 'Kick-off at 20:25.']) {
      expect([text, v.analyse(text)?.characters ?? []]).toEqual([text, []]);
    }
    expect(v.analyse('9:25 PM el 25 manda a sus hombres')?.characters).toEqual(['twenty-five']);
  });
});
