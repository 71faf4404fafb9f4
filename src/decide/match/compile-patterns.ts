/**
 * The event side of compiling a catalog: each pattern with its word groups expanded,
 * parsed into words and slots, and indexed by its first word.
 */
import { ALONE_SLOT, GROUP, SLOT } from '../../catalog/pattern-syntax';
import type { Catalog, Lang } from '../../catalog/types';
import { LANGS } from '../../catalog/types';
import { OPTIONAL_WORDS } from '../../lang';
import { wordsOf } from '../../lang/normalize';
import type { CompiledPlotPoint, Pattern, PatternPart } from './compile';
import { NO_CLASS } from './resolver';

/** One event pattern of a plot point, its word groups replaced by their phrases. */
export interface EventText {
  plot: number;
  text: string;
}

/** Every event pattern of the catalog, in both languages, once for each phrase of each word group it uses. */
export function eventTexts(catalog: Catalog): EventText[] {
  const out: EventText[] = [];
  catalog.plotPoints.forEach((p, plot) => {
    for (const lang of LANGS) {
      for (const text of p.events[lang]) {
        for (const expanded of expandGroups(text, catalog.wordGroups, lang)) out.push({ plot, text: expanded });
      }
    }
  });
  return out;
}

/** The words of an event pattern, without its slots. */
export function eventWords(text: string): string[] {
  return wordsOf(text.replace(SLOT, ' '));
}

/** Every pattern `text` stands for once each `~group` is replaced by one of its phrases. */
function expandGroups(text: string, groups: Catalog['wordGroups'], lang: Lang): string[] {
  const [m] = text.matchAll(GROUP);
  if (!m) return [text];
  const phrases = groups[m[1]!]?.[lang] ?? [];
  return phrases.flatMap((phrase) => expandGroups(text.slice(0, m.index) + phrase + text.slice(m.index + m[0].length), groups, lang));
}

/** The patterns, parsed, by the class of their first word; a pattern without a word is left out. */
export function indexPatterns(
  texts: readonly EventText[],
  plots: readonly CompiledPlotPoint[],
  catalog: Catalog,
  classOfWord: (w: string) => number,
): Map<number, Pattern[]> {
  const characterIds = new Set(catalog.characters.map((c) => c.id));
  const optionalClasses = new Set([...OPTIONAL_WORDS].map(classOfWord).filter((c) => c !== NO_CLASS));
  const byFirstWord = new Map<number, Pattern[]>();
  for (const { plot, text } of texts) {
    const parts = parsePattern(text, plots[plot]!.subjects, characterIds, classOfWord, optionalClasses);
    const first = parts.find((p): p is Extract<PatternPart, { word: number }> => 'word' in p);
    if (!first) continue;
    const list = byFirstWord.get(first.word);
    const pattern = { plot, parts, source: text };
    if (list) list.push(pattern);
    else byFirstWord.set(first.word, [pattern]);
  }
  return byFirstWord;
}

const ALONE: ReadonlySet<string> = new Set([ALONE_SLOT]);

function parsePattern(
  text: string,
  subjects: ReadonlySet<string>,
  characterIds: ReadonlySet<string>,
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
    const slot =
      ref === 'who' || ref === 'lo' ? subjects : ref === 'alone' ? ALONE : new Set(characterIds.has(id) ? [`c:${id}`] : []);
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

/** The verbs that a Spanish object clitic may stand before: those right after a `{lo}` slot that opens a pattern. */
export function cliticVerbsOf(patternsByFirstWord: ReadonlyMap<number, readonly Pattern[]>): Set<number> {
  const verbs = new Set<number>();
  for (const list of patternsByFirstWord.values()) {
    for (const p of list) {
      const first = p.parts[0];
      const verb = p.parts[1];
      if (first && 'slot' in first && first.clitic && verb && 'word' in verb) verbs.add(verb.word);
    }
  }
  return verbs;
}
