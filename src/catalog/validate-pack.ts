/**
 * Validation of a show pack (pack.ts). Every problem is a CatalogError naming the file, the plot
 * point (or character) and the field. The frames are checked here against the event types; the
 * expanded catalog is then checked by validateCatalog (characters, episodes, pattern syntax).
 */
import { EVENT_TYPES, ROLES, type Role } from '../lang/events';
import { expandPack, participantsOf, subjectsOf } from './expand';
import type { Frame, ShowPack } from './pack';
import { LANGS, type Catalog } from './types';
import { CatalogError, validateCatalog } from './validate';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

/** Checks `value` as a show pack and returns it with the Catalog it expands to, or throws a CatalogError. */
export function validatePack(value: unknown, file: string): { pack: ShowPack; catalog: Catalog } {
  const fail = (where: string, field: string, problem: string): never => {
    throw new CatalogError(file, where, field, problem);
  };
  if (!isObj(value)) return fail('pack', '(root)', 'must be a JSON object');
  if (value.format !== 2) fail('pack', 'format', 'must be 2');
  if (typeof value.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(value.id)) fail('pack', 'id', 'must be lower-case letters, digits and dashes');
  if (value.kind !== 'series' && value.kind !== 'film') fail('pack', 'kind', 'must be "series" or "film"');
  if (!isObj(value.title) || typeof value.title.en !== 'string' || value.title.en.trim() === '') fail('pack', 'title.en', 'must be a non-empty string');
  if ((value.title as Obj).es !== undefined && typeof (value.title as Obj).es !== 'string') fail('pack', 'title.es', 'must be a string');
  if (value.otherTitles !== undefined && !isTexts(value.otherTitles)) fail('pack', 'otherTitles', 'must be a list of non-empty strings');
  if (value.otherWorks !== undefined && !isTexts(value.otherWorks)) fail('pack', 'otherWorks', 'must be a list of non-empty strings');
  for (const key of ['markers'] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (!isObj(v)) fail('pack', key, 'must be an object of lists by language');
    for (const lang of Object.keys(v as Obj)) {
      if (!LANGS.includes(lang as never)) fail('pack', `${key}.${lang}`, `is not a language (${LANGS.join(', ')})`);
      if (!isTexts((v as Obj)[lang])) fail('pack', `${key}.${lang}`, 'must be a list of non-empty strings');
    }
  }
  if (!Array.isArray(value.episodes) || value.episodes.length === 0) fail('pack', 'episodes', 'must be a non-empty list');
  if (value.kind === 'film' && (value.episodes as unknown[]).length !== 1) fail('pack', 'episodes', 'must hold exactly one episode for a film');
  (value.episodes as unknown[]).forEach((e, i) => {
    if (!isObj(e) || e.number !== i + 1) fail(`episode ${i + 1}`, 'number', `must be ${i + 1} (episodes are listed in order)`);
    const title = (e as Obj).title;
    if (title !== undefined && (!isObj(title) || Object.entries(title).some(([l, t]) => !LANGS.includes(l as never) || typeof t !== 'string' || t.trim() === ''))) {
      fail(`episode ${i + 1}`, 'title', 'must map "en" and/or "es" to a non-empty title');
    }
  });
  if (!Array.isArray(value.characters)) fail('pack', 'characters', 'must be a list');
  const characterIds = new Set((value.characters as Obj[]).map((c) => (isObj(c) ? c.id : undefined)));
  if (!Array.isArray(value.plotPoints) || value.plotPoints.length === 0) fail('pack', 'plotPoints', 'must be a non-empty list');
  (value.plotPoints as unknown[]).forEach((p, i) => {
    const where = isObj(p) && typeof p.id === 'string' ? `plot point "${p.id}"` : `plot point #${i + 1}`;
    if (!isObj(p)) return fail(where, 'plotPoints', 'must be an object');
    checkFrame(p, where, '', characterIds, fail);
    if (p.also !== undefined) {
      if (!Array.isArray(p.also)) fail(where, 'also', 'must be a list of frames');
      (p.also as unknown[]).forEach((f, j) => (isObj(f) ? checkFrame(f, where, `also[${j}].`, characterIds, fail) : fail(where, `also[${j}]`, 'must be a frame')));
    }
    if (p.subjects !== undefined && !isTexts(p.subjects)) fail(where, 'subjects', 'must be a list of non-empty strings');
    if (p.phrases !== undefined) {
      if (!isObj(p.phrases)) fail(where, 'phrases', 'must be an object of lists by language');
      for (const [lang, list] of Object.entries(p.phrases as Obj)) {
        if (!LANGS.includes(lang as never)) fail(where, `phrases.${lang}`, `is not a language (${LANGS.join(', ')})`);
        if (!isTexts(list)) fail(where, `phrases.${lang}`, 'must be a list of non-empty strings');
      }
    }
    if (subjectsOf(p as unknown as Frame).length === 0) {
      const about = EVENT_TYPES[p.event as string]!.about.join(' or ');
      fail(where, 'roles', `must name who it is about: fill ${about}, or give "subjects"`);
    }
  });
  const pack = value as unknown as ShowPack;
  // Phrases come first in the expanded events, so "events.en[3]" in an error is the pack's phrases.en[3].
  const catalog = validateCatalog(expandPack(pack), file);
  return { pack, catalog };
}

function checkFrame(f: Obj, where: string, prefix: string, characterIds: ReadonlySet<unknown>, fail: (w: string, f: string, p: string) => never): void {
  const type = typeof f.event === 'string' ? EVENT_TYPES[f.event] : undefined;
  if (!type) fail(where, `${prefix}event`, `must be one of the event types: ${Object.keys(EVENT_TYPES).join(', ')}`);
  if (!isObj(f.roles)) fail(where, `${prefix}roles`, 'must be an object of participants by role');
  for (const [role, v] of Object.entries(f.roles as Obj)) {
    const field = `${prefix}roles.${role}`;
    if (!ROLES.includes(role as Role)) fail(where, field, `is not a role (${ROLES.join(', ')})`);
    if (!(role in type!.roles)) fail(where, field, `is not a role of "${f.event as string}" (it has ${Object.keys(type!.roles).join(', ')})`);
    const list = participantsOf(f as unknown as Frame, role as Role);
    if (list.length === 0) fail(where, field, 'must name at least one participant');
    list.forEach((p, j) => {
      if (typeof p === 'string') {
        if (p.trim() === '') fail(where, `${field}[${j}]`, 'must be a non-empty string');
        if (p.startsWith('@') && !characterIds.has(p.slice(1))) fail(where, `${field}[${j}]`, `names unknown character "${p.slice(1)}"`);
      } else if (!isObj(p) || Object.entries(p).some(([l, t]) => !LANGS.includes(l as never) || !isTexts(t))) {
        fail(where, `${field}[${j}]`, 'must be "@id", a phrase, or {"en": [...], "es": [...]}');
      }
    });
  }
}
