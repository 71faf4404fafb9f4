import { readFileSync } from 'node:fs';
import { CatalogError, prisonCell211, validateCatalog, validatePack } from '@/src/catalog';

const file = 'data/prison-cell-211.json';
/** The pack as written (format 2). */
const rawPack = () => JSON.parse(readFileSync(file, 'utf8'));
/** The catalog it expands to (format 1, what the matcher reads). */
const raw = () => JSON.parse(JSON.stringify(prisonCell211));

/** The plot-point table of the show's facts, in its order: the ones the sentence corpora label. */
const TABLE_PLOT_POINTS = [
  'riot-hostages', 'juan-poses-as-inmate', 'baldor-taken-hostage', 'juan-video-message', 'yori-recruited-as-mole', 'juan-informs-ramirez',
  'carajo-assaults-juan', 'juan-kills-carajo', 'yori-exposed-and-killed', 'baldor-hand-cut-off', 'helena-trampled', 'carnalita-murdered',
  'police-station-bombed', 'helena-dies', 'ramirez-killed', 'governor-buys-javi', 'gandara-flees', 'baldor-extracted',
  'juan-hands-over-briefcase', 'juan-stays-behind', 'calancho-killed', 'twenty-five-jailed', 'juan-new-ringleader',
];

describe('the Prison Cell 211 catalog', () => {
  it("holds the 23 plot points of the facts' table first, then every episode's other events (issue 12), the premise among them, with episodes 0 to 6", () => {
    expect(prisonCell211.plotPoints.slice(0, 23).map((p) => p.id)).toEqual(TABLE_PLOT_POINTS);
    expect(prisonCell211.plotPoints).toHaveLength(61);
    for (let n = 1; n <= 6; n++) expect(prisonCell211.plotPoints.filter((p) => p.episode === n).length, `episode ${n}`).toBeGreaterThanOrEqual(5);
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
    // A name of an event ("the hole in the wall {alone}") is nobody's: it has no possessive.
    expect(errorFor((c) => c.plotPoints[5].events.en.push("{alone's} hole")).message).toContain('{alone} cannot be possessive');
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

describe('validatePack', () => {
  function packError(mutate: (p: any) => void): CatalogError {
    const p = rawPack();
    mutate(p);
    try {
      validatePack(p, file);
    } catch (e) {
      return e as CatalogError;
    }
    throw new Error('expected the pack to be rejected');
  }
  const at = (p: any, id: string) => p.plotPoints.find((x: any) => x.id === id);

  it('accepts the shipped pack, which holds no word group of its own', () => {
    const p = rawPack();
    expect(validatePack(p, file).catalog.plotPoints).toHaveLength(61);
    expect(p.wordGroups).toBeUndefined();
    for (const generic of ['{who} ~die', '~kill {who}', "{who's} ~death", '{who} ~stay', '{who} ~vanish']) expect(JSON.stringify(p)).not.toContain(`"${generic}"`);
  });

  it('names the file, the plot point and the field of a frame', () => {
    expect(packError((p) => (at(p, 'helena-dies').event = 'vanishes')).message).toMatch(
      /^data\/prison-cell-211\.json: plot point "helena-dies": field "event" must be one of the event types: die, kill/,
    );
    expect(packError((p) => (at(p, 'helena-dies').roles.weapon = 'x')).message).toBe(
      `${file}: plot point "helena-dies": field "roles.weapon" is not a role (agent, patient, recipient, instrument, object, place)`,
    );
    expect(packError((p) => (at(p, 'gandara-flees').roles.patient = '@gandara')).message).toContain(
      'plot point "gandara-flees": field "roles.patient" is not a role of "flee" (it has agent, place)',
    );
    expect(packError((p) => (at(p, 'ramirez-killed').roles.agent = ['@juan', '@nobody'])).message).toContain(
      'plot point "ramirez-killed": field "roles.agent[1]" names unknown character "nobody"',
    );
    expect(packError((p) => (at(p, 'helena-dies').also[0].event = 'lies')).message).toContain('plot point "helena-dies": field "also[0].event"');
    expect(packError((p) => (at(p, 'gandara-flees').roles = {})).message).toContain(
      'plot point "gandara-flees": field "roles" must name who it is about: fill agent, or give "subjects"',
    );
    expect(packError((p) => (at(p, 'helena-dies').episode = 9)).message).toBe(
      `${file}: plot point "helena-dies": field "episode" must be a whole number from 0 to 6`,
    );
  });

  it('checks the pack as a whole: format, kind, and one episode for a film', () => {
    expect(packError((p) => (p.format = 1)).message).toBe(`${file}: pack: field "format" must be 2`);
    expect(packError((p) => (p.kind = 'show')).message).toContain('field "kind" must be "series" or "film"');
    expect(packError((p) => (p.kind = 'film')).message).toContain('field "episodes" must hold exactly one episode for a film');
    expect(packError((p) => (at(p, 'baldor-hand-cut-off').phrases.es[0] = '{quien} corta')).message).toContain(
      'plot point "baldor-hand-cut-off": field "events.es[0]"',
    );
  });
});
