import { readFileSync } from 'node:fs';
import { CatalogError, prisonCell211, validateCatalog } from '@/src/catalog';

const file = 'data/prison-cell-211.json';
const raw = () => JSON.parse(readFileSync(file, 'utf8'));

describe('the Prison Cell 211 catalog', () => {
  it('holds 23 plot points, the premise among them, with episodes 0 to 6', () => {
    expect(prisonCell211.plotPoints).toHaveLength(23);
    expect(prisonCell211.plotPoints.filter((p) => p.episode === 0).map((p) => p.id)).toEqual([
      'riot-hostages',
      'juan-poses-as-inmate',
    ]);
    expect(new Set(prisonCell211.plotPoints.map((p) => p.episode))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    expect(prisonCell211.episodes).toHaveLength(6);
    expect(prisonCell211.episodes[0]!.title).toBe('Change of Plans');
    expect(prisonCell211.titles).toContain('Celda 211');
  });

  it('has neutral labels, in English and Spanish, that name no character and tell the episode', () => {
    const names = prisonCell211.characters.flatMap((c) => c.names).map((n) => n.toLowerCase());
    for (const p of prisonCell211.plotPoints) {
      for (const label of [p.label.en.toLowerCase(), p.label.es.toLowerCase()]) {
        expect(names.filter((n) => new RegExp(`\\b${n}\\b`).test(label)), p.id).toEqual([]);
        if (p.episode > 0) expect(label, p.id).toContain(String(p.episode));
      }
    }
  });

  it('spells every name the way reviews do', () => {
    const spellings = prisonCell211.characters.flatMap((c) => c.names);
    for (const s of ['Juan Olvera', 'Juan Oliveira', 'Elena', 'Baldar', 'Gandara', 'Ramirez', 'Jose Luis', 'Carnalita']) {
      expect(spellings).toContain(s);
    }
  });

  it('says every plot point in English and in Spanish', () => {
    for (const p of prisonCell211.plotPoints) {
      expect(p.events.en.length, p.id).toBeGreaterThan(0);
      expect(p.events.es.length, p.id).toBeGreaterThan(0);
    }
  });
});

describe('validateCatalog', () => {
  function errorFor(mutate: (c: any) => void): CatalogError {
    const c = raw();
    mutate(c);
    try {
      validateCatalog(c, file);
    } catch (e) {
      return e as CatalogError;
    }
    throw new Error('expected the catalog to be rejected');
  }

  it('names the file, the plot point and the field', () => {
    const e = errorFor((c) => (c.plotPoints[13].episode = 9));
    expect(e).toBeInstanceOf(CatalogError);
    expect(e.message).toBe(`${file}: plot point "helena-dies": field "episode" must be a whole number from 0 to 6`);
  });

  it('rejects a missing label, an unknown character and a malformed slot', () => {
    expect(errorFor((c) => delete c.plotPoints[0].label).message).toContain('plot point "riot-hostages": field "label"');
    expect(errorFor((c) => delete c.plotPoints[0].label.es).message).toContain('plot point "riot-hostages": field "label.es"');
    expect(errorFor((c) => c.plotPoints[2].subjects.push('@nobody')).message).toContain(
      'plot point "baldor-taken-hostage": field "subjects[1]" names unknown character "nobody"',
    );
    expect(errorFor((c) => c.plotPoints[3].events.es.push('{quien} muere')).message).toContain(
      'plot point "juan-video-message": field "events.es[',
    );
    expect(errorFor((c) => (c.plotPoints[4].events.en = [])).message).toContain('field "events.en" must be a non-empty list');
  });

  it('rejects duplicate ids, bad episodes lists and non-objects', () => {
    expect(errorFor((c) => (c.plotPoints[1].id = 'riot-hostages')).message).toContain('field "id" is used twice');
    expect(errorFor((c) => (c.episodes[2].number = 7)).message).toContain('episode 3: field "number"');
    expect(() => validateCatalog('nope', file)).toThrow(`${file}: catalog: field "(root)" must be a JSON object`);
  });

  it('accepts the shipped catalog unchanged', () => {
    expect(validateCatalog(raw(), file).id).toBe('prison-cell-211');
  });
});
