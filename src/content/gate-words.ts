/**
 * The words the gate (gate.ts) looks for, as regular-expression sources built when the extension is built
 * (wxt.config.ts) from the shipped show packs in data/: nothing is read at run time.
 *
 * - strict: the shows' titles and the names of characters that are not everyday ones. Only these can make a
 *   page "about a show" (src/decide/page-context.ts: a title, or two characters, one not everyday), so a
 *   page without one of them has nothing the shield would hide as the show's (the reader's own plot points
 *   apart, see gate.ts).
 * - broad: the everyday names ("Juan", "Helena"; tested where `strict` found nothing). A frame with one of these may still
 *   have something to hide when another frame of its tab names the show. Descriptions ("the warden", "his
 *   wife") are left out: their words are everyday English and Spanish ("head", "state", "wife") and would
 *   send nearly every frame with text to ask the background; a frame that only describes a character,
 *   without a name, in a tab whose other frame names the show, is not shielded.
 *
 * Both are used with the flag `i` alone (no `u`): V8 compiles and scans a case-insensitive alternation of
 * literals several times faster that way, so accented letters are written out as classes ([eéèêë]). A
 * phrase must start a word but may end inside one ("Calanchos", "Helena's"): a false match only costs
 * loading the shield.
 */

/** What the gate needs of a show pack (src/catalog/pack.ts, format 2). */
export interface PackWords {
  id: string;
  title: { en: string; es?: string };
  otherTitles?: string[];
  characters: Array<{ everyday?: boolean; names: string[] }>;
}

/** One show's two expression sources; `broad` is absent when none of its characters has an everyday name. */
export interface ShowSources {
  strict: string;
  broad?: string;
}

/** Per shipped show id, in the packs' order. */
export interface GateSources {
  shows: Record<string, ShowSources>;
}

/** Letters that may carry an accent, as the shield folds them. */
const FOLDS: Record<string, string> = { a: 'aáàâäã', e: 'eéèêë', i: 'iíìîï', o: 'oóòôöõ', u: 'uúùûü', n: 'nñ', c: 'cç' };
/** No letter or digit (Latin, with accents) may come right before a phrase. */
const EDGE = '0-9A-Za-z\\u00C0-\\u024F';

const plain = (p: string) => p.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

function alternation(phrases: Iterable<string>): string | undefined {
  const unique = [...new Set([...phrases].map(plain).filter((p) => p !== ''))];
  // A phrase in which a shorter one starts a word adds nothing ("prison cell 211" and "cell 211").
  const kept = unique.filter((p) => !unique.some((q) => q !== p && ` ${p}`.includes(` ${q}`)));
  if (kept.length === 0) return undefined;
  const alternatives = kept
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((p) => [...p].map((c) => (FOLDS[c] ? `[${FOLDS[c]}]` : /\s/.test(c) ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join(''));
  return `(?<![${EDGE}])(?:${alternatives.join('|')})`;
}

/** One show's sources: its titles (as expand.ts lists them) and names that are not everyday; its everyday names. */
export function showSources(pack: PackWords): ShowSources {
  const titles = [pack.title.en, ...(pack.title.es ? [pack.title.es] : []), ...(pack.otherTitles ?? [])];
  const strict = alternation([...titles, ...pack.characters.filter((c) => c.everyday !== true).flatMap((c) => c.names)]);
  if (strict === undefined) throw new Error(`gate words: no title or name to look for in ${pack.id}`);
  // Tested only where `strict` found nothing: the everyday names are enough.
  const broad = alternation(pack.characters.filter((c) => c.everyday === true).flatMap((c) => c.names));
  return broad === undefined ? { strict } : { strict, broad };
}

/** The gate's expression sources for these packs, per show id. */
export function gateSources(packs: readonly PackWords[]): GateSources {
  if (packs.length === 0) throw new Error('gate words: no show pack');
  const shows: Record<string, ShowSources> = {};
  for (const pack of packs) {
    if (pack.id in shows) throw new Error(`gate words: two packs for ${pack.id}`);
    shows[pack.id] = showSources(pack);
  }
  return { shows };
}

/**
 * One expression source for several shows (the followed ones), or undefined when none of them has one: the
 * gate compiles it with the flag `i`.
 */
export function joinSources(sources: GateSources, ids: readonly string[], which: keyof ShowSources): string | undefined {
  const parts = ids.map((id) => sources.shows[id]?.[which]).filter((s): s is string => s !== undefined);
  return parts.length === 0 ? undefined : [...new Set(parts)].join('|');
}
