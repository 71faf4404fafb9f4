/**
 * The mention side of compiling a catalog: every phrase that names someone (names,
 * descriptions, kin, titles, other works, pronouns, subject phrases), the trie the
 * matcher walks to find them, and the words that say a page may be about the show.
 */
import type { Catalog, Character } from '../../catalog/types';
import { LANGS } from '../../catalog/types';
import { ARTICLE, NOT_TELLING, OPTIONAL_WORDS, POSSESSIVE_PRONOUNS, PRONOUNS, RULES_OF } from '../../lang';
import { wordsOf } from '../../lang/normalize';
import type { CompiledPlotPoint, MentionDef, TrieNode } from './compile';

/** A phrase that names someone or something, and what it names. */
export type MentionPhrase = [phrase: string, def: MentionDef];

/** The phrases for the catalog's characters, titles and other works, and the pronouns, in that order. */
export function catalogMentionPhrases(catalog: Catalog): MentionPhrase[] {
  const characters = new Map(catalog.characters.map((c) => [c.id, c]));
  const phrases: MentionPhrase[] = [];
  for (const c of catalog.characters) {
    const base = { key: `c:${c.id}`, characterId: c.id, gender: c.gender, everyday: c.everyday === true };
    for (const n of c.names) phrases.push([n, weakName(n, c.names) ? { kind: 'name', ...base, weak: true } : { kind: 'name', ...base }]);
    for (const d of descriptionsOf(c)) phrases.push([d, { kind: 'description', ...base }]);
    for (const r of c.relations ?? []) {
      const kin = characters.get(r.of)!;
      for (const k of [...kin.names, ...descriptionsOf(kin)]) {
        for (const lang of LANGS) {
          const said = RULES_OF[lang].kinPhrase.replace('{kin}', k);
          for (const w of r.words[lang]) phrases.push([said.replace('{word}', w), { kind: 'description', ...base }]);
        }
      }
    }
  }
  for (const t of catalog.titles) phrases.push([t, { kind: 'title', key: 't:title', everyday: false }]);
  for (const o of catalog.otherWorks) phrases.push([o, { kind: 'other-work', key: 'o:other', everyday: true }]);
  // Found like names, so that the matcher can keep their words from being event words.
  for (const i of catalog.idioms ?? []) phrases.push([i, { kind: 'idiom', key: 'i:idiom', everyday: true }]);
  for (const [p, gender] of PRONOUNS) {
    phrases.push([p, { kind: 'pronoun', key: `pronoun:${p}`, gender, everyday: true, possessive: POSSESSIVE_PRONOUNS.has(p) }]);
  }
  return phrases;
}

/**
 * A surname alone ("Aguilar": the last word of another of the character's names, "Gustavo Aguilar", that is
 * more than an article before it, as "El Baldor" is), a number ("25"), or a name and that surname
 * ("Gustavo Aguilar", "Colonel Ramírez"): what many real people are called, where a nickname ("El Baldor")
 * is the show's own.
 */
function weakName(name: string, names: readonly string[]): boolean {
  const words = wordsOf(name);
  if (words.length === 0) return false;
  // A surname alone is weak (below) when another name ends with it: this name is such a name.
  if (words.length > 1) return !ARTICLE.test(name) && names.some((other) => wordsOf(other).join(' ') === words[words.length - 1]);
  if (/^\d+$/.test(words[0]!)) return true;
  return names.some((other) => {
    const w = wordsOf(other.replace(ARTICLE, ''));
    return w.length > 1 && w[w.length - 1] === words[0];
  });
}

/** A character's descriptions in every language, each also without its article when at least two words remain. */
function descriptionsOf(c: Character): string[] {
  // "cartel's accountant" stands alone, a bare "soplones" does not.
  return LANGS.flatMap((lang) => c.descriptions[lang]).flatMap((d) =>
    ARTICLE.test(d) && wordsOf(d).length >= 3 ? [d, d.replace(ARTICLE, '')] : [d],
  );
}

/**
 * The plot points as the matcher keeps them, each with the keys of its subjects: `c:<id>` for a
 * character, `p:<words>` for a literal phrase, whose mention phrase is added to `phrases`.
 */
export function compilePlotPoints(catalog: Catalog, phrases: MentionPhrase[]): CompiledPlotPoint[] {
  return catalog.plotPoints.map((p) => {
    const subjects = new Set<string>();
    for (const s of p.subjects) {
      if (s.startsWith('@')) subjects.add(`c:${s.slice(1)}`);
      else {
        const key = `p:${wordsOf(s).join(' ')}`;
        subjects.add(key);
        phrases.push([s, { kind: 'phrase', key, everyday: true }]);
      }
    }
    return { id: p.id, episode: p.episode, label: { ...p.label }, subjects };
  });
}

/** The trie of mention phrases, by the word class of each word. */
export function mentionTrie(phrases: readonly MentionPhrase[], classOfWord: (w: string) => number): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const [phrase, def] of phrases) {
    let node = root;
    for (const w of wordsOf(phrase)) {
      const c = classOfWord(w);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    if (node !== root) (node.defs ??= []).push(def);
  }
  return root;
}

/**
 * The words that tell a block may be about the show: `gateWords`, the exact words of names and titles,
 * and `mentionClasses`, the classes of every word that can carry a mention (small words left out).
 */
export function telltaleWords(
  phrases: readonly MentionPhrase[],
  classOfWord: (w: string) => number,
): { gateWords: Set<string>; mentionClasses: Set<number> } {
  const gateWords = new Set<string>();
  const mentionClasses = new Set<number>();
  for (const [phrase, def] of phrases) {
    if (def.kind === 'pronoun' || def.kind === 'other-work' || def.kind === 'idiom') continue;
    for (const w of wordsOf(phrase)) {
      if (OPTIONAL_WORDS.has(w) || NOT_TELLING.has(w)) continue;
      mentionClasses.add(classOfWord(w));
      // Not numbers: "25" (El 25) and "211" are everywhere, and never name the show alone. A block they
      // were the only clue in is read again once another name has brought the catalog in.
      if ((def.kind === 'name' || def.kind === 'title') && !/^\d+$/.test(w)) gateWords.add(w);
    }
  }
  return { gateWords, mentionClasses };
}
