// Verdict.tellsOfSomeone (src/decide/verdict.ts): whether a text tells an event of someone of the show it names
// only by a pronoun or a dropped subject. Not a viewer's words about themselves, which name no third person.
import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '@/src/catalog/compiled';
import { Verdict } from '@/src/decide/verdict';

describe('tellsOfSomeone', () => {
  const verdict = new Verdict(shippedCatalog());

  it('is true of a pronoun with no one before it, in English and Spanish', () => {
    expect(verdict.tellsOfSomeone('watched the finale last night and i still cant believe he chose to stay inside')).toBe(true);
    expect(verdict.tellsOfSomeone('vi el final anoche y todavía no puedo creer que se quedara adentro')).toBe(true);
  });

  it('is false of a viewer speaking of themselves, with no third person ("left me speechless", "RIP my sleep")', () => {
    expect(verdict.tellsOfSomeone('Watched this with a bowl of noodles and no phone, which I recommend. the ending left me speechless')).toBe(false);
    expect(verdict.tellsOfSomeone('RIP my sleep schedule, this show is too addictive')).toBe(false);
  });
});
