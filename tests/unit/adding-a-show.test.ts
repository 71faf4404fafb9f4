// docs/adding-a-show.md is enough to write a pack: its example, taken from the markdown alone, checks,
// compiles and catches its spoilers. The shipped packs and the example also pass the JSON Schema.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { SHIPPED_PACKS, validatePack } from '@/src/catalog';
import { compileCatalog } from '@/src/decide/match/compile';
import { EVENT_TYPES, ROLES } from '@/src/lang/events';
import { scanPassages } from '@/src/scan/scan';

const doc = readFileSync('docs/adding-a-show.md', 'utf8');
const example = /## An example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(doc)![1]!;
const schema = JSON.parse(readFileSync('docs/pack.schema.json', 'utf8'));

describe('the pack in docs/adding-a-show.md', () => {
  const { pack, catalog } = validatePack(JSON.parse(example), 'docs/adding-a-show.md');
  const compiled = compileCatalog(catalog);
  const found = (text: string, watched: number) => scanPassages(['The Lighthouse, reviewed.', text], compiled, watched)[1]!.spoilers.map((s) => s.id);

  it('checks and compiles', () => {
    expect(pack.id).toBe('the-lighthouse');
    expect(compiled.episodeCount).toBe(2);
    expect(compiled.plots.map((p) => p.id)).toEqual(['tomas-vanishes', 'mara-kills-ibarra', 'mara-stays']);
  });

  it('catches its spoilers past the progress, in English and Spanish, and only those', () => {
    expect(found('In the finale Mara kills the inspector.', 1)).toEqual(['mara-kills-ibarra']);
    expect(found('In the finale Mara kills the inspector.', 2)).toEqual([]);
    expect(found('Tomás desaparece en el primer episodio.', 0)).toEqual(['tomas-vanishes']);
    expect(found('Su hermano se esfuma sin dejar rastro.', 0)).toEqual(['tomas-vanishes']); // a description names him too
    expect(found('Mara decides to stay and keeps the light.', 1)).toEqual(['mara-stays']);
    expect(found('Ibarra is a patient, funny inspector.', 0)).toEqual([]);
  });
});

describe('docs/pack.schema.json', () => {
  const validate = new Ajv2020({ allErrors: true }).compile(schema);

  it('accepts the shipped packs and the docs example', () => {
    for (const [name, value] of [...SHIPPED_PACKS.map((p) => [p.pack.id, p.pack] as const), ['example', JSON.parse(example)] as const]) {
      expect(validate(value) ? [] : validate.errors, name).toEqual([]);
    }
  });

  it('rejects what validatePack rejects in shape, and names the same event types and roles as src/lang/events', () => {
    expect(validate({ ...JSON.parse(example), kind: 'show' })).toBe(false);
    expect(schema.$defs.event.enum).toEqual(Object.keys(EVENT_TYPES));
    expect(schema.$defs.roles.propertyNames.enum).toEqual([...ROLES]);
  });

  it('lists every event type in the docs table with the roles it has', () => {
    for (const [id, type] of Object.entries(EVENT_TYPES)) {
      const row = new RegExp(`^\\| \`${id}\` \\| ${type.about.join(', ')} \\|`, 'm');
      expect(doc, id).toMatch(row);
    }
  });
});
