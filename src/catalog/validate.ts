/**
 * Runtime validation of a show catalog. Every problem names the file, the plot
 * point (or character) and the field, so a broken catalog is fixed in one read.
 */
import { GROUP, GROUP_NAME, SLOT } from './pattern-syntax';
import { LANGS, type Catalog } from './types';

export class CatalogError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${where}: field "${field}" ${problem}`);
    this.name = 'CatalogError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks `value` against the catalog schema and returns it typed, or throws a CatalogError. */
export function validateCatalog(value: unknown, file: string): Catalog {
  const fail = (where: string, field: string, problem: string): never => {
    throw new CatalogError(file, where, field, problem);
  };
  const text = (o: Obj, key: string, where: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') fail(where, key, 'must be a non-empty string');
    return v as string;
  };
  const texts = (v: unknown, where: string, field: string, allowEmpty = false): string[] => {
    if (!Array.isArray(v) || (!allowEmpty && v.length === 0)) {
      fail(where, field, allowEmpty ? 'must be a list of strings' : 'must be a non-empty list of strings');
    }
    (v as unknown[]).forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') fail(where, `${field}[${i}]`, 'must be a non-empty string');
    });
    return v as string[];
  };
  const perLang = (o: Obj, key: string, where: string, allowEmpty: boolean) => {
    const v = o[key];
    if (!isObj(v)) fail(where, key, 'must be an object with "en" and "es" lists');
    for (const lang of LANGS) texts((v as Obj)[lang], where, `${key}.${lang}`, allowEmpty);
  };

  if (!isObj(value)) return fail('catalog', '(root)', 'must be a JSON object');
  const root = value;
  if (root.schemaVersion !== 1) fail('catalog', 'schemaVersion', 'must be 1');
  text(root, 'id', 'catalog');
  texts(root.titles, 'catalog', 'titles');

  if (!Array.isArray(root.episodes) || root.episodes.length === 0) fail('catalog', 'episodes', 'must be a non-empty list');
  const episodes = root.episodes as unknown[];
  episodes.forEach((e, i) => {
    const where = `episode ${i + 1}`;
    if (!isObj(e)) return fail(where, 'episodes', 'must be an object');
    if (e.number !== i + 1) fail(where, 'number', `must be ${i + 1} (episodes are listed in order)`);
    if (e.title !== undefined) text(e, 'title', where);
  });

  if (!Array.isArray(root.characters)) fail('catalog', 'characters', 'must be a list');
  const characterIds = new Set<string>();
  for (const [i, c] of (root.characters as unknown[]).entries()) {
    if (!isObj(c)) fail(`character #${i + 1}`, 'characters', 'must be an object');
    const ch = c as Obj;
    const id = text(ch, 'id', `character #${i + 1}`);
    const where = `character "${id}"`;
    if (characterIds.has(id)) fail(where, 'id', 'is used twice');
    characterIds.add(id);
    if (ch.gender !== 'f' && ch.gender !== 'm') fail(where, 'gender', 'must be "f" or "m"');
    if (ch.everyday !== undefined && typeof ch.everyday !== 'boolean') fail(where, 'everyday', 'must be true or false');
    texts(ch.names, where, 'names');
    perLang(ch, 'descriptions', where, true);
  }
  for (const c of root.characters as Obj[]) {
    const where = `character "${c.id as string}"`;
    if (c.relations === undefined) continue;
    if (!Array.isArray(c.relations)) fail(where, 'relations', 'must be a list');
    (c.relations as unknown[]).forEach((r, j) => {
      if (!isObj(r)) return fail(where, `relations[${j}]`, 'must be an object');
      if (typeof r.of !== 'string' || !characterIds.has(r.of)) fail(where, `relations[${j}].of`, 'must name a known character');
      perLang(r, 'words', `${where} relations[${j}]`, false);
    });
  }

  if (!isObj(root.wordGroups)) fail('catalog', 'wordGroups', 'must be an object of word groups');
  const groups = root.wordGroups as Obj;
  for (const [name, group] of Object.entries(groups)) {
    if (!GROUP_NAME.test(name)) fail(`word group "${name}"`, 'wordGroups', 'has a name that is not lower-case letters, digits and dashes');
    if (!isObj(group)) fail(`word group "${name}"`, 'wordGroups', 'must be an object with "en" and "es" lists');
    for (const lang of LANGS) texts((group as Obj)[lang], `word group "${name}"`, lang);
  }
  texts(root.otherWorks, 'catalog', 'otherWorks', true);

  if (!Array.isArray(root.plotPoints) || root.plotPoints.length === 0) fail('catalog', 'plotPoints', 'must be a non-empty list');
  const plotIds = new Set<string>();
  for (const [i, p] of (root.plotPoints as unknown[]).entries()) {
    if (!isObj(p)) fail(`plot point #${i + 1}`, 'plotPoints', 'must be an object');
    const pt = p as Obj;
    const id = text(pt, 'id', `plot point #${i + 1}`);
    const where = `plot point "${id}"`;
    if (plotIds.has(id)) fail(where, 'id', 'is used twice');
    plotIds.add(id);
    const ep = pt.episode;
    if (typeof ep !== 'number' || !Number.isInteger(ep) || ep < 0 || ep > episodes.length) {
      fail(where, 'episode', `must be a whole number from 0 to ${episodes.length}`);
    }
    if (!isObj(pt.label)) fail(where, 'label', 'must be an object with an "en" and an "es" text');
    for (const lang of LANGS) {
      const v = (pt.label as Obj)[lang];
      if (typeof v !== 'string' || v.trim() === '') fail(where, `label.${lang}`, 'must be a non-empty string');
    }
    texts(pt.subjects, where, 'subjects').forEach((s, j) => {
      if (s.startsWith('@') && !characterIds.has(s.slice(1))) fail(where, `subjects[${j}]`, `names unknown character "${s.slice(1)}"`);
    });
    perLang(pt, 'events', where, false);
    for (const lang of LANGS) {
      ((pt.events as Obj)[lang] as string[]).forEach((e, j) => {
        for (const m of e.matchAll(SLOT)) {
          const ref = m[1]!;
          if (ref.startsWith('@') && !characterIds.has(ref.slice(1))) {
            fail(where, `events.${lang}[${j}]`, `names unknown character "${ref.slice(1)}"`);
          }
        }
        for (const m of e.matchAll(GROUP)) {
          if (!Object.hasOwn(groups, m[1]!)) fail(where, `events.${lang}[${j}]`, `uses unknown word group "~${m[1]}"`);
        }
        if (e.replace(SLOT, '').trim() === '') fail(where, `events.${lang}[${j}]`, 'needs at least one word besides its slots');
        if (/[{}]/.test(e.replace(SLOT, ''))) fail(where, `events.${lang}[${j}]`, "has a malformed slot (use {who}, {who's}, {lo}, {@id} or {@id's})");
      });
    }
  }
  return value as unknown as Catalog;
}
