// The shipped shows as the popup and settings page see them (src/catalog/shipped.ts), and `npm run catalog`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHIPPED_PACKS } from '@/src/catalog';
import { SHIPPED_SHOWS, shippedShow } from '@/src/catalog/shipped';
import { outlineFileText } from '@/src/catalog/summary';

describe('SHIPPED_SHOWS', () => {
  it('is generated from the packs and up to date (run `npm run catalog -- outline` after changing a pack)', () => {
    expect(readFileSync('src/catalog/shipped-outline.ts', 'utf8')).toBe(outlineFileText());
    expect(SHIPPED_SHOWS.map((s) => s.id)).toEqual(SHIPPED_PACKS.map((p) => p.pack.id));
  });

  it('names the series first, then the film with its one step of progress', () => {
    expect(SHIPPED_SHOWS[0]!.id).toBe('prison-cell-211');
    const series = shippedShow('prison-cell-211')!;
    expect(series.kind).toBe('series');
    expect(series.title).toEqual({ en: 'Prison Cell 211', es: 'Celda 211' });
    expect(series.episodes.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(series.episodes[0]!.title).toEqual({ en: 'Change of Plans' });
    expect(series.episodes[5]!.title?.en).toBe('The King Is Dead, Long Live The King');
    // Episodes whose titles are not known have none: the pages name them by number, in their own language.
    expect(series.episodes[1]!.title).toBeUndefined();
    const film = shippedShow('celda-211-2009')!;
    expect(film).toMatchObject({ kind: 'film', title: { en: 'Cell 211', es: 'Celda 211' } });
    expect(film.episodes).toHaveLength(1);
    expect(shippedShow('lost')).toBeUndefined();
  });

  it('does not pull the packs into the pages that import it', () => {
    const imports = (f: string) => [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports('src/catalog/shipped.ts')).toEqual(['./outline', './shipped-outline', './outline']);
    expect(imports('src/catalog/shipped-outline.ts')).toEqual(['./outline']);
    expect(imports('src/catalog/outline.ts')).toEqual(['./pack']);
  });
});

// Each case starts vite-node, so the cases get room.
describe('npm run catalog -- check', { timeout: 30_000 }, () => {
  const run = (...args: string[]) => spawnSync('npx', ['vite-node', 'scripts/catalog.ts', '--', ...args], { encoding: 'utf8' });

  it('prints what a valid pack compiles to', () => {
    const out = execFileSync('npx', ['vite-node', 'scripts/catalog.ts', '--', 'check', 'data/celda-211-2009.json'], { encoding: 'utf8' });
    expect(out).toContain('data/celda-211-2009.json: ok — film "Cell 211" / "Celda 211" (id celda-211-2009)');
    expect(out).toMatch(/\[ep 1\] film-juan-dies: kill\(agent: "@apache", patient: "@juan"\)/);
  });

  it('names the file, the plot point and the field of a mistake, with exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    const pack = JSON.parse(readFileSync('data/celda-211-2009.json', 'utf8'));
    pack.plotPoints[3].roles.agent = '@nobody';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(pack));
    const r = run('check', file);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`${file}: plot point "film-juan-kills-utrilla": field "roles.agent[0]" names unknown character "nobody"`);
    expect(run('frobnicate').status).toBe(2);
  });
});
