/**
 * Compiles a catalog once into what the matcher needs: word families, a trie of
 * mentions (names, descriptions, subject phrases, titles, pronouns) and the event
 * patterns indexed by their first word. The types live here; the mention side is
 * built in compile-mentions.ts, the event side in compile-patterns.ts.
 */
import type { Catalog, Episode, Lang } from '../../catalog/types';
import { wordsOf } from '../../lang/normalize';
import { buildWordClasses } from '../../lang/word-classes';
import { catalogMentionPhrases, compilePlotPoints, mentionTrie, telltaleWords } from './compile-mentions';
import { cliticVerbsOf, eventTexts, eventWords, indexPatterns } from './compile-patterns';
import { NO_CLASS, WordResolver } from './resolver';

export type MentionKind = 'name' | 'description' | 'phrase' | 'title' | 'pronoun' | 'other-work' | 'idiom';

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
  /**
   * A name that other people share too often to tell a page is about the show (issue 12): a surname alone
   * ("Aguilar", the last word of "Gustavo Aguilar") or a number ("25"). It names the character in a
   * sentence, but a page must name the character otherwise to count as naming someone of the show.
   */
  weak?: boolean;
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
  /**
   * The show's title as the popup and options page name it (the catalog's first title), and its
   * episodes with their titles where known. Not for the matcher: the content script's copy
   * (fromWire) leaves both out, and the pages read them from the stored JSON (wireShow).
   */
  title?: string;
  episodes?: Episode[];
  episodeCount: number;
  /** Words that say a passage speaks of this show rather than another of the same names (src/decide/works.ts). */
  markers?: readonly string[];
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
  /**
   * The words without which no name of an event can be there (see aloneAnchors in candidates.ts), when the
   * catalog came over the wire with them: worked out where the catalog is compiled, not on every page.
   */
  aloneAnchors?: ReadonlySet<number>;
}

/** Builds the matcher's structures for `catalog`. */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const mentionPhrases = catalogMentionPhrases(catalog);
  // Adds each plot point's subject phrases to the mention phrases.
  const plots = compilePlotPoints(catalog, mentionPhrases);
  const events = eventTexts(catalog);

  // Word families over every word of a mention or a pattern.
  const vocabulary = new Set<string>();
  for (const [phrase] of mentionPhrases) for (const w of wordsOf(phrase)) vocabulary.add(w);
  for (const { text } of events) for (const w of eventWords(text)) vocabulary.add(w);
  const { classOf, formClass } = buildWordClasses(vocabulary);
  const classOfWord = (w: string) => classOf.get(w) ?? NO_CLASS;

  const patternsByFirstWord = indexPatterns(events, plots, catalog, classOfWord);
  const { gateWords, mentionClasses } = telltaleWords(mentionPhrases, classOfWord);
  return {
    showId: catalog.id,
    title: catalog.titles[0]!,
    episodes: catalog.episodes.map((e) => ({ ...e })),
    episodeCount: catalog.episodes.length,
    markers: catalog.markers ?? [],
    everyday: new Set(catalog.characters.filter((c) => c.everyday).map((c) => c.id)),
    resolver: new WordResolver(classOf, formClass),
    mentions: mentionTrie(mentionPhrases, classOfWord),
    plots,
    patternsByFirstWord,
    cliticVerbs: cliticVerbsOf(patternsByFirstWord),
    gateWords,
    mentionClasses,
  };
}
