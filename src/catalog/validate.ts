/**
 * Runtime validation of a show catalog. Every problem names the file, the plot
 * point (or character) and the field, so a broken catalog is fixed in one read.
 * One function per section of the catalog, in the order the file lists them.
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
  const check = new Checks(file);
  if (!isObj(value)) return check.fail('catalog', '(root)', 'must be a JSON object');
  if (value.schemaVersion !== 1) check.fail('catalog', 'schemaVersion', 'must be 1');
  check.text(value, 'id', 'catalog');
  check.texts(value.titles, 'catalog', 'titles');
  const episodeCount = checkEpisodes(check, value.episodes);
  const characterIds = checkCharacters(check, value.characters);
  const groups = checkWordGroups(check, value.wordGroups);
  check.texts(value.otherWorks, 'catalog', 'otherWorks', true);
  checkPlotPoints(check, value.plotPoints, { episodeCount, characterIds, groups });
  return value as unknown as Catalog;
}

/** The checks every section uses, each throwing a CatalogError that names `file`. */
class Checks {
  constructor(private readonly file: string) {}

  fail(where: string, field: string, problem: string): never {
    throw new CatalogError(this.file, where, field, problem);
  }

  /** `o[key]` is a non-empty string. */
  text(o: Obj, key: string, where: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail(where, key, 'must be a non-empty string');
    return v as string;
  }

  /** `v` is a list of non-empty strings, and not empty unless `allowEmpty`. */
  texts(v: unknown, where: string, field: string, allowEmpty = false): string[] {
    if (!Array.isArray(v) || (!allowEmpty && v.length === 0)) {
      this.fail(where, field, allowEmpty ? 'must be a list of strings' : 'must be a non-empty list of strings');
    }
    (v as unknown[]).forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') this.fail(where, `${field}[${i}]`, 'must be a non-empty string');
    });
    return v as string[];
  }

  /** `o[key]` holds such a list for each language. */
  perLang(o: Obj, key: string, where: string, allowEmpty: boolean): void {
    const v = o[key];
    if (!isObj(v)) this.fail(where, key, 'must be an object with "en" and "es" lists');
    for (const lang of LANGS) this.texts((v as Obj)[lang], where, `${key}.${lang}`, allowEmpty);
  }
}

/** Episodes numbered from 1, in order; returns how many there are. */
function checkEpisodes(check: Checks, episodes: unknown): number {
  if (!Array.isArray(episodes) || episodes.length === 0) check.fail('catalog', 'episodes', 'must be a non-empty list');
  (episodes as unknown[]).forEach((e, i) => {
    const where = `episode ${i + 1}`;
    if (!isObj(e)) return check.fail(where, 'episodes', 'must be an object');
    if (e.number !== i + 1) check.fail(where, 'number', `must be ${i + 1} (episodes are listed in order)`);
    if (e.title !== undefined) check.text(e, 'title', where);
  });
  return (episodes as unknown[]).length;
}

/** Characters with distinct ids, then their relations (which may name any of them); returns the ids. */
function checkCharacters(check: Checks, characters: unknown): Set<string> {
  if (!Array.isArray(characters)) check.fail('catalog', 'characters', 'must be a list');
  const ids = new Set<string>();
  for (const [i, c] of (characters as unknown[]).entries()) {
    if (!isObj(c)) check.fail(`character #${i + 1}`, 'characters', 'must be an object');
    const ch = c as Obj;
    const id = check.text(ch, 'id', `character #${i + 1}`);
    const where = `character "${id}"`;
    if (ids.has(id)) check.fail(where, 'id', 'is used twice');
    ids.add(id);
    if (ch.gender !== 'f' && ch.gender !== 'm') check.fail(where, 'gender', 'must be "f" or "m"');
    if (ch.everyday !== undefined && typeof ch.everyday !== 'boolean') check.fail(where, 'everyday', 'must be true or false');
    check.texts(ch.names, where, 'names');
    check.perLang(ch, 'descriptions', where, true);
  }
  for (const c of characters as Obj[]) checkRelations(check, c, ids);
  return ids;
}

function checkRelations(check: Checks, c: Obj, characterIds: ReadonlySet<string>): void {
  const where = `character "${c.id as string}"`;
  if (c.relations === undefined) return;
  if (!Array.isArray(c.relations)) check.fail(where, 'relations', 'must be a list');
  (c.relations as unknown[]).forEach((r, j) => {
    if (!isObj(r)) return check.fail(where, `relations[${j}]`, 'must be an object');
    if (typeof r.of !== 'string' || !characterIds.has(r.of)) check.fail(where, `relations[${j}].of`, 'must name a known character');
    check.perLang(r, 'words', `${where} relations[${j}]`, false);
  });
}

/** Word groups, each named in lower case with phrases in every language; returns them. */
function checkWordGroups(check: Checks, wordGroups: unknown): Obj {
  if (!isObj(wordGroups)) return check.fail('catalog', 'wordGroups', 'must be an object of word groups');
  for (const [name, group] of Object.entries(wordGroups)) {
    if (!GROUP_NAME.test(name)) check.fail(`word group "${name}"`, 'wordGroups', 'has a name that is not lower-case letters, digits and dashes');
    if (!isObj(group)) check.fail(`word group "${name}"`, 'wordGroups', 'must be an object with "en" and "es" lists');
    for (const lang of LANGS) check.texts((group as Obj)[lang], `word group "${name}"`, lang);
  }
  return wordGroups;
}

/** What a plot point may refer to: the episodes, the characters and the word groups. */
interface Known {
  episodeCount: number;
  characterIds: ReadonlySet<string>;
  groups: Obj;
}

/** Plot points with distinct ids, an episode of the show, labels, known subjects and well-formed events. */
function checkPlotPoints(check: Checks, plotPoints: unknown, known: Known): void {
  if (!Array.isArray(plotPoints) || plotPoints.length === 0) check.fail('catalog', 'plotPoints', 'must be a non-empty list');
  const ids = new Set<string>();
  for (const [i, p] of (plotPoints as unknown[]).entries()) {
    if (!isObj(p)) check.fail(`plot point #${i + 1}`, 'plotPoints', 'must be an object');
    const pt = p as Obj;
    const id = check.text(pt, 'id', `plot point #${i + 1}`);
    const where = `plot point "${id}"`;
    if (ids.has(id)) check.fail(where, 'id', 'is used twice');
    ids.add(id);
    const ep = pt.episode;
    if (typeof ep !== 'number' || !Number.isInteger(ep) || ep < 0 || ep > known.episodeCount) {
      check.fail(where, 'episode', `must be a whole number from 0 to ${known.episodeCount}`);
    }
    if (!isObj(pt.label)) check.fail(where, 'label', 'must be an object with an "en" and an "es" text');
    for (const lang of LANGS) {
      const v = (pt.label as Obj)[lang];
      if (typeof v !== 'string' || v.trim() === '') check.fail(where, `label.${lang}`, 'must be a non-empty string');
    }
    check.texts(pt.subjects, where, 'subjects').forEach((s, j) => {
      if (s.startsWith('@') && !known.characterIds.has(s.slice(1))) check.fail(where, `subjects[${j}]`, `names unknown character "${s.slice(1)}"`);
    });
    checkEvents(check, pt, where, known);
  }
}

/** Event patterns in every language, whose slots name known characters and whose groups exist. */
function checkEvents(check: Checks, pt: Obj, where: string, known: Known): void {
  check.perLang(pt, 'events', where, false);
  for (const lang of LANGS) {
    ((pt.events as Obj)[lang] as string[]).forEach((e, j) => {
      const field = `events.${lang}[${j}]`;
      for (const m of e.matchAll(SLOT)) {
        const ref = m[1]!;
        if (ref.startsWith('@') && !known.characterIds.has(ref.slice(1))) check.fail(where, field, `names unknown character "${ref.slice(1)}"`);
        if (ref === 'alone' && m[2] !== undefined) check.fail(where, field, '{alone} cannot be possessive');
      }
      for (const m of e.matchAll(GROUP)) {
        if (!Object.hasOwn(known.groups, m[1]!)) check.fail(where, field, `uses unknown word group "~${m[1]}"`);
      }
      if (e.replace(SLOT, '').trim() === '') check.fail(where, field, 'needs at least one word besides its slots');
      if (/[{}]/.test(e.replace(SLOT, ''))) check.fail(where, field, "has a malformed slot (use {who}, {who's}, {lo}, {alone}, {@id} or {@id's})");
    });
  }
}
