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

export interface PackWords {
  titles: string[];
  characters: Array<{ everyday?: boolean; names: string[] }>;
}

export interface GateSources {
  strict: string;
  broad: string;
}

/** Letters that may carry an accent, as the shield folds them. */
const FOLDS: Record<string, string> = { a: 'aáàâäã', e: 'eéèêë', i: 'iíìîï', o: 'oóòôöõ', u: 'uúùûü', n: 'nñ', c: 'cç' };
/** No letter or digit (Latin, with accents) may come right before a phrase. */
const EDGE = '0-9A-Za-z\\u00C0-\\u024F';

const plain = (p: string) => p.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set([...phrases].map(plain).filter((p) => p !== ''))];
  // A phrase in which a shorter one starts a word adds nothing ("prison cell 211" and "cell 211").
  const kept = unique.filter((p) => !unique.some((q) => q !== p && ` ${p}`.includes(` ${q}`)));
  if (kept.length === 0) throw new Error('gate words: no phrase to look for');
  const alternatives = kept
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((p) => [...p].map((c) => (FOLDS[c] ? `[${FOLDS[c]}]` : /\s/.test(c) ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join(''));
  return `(?<![${EDGE}])(?:${alternatives.join('|')})`;
}

/** The gate's two expression sources for these packs. */
export function gateSources(packs: readonly PackWords[]): GateSources {
  if (packs.length === 0) throw new Error('gate words: no show pack');
  const titles = packs.flatMap((p) => p.titles);
  const characters = packs.flatMap((p) => p.characters);
  const strict = [...titles, ...characters.filter((c) => c.everyday !== true).flatMap((c) => c.names)];
  // Tested only where `strict` found nothing: the everyday names are enough.
  const broad = characters.filter((c) => c.everyday === true).flatMap((c) => c.names);
  return { strict: alternation(strict), broad: alternation(broad) };
}
