/**
 * Compiles a catalog once into what the matcher needs: word families, a trie of
 * mentions (names, descriptions, subject phrases, titles, pronouns) and the event
 * patterns indexed by their first word.
 */
import type { Catalog, Character, Lang } from '../../catalog/types';
import { LANGS } from '../../catalog/types';
import { GROUP, SLOT } from '../../catalog/pattern-syntax';
import { ARTICLE, NOT_TELLING, OPTIONAL_WORDS, POSSESSIVE_PRONOUNS, PRONOUNS } from '../../lang';
import { tokenize } from '../../lang/normalize';
import { buildWordClasses } from '../../lang/word-classes';
import { NO_CLASS, WordResolver } from './resolver';

export type MentionKind = 'name' | 'description' | 'phrase' | 'title' | 'pronoun' | 'other-work';

export interface MentionDef {
  kind: MentionKind;
  /** "c:<characterId>" for characters, "p:<phrase>" for literal subject phrases. */
  key: string;
  characterId?: string;
  gender?: 'f' | 'm';
  /** An everyday name does not count towards "the page is about the show". */
  everyday: boolean;
  /** A possessive ("his"): it can own a thing but not be the one a verb acts on. */
  possessive?: boolean;
}

export type PatternPart =
  | { word: number; optional: boolean }
  | { slot: ReadonlySet<string>; possessive: boolean; clitic: boolean };

export interface Pattern {
  plot: number;
  parts: PatternPart[];
  source: string;
}

export interface CompiledPlotPoint {
  id: string;
  episode: number;
  label: Record<Lang, string>;
  subjects: ReadonlySet<string>;
}

export interface TrieNode {
  next: Map<number, TrieNode>;
  defs?: MentionDef[];
}

/**
 * What the matcher needs, and nothing else: the content script receives exactly
 * this (see wire.ts), never the catalog's source.
 */
export interface CompiledCatalog {
  /** The show's id (the catalog's `id`). */
  showId: string;
  episodeCount: number;
  /** Ids of characters whose names are everyday ones (see PageContext). */
  everyday: ReadonlySet<string>;
  resolver: WordResolver;
  mentions: TrieNode;
  plots: CompiledPlotPoint[];
  /** Event patterns by the class of their first word. */
  patternsByFirstWord: Map<number, Pattern[]>;
  /** Verbs that a Spanish object clitic may stand before ("lo mata"). */
  cliticVerbs: ReadonlySet<number>;
  /**
   * The words of the show's names and titles, exactly: a block with none of them
   * cannot make a page about the show, so a page without any never needs the rest.
   */
  gateWords: ReadonlySet<string>;
  /** Classes of the words that can start or carry a mention (articles and the like left out). */
  mentionClasses: ReadonlySet<number>;
}


/** Builds the matcher's structures for `catalog`. */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const characters = new Map(catalog.characters.map((c) => [c.id, c]));
  const mentionPhrases: Array<[string, MentionDef]> = [];
  // Without its article only when at least two words remain: "cartel's accountant", not a bare "soplones".
  const descriptionsOf = (c: Character) =>
    LANGS.flatMap((lang) => c.descriptions[lang]).flatMap((d) =>
      ARTICLE.test(d) && wordsOf(d).length >= 3 ? [d, d.replace(ARTICLE, '')] : [d],
    );
  for (const c of catalog.characters) {
    const base = { key: `c:${c.id}`, characterId: c.id, gender: c.gender, everyday: c.everyday === true };
    for (const n of c.names) mentionPhrases.push([n, { kind: 'name', ...base }]);
    for (const d of descriptionsOf(c)) mentionPhrases.push([d, { kind: 'description', ...base }]);
    for (const r of c.relations ?? []) {
      const kin = characters.get(r.of)!;
      const kinPhrases = [...kin.names, ...descriptionsOf(kin)];
      for (const k of kinPhrases) {
        for (const w of r.words.en) mentionPhrases.push([`${k}'s ${w}`, { kind: 'description', ...base }]);
        for (const w of r.words.es) mentionPhrases.push([`${w} de ${k}`, { kind: 'description', ...base }]);
      }
    }
  }
  for (const t of catalog.titles) mentionPhrases.push([t, { kind: 'title', key: 't:title', everyday: false }]);
  for (const o of catalog.otherWorks) mentionPhrases.push([o, { kind: 'other-work', key: 'o:other', everyday: true }]);
  for (const [p, gender] of PRONOUNS) {
    mentionPhrases.push([p, { kind: 'pronoun', key: `pronoun:${p}`, gender, everyday: true, possessive: POSSESSIVE_PRONOUNS.has(p) }]);
  }

  const plots: CompiledPlotPoint[] = catalog.plotPoints.map((p) => {
    const subjects = new Set<string>();
    for (const s of p.subjects) {
      if (s.startsWith('@')) subjects.add(`c:${s.slice(1)}`);
      else {
        const key = `p:${wordsOf(s).join(' ')}`;
        subjects.add(key);
        mentionPhrases.push([s, { kind: 'phrase', key, everyday: true }]);
      }
    }
    return { id: p.id, episode: p.episode, label: { ...p.label }, subjects };
  });

  const eventTexts: Array<{ plot: number; text: string }> = [];
  catalog.plotPoints.forEach((p, plot) => {
    for (const lang of LANGS) {
      for (const text of p.events[lang]) {
        for (const expanded of expandGroups(text, catalog.wordGroups, lang)) eventTexts.push({ plot, text: expanded });
      }
    }
  });

  const vocabulary = new Set<string>();
  for (const [phrase] of mentionPhrases) for (const w of wordsOf(phrase)) vocabulary.add(w);
  for (const { text } of eventTexts) for (const w of wordsOf(text.replace(SLOT, ' '))) vocabulary.add(w);
  const { classOf, formClass } = buildWordClasses(vocabulary);
  const resolver = new WordResolver(classOf, formClass);
  const classOfWord = (w: string) => classOf.get(w) ?? NO_CLASS;

  const mentions: TrieNode = { next: new Map() };
  for (const [phrase, def] of mentionPhrases) {
    let node = mentions;
    for (const w of wordsOf(phrase)) {
      const c = classOfWord(w);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    if (node !== mentions) (node.defs ??= []).push(def);
  }

  const patternsByFirstWord = new Map<number, Pattern[]>();
  const optionalClasses = new Set([...OPTIONAL_WORDS].map(classOfWord).filter((c) => c !== NO_CLASS));
  for (const { plot, text } of eventTexts) {
    const parts = parsePattern(text, plots[plot]!.subjects, characters, classOfWord, optionalClasses);
    const first = parts.find((p): p is Extract<PatternPart, { word: number }> => 'word' in p);
    if (!first) continue;
    const list = patternsByFirstWord.get(first.word);
    const pattern = { plot, parts, source: text };
    if (list) list.push(pattern);
    else patternsByFirstWord.set(first.word, [pattern]);
  }
  const cliticVerbs = new Set<number>();
  for (const list of patternsByFirstWord.values()) {
    for (const p of list) {
      const first = p.parts[0];
      const verb = p.parts[1];
      if (first && 'slot' in first && first.clitic && verb && 'word' in verb) cliticVerbs.add(verb.word);
    }
  }
  const gateWords = new Set<string>();
  const mentionClasses = new Set<number>();
  for (const [phrase, def] of mentionPhrases) {
    if (def.kind === 'pronoun' || def.kind === 'other-work') continue;
    for (const w of wordsOf(phrase)) {
      if (OPTIONAL_WORDS.has(w) || NOT_TELLING.has(w)) continue;
      mentionClasses.add(classOfWord(w));
      // Not numbers: "25" (El 25) and "211" are everywhere, and never name the show alone. A block they
      // were the only clue in is read again once another name has brought the catalog in.
      if ((def.kind === 'name' || def.kind === 'title') && !/^\d+$/.test(w)) gateWords.add(w);
    }
  }
  return {
    showId: catalog.id,
    episodeCount: catalog.episodes.length,
    everyday: new Set(catalog.characters.filter((c) => c.everyday).map((c) => c.id)),
    resolver,
    mentions,
    plots,
    patternsByFirstWord,
    cliticVerbs,
    gateWords,
    mentionClasses,
  };
}

function parsePattern(
  text: string,
  subjects: ReadonlySet<string>,
  characters: Map<string, Character>,
  classOfWord: (w: string) => number,
  optionalClasses: ReadonlySet<number>,
): PatternPart[] {
  const parts: PatternPart[] = [];
  const words = (chunk: string) => {
    for (const w of wordsOf(chunk)) {
      const word = classOfWord(w);
      parts.push({ word, optional: optionalClasses.has(word) });
    }
  };
  let last = 0;
  for (const m of text.matchAll(SLOT)) {
    words(text.slice(last, m.index));
    const ref = m[1]!;
    const id = ref.slice(1);
    const slot = ref === 'who' || ref === 'lo' ? subjects : new Set(characters.has(id) ? [`c:${id}`] : []);
    parts.push({ slot, possessive: m[2] !== undefined, clitic: ref === 'lo' });
    last = m.index + m[0].length;
  }
  words(text.slice(last));
  // Only a word between two words may be left out: the first is the anchor, and
  // "death of {who}" must keep its "of" ("Yori's death at Calancho's hands").
  parts.forEach((part, i) => {
    if ('word' in part && part.optional) {
      const prev = parts[i - 1];
      const next = parts[i + 1];
      part.optional = prev !== undefined && 'word' in prev && next !== undefined && 'word' in next;
    }
  });
  return parts;
}

/** Every pattern `text` stands for once each `~group` is replaced by one of its phrases. */
function expandGroups(text: string, groups: Catalog['wordGroups'], lang: Lang): string[] {
  const [m] = text.matchAll(GROUP);
  if (!m) return [text];
  const phrases = groups[m[1]!]?.[lang] ?? [];
  return phrases.flatMap((phrase) => expandGroups(text.slice(0, m.index) + phrase + text.slice(m.index + m[0].length), groups, lang));
}

function wordsOf(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}
