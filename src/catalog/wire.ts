/**
 * The compiled catalog as plain JSON, so that it can be compiled once (by the
 * background, when the extension is installed or updated) and handed to every
 * content script through storage: a page pays for reading it, never for
 * compiling it. `fromWire` checks the shape it is given and throws a WireError
 * naming the field, so a damaged copy is noticed and replaced, never half-used.
 */
import type { CompiledCatalog, CompiledPlotPoint, MentionDef, MentionKind, Pattern, PatternPart, TrieNode } from '../decide/match/compile';
import { aloneAnchors } from '../decide/match/candidates';
import { WordResolver } from '../decide/match/resolver';
import type { Episode, Lang } from './types';

export const WIRE_FORMAT = 1;
/** The storage.local key under which the background keeps `{ version, text }` for content scripts. */
export const CATALOG_KEY = 'compiledCatalog';

/** A pattern part: `[wordClass, optional]`, or `[slot, possessive, clitic]` where slot is "*" (the plot's subjects) or a subject key. */
type WirePart = [number, 0 | 1] | [string, 0 | 1, 0 | 1];

export interface WireCatalog {
  format: typeof WIRE_FORMAT;
  showId: string;
  title: string;
  episodes: Episode[];
  episodeCount: number;
  /** Optional: words that say a passage speaks of this show (absent from catalogs stored before issue 13). */
  markers?: string[];
  everyday: string[];
  words: string[];
  wordClasses: number[];
  forms: string[];
  formClasses: number[];
  /** Trie nodes, root first: `[children as [class, node index], indexes into defs]`. */
  nodes: Array<[Array<[number, number]>, number[]]>;
  defs: MentionDef[];
  plots: Array<{ id: string; episode: number; label: Record<Lang, string>; subjects: string[] }>;
  /** Distinct pattern parts, shared by the patterns. */
  parts: WirePart[];
  /** Each pattern: its plot point's index, then indexes into `parts`. */
  patterns: number[][];
  cliticVerbs: number[];
  gateWords: string[];
  mentionClasses: number[];
  /** Optional: the classes of the words names of events need (aloneAnchors; absent from catalogs stored before them). */
  aloneAnchors?: number[];
}

export class WireError extends Error {
  constructor(field: string, problem: string) {
    super(`compiled catalog: field "${field}" ${problem}`);
    this.name = 'WireError';
  }
}

/** The JSON form of a compiled catalog. */
export function toWire(catalog: CompiledCatalog): WireCatalog {
  const nodes: WireCatalog['nodes'] = [];
  const defs: MentionDef[] = [];
  const defIndex = new Map<string, number>();
  const visit = (node: TrieNode): number => {
    const at = nodes.length;
    const entry: WireCatalog['nodes'][number] = [[], []];
    nodes.push(entry);
    for (const def of node.defs ?? []) {
      const key = JSON.stringify(def);
      let i = defIndex.get(key);
      if (i === undefined) defIndex.set(key, (i = defs.push(def) - 1));
      entry[1].push(i);
    }
    for (const [cls, child] of node.next) entry[0].push([cls, visit(child)]);
    return at;
  };
  visit(catalog.mentions);
  const parts: WirePart[] = [];
  const partIndex = new Map<string, number>();
  const patterns: number[][] = [];
  for (const list of catalog.patternsByFirstWord.values()) {
    for (const p of list) {
      const subjects = catalog.plots[p.plot]!.subjects;
      patterns.push([
        p.plot,
        ...p.parts.map((part) => {
          const wire: WirePart =
            'word' in part
              ? [part.word, part.optional ? 1 : 0]
              : [part.slot === subjects ? '*' : ([...part.slot][0] ?? ''), part.possessive ? 1 : 0, part.clitic ? 1 : 0];
          const key = JSON.stringify(wire);
          let i = partIndex.get(key);
          if (i === undefined) partIndex.set(key, (i = parts.push(wire) - 1));
          return i;
        }),
      ]);
    }
  }
  return {
    format: WIRE_FORMAT,
    showId: catalog.showId,
    ...showOf(catalog),
    episodeCount: catalog.episodeCount,
    markers: [...(catalog.markers ?? [])],
    everyday: [...catalog.everyday],
    words: [...catalog.resolver.classOf.keys()],
    wordClasses: [...catalog.resolver.classOf.values()],
    forms: [...catalog.resolver.formClass.keys()],
    formClasses: [...catalog.resolver.formClass.values()],
    nodes,
    defs,
    plots: catalog.plots.map((p) => ({ id: p.id, episode: p.episode, label: p.label, subjects: [...p.subjects] })),
    parts,
    patterns,
    cliticVerbs: [...catalog.cliticVerbs],
    gateWords: [...catalog.gateWords],
    mentionClasses: [...catalog.mentionClasses],
    aloneAnchors: [...aloneAnchors(catalog)],
  };
}

const sourceOf = (plotId: string) => `${plotId} (compiled)`;

const KINDS: ReadonlySet<MentionKind> = new Set(['name', 'description', 'phrase', 'title', 'pronoun', 'other-work', 'idiom']);

/**
 * Rebuilds a compiled catalog from its JSON form; throws WireError on anything malformed. The show's
 * title and episodes are left out: only the popup and options page show them (wireShow).
 */
export function fromWire(value: unknown): CompiledCatalog {
  const w = value as Partial<WireCatalog> | null;
  if (typeof w !== 'object' || w === null) throw new WireError('(root)', 'is not an object');
  if (w.format !== WIRE_FORMAT) throw new WireError('format', `is ${JSON.stringify(w.format)}, expected ${WIRE_FORMAT}`);
  const showId = str(w.showId, 'showId');
  const episodeCount = int(w.episodeCount, 'episodeCount', 1000);
  const everyday = new Set(arr<unknown>(w.everyday, 'everyday').map((v, i) => str(v, `everyday[${i}]`)));
  const resolver = new WordResolver(pairs(w, 'words', 'wordClasses'), pairs(w, 'forms', 'formClasses'));
  const mentions = readTrie(w);
  const plots = readPlots(w, episodeCount);
  const patternsByFirstWord = readPatterns(w, plots);
  const cliticVerbs = new Set(arr<unknown>(w.cliticVerbs, 'cliticVerbs').map((c, i) => int(c, `cliticVerbs[${i}]`)));
  const mentionClasses = new Set(arr<unknown>(w.mentionClasses, 'mentionClasses').map((c, i) => int(c, `mentionClasses[${i}]`)));
  const markers = w.markers === undefined ? [] : arr<unknown>(w.markers, 'markers').map((m, i) => str(m, `markers[${i}]`));
  const anchors = w.aloneAnchors === undefined ? undefined : new Set(arr<unknown>(w.aloneAnchors, 'aloneAnchors').map((c, i) => int(c, `aloneAnchors[${i}]`)));
  return {
    showId,
    episodeCount,
    markers,
    everyday,
    resolver,
    mentions,
    plots,
    patternsByFirstWord,
    cliticVerbs,
    gateWords: wireGateWords(w),
    mentionClasses,
    ...(anchors ? { aloneAnchors: anchors } : {}),
  };
}

type Wire = Partial<WireCatalog>;

function str(v: unknown, field: string): string {
  if (typeof v !== 'string') throw new WireError(field, 'must be a string');
  return v;
}

function int(v: unknown, field: string, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(v) || (v as number) < -1 || (v as number) > max) throw new WireError(field, 'must be a whole number in range');
  return v as number;
}

function arr<T>(v: unknown, field: string): T[] {
  if (!Array.isArray(v)) throw new WireError(field, 'must be an array');
  return v as T[];
}

/** A map of words (or forms) to their classes, from two lists of the same length. */
function pairs(w: Wire, keysField: 'words' | 'forms', valuesField: 'wordClasses' | 'formClasses'): Map<string, number> {
  const keys = arr<unknown>(w[keysField], keysField);
  const values = arr<unknown>(w[valuesField], valuesField);
  if (keys.length !== values.length) throw new WireError(valuesField, `must have as many entries as ${keysField}`);
  return new Map(keys.map((k, i) => [str(k, `${keysField}[${i}]`), int(values[i], `${valuesField}[${i}]`)]));
}

/** The mention trie: its definitions, then its nodes, each pointing only forwards, so it cannot loop. */
function readTrie(w: Wire): TrieNode {
  const defs = arr<MentionDef>(w.defs, 'defs').map((d, i) => {
    if (typeof d !== 'object' || d === null || !KINDS.has(d.kind) || typeof d.key !== 'string' || typeof d.everyday !== 'boolean') {
      throw new WireError(`defs[${i}]`, 'must be a mention definition');
    }
    return d;
  });
  const rawNodes = arr<WireCatalog['nodes'][number]>(w.nodes, 'nodes');
  if (rawNodes.length === 0) throw new WireError('nodes', 'must hold the root');
  const nodes: TrieNode[] = rawNodes.map(() => ({ next: new Map() }));
  rawNodes.forEach((raw, i) => {
    const field = `nodes[${i}]`;
    const [children, defIndexes] = arr<unknown>(raw, field) as [unknown, unknown];
    for (const c of arr<[unknown, unknown]>(children, `${field}[0]`)) {
      const child = int(c[1], `${field}[0]`, nodes.length - 1);
      if (child <= i) throw new WireError(`${field}[0]`, 'must point forwards');
      nodes[i]!.next.set(int(c[0], `${field}[0]`), nodes[child]!);
    }
    const nodeDefs = arr<unknown>(defIndexes, `${field}[1]`).map((d) => defs[int(d, `${field}[1]`, defs.length - 1)]!);
    if (nodeDefs.length > 0) nodes[i]!.defs = nodeDefs;
  });
  return nodes[0]!;
}

function readPlots(w: Wire, episodeCount: number): CompiledPlotPoint[] {
  return arr<WireCatalog['plots'][number]>(w.plots, 'plots').map((p, i) => ({
    id: str(p?.id, `plots[${i}].id`),
    episode: int(p?.episode, `plots[${i}].episode`, episodeCount),
    label: { en: str(p?.label?.en, `plots[${i}].label.en`), es: str(p?.label?.es, `plots[${i}].label.es`) },
    subjects: new Set(arr<unknown>(p?.subjects, `plots[${i}].subjects`).map((s, j) => str(s, `plots[${i}].subjects[${j}]`))),
  }));
}

/** The event patterns, by the class of their first word, rebuilt from the shared parts. */
function readPatterns(w: Wire, plots: readonly CompiledPlotPoint[]): Map<number, Pattern[]> {
  const patternsByFirstWord = new Map<number, Pattern[]>();
  const singleSlots = new Map<string, ReadonlySet<string>>();
  const wireParts = arr<WirePart>(w.parts, 'parts');
  wireParts.forEach((part, i) => {
    if (!Array.isArray(part) || (typeof part[0] !== 'number' && typeof part[0] !== 'string')) {
      throw new WireError(`parts[${i}]`, 'must be [class, optional] or [slot, possessive, clitic]');
    }
  });
  // Word parts are shared between patterns; slot parts depend on the pattern's plot point.
  const wordParts = wireParts.map((part) => (typeof part[0] === 'number' ? { word: part[0], optional: part[1] === 1 } : undefined));
  arr<unknown>(w.patterns, 'patterns').forEach((raw, i) => {
    const field = `patterns[${i}]`;
    const [plotIndex, ...indexes] = arr<unknown>(raw, field);
    const plot = int(plotIndex, `${field}[0]`, plots.length - 1);
    const parts = indexes.map((index): PatternPart => {
      const at = int(index, field, wireParts.length - 1);
      const word = wordParts[at];
      if (word) return word;
      const part = wireParts[at] as [string, 0 | 1, 0 | 1];
      let slot = part[0] === '*' ? plots[plot]!.subjects : singleSlots.get(part[0]);
      if (!slot) singleSlots.set(part[0], (slot = new Set(part[0] === '' ? [] : [part[0]])));
      return { slot, possessive: part[1] === 1, clitic: part[2] === 1 };
    });
    const first = parts.find((x): x is Extract<PatternPart, { word: number }> => 'word' in x);
    if (!first) throw new WireError(field, 'must hold a word');
    // The source text stays with the catalog; `npm run eval` and `scan` compile it themselves.
    const pattern: Pattern = { plot, parts, source: sourceOf(plots[plot]!.id) };
    const list = patternsByFirstWord.get(first.word);
    if (list) list.push(pattern);
    else patternsByFirstWord.set(first.word, [pattern]);
  });
  return patternsByFirstWord;
}

/**
 * Only the gate words: all a content script needs on a page that never names the
 * show. The rest of the catalog is rebuilt the first time one of them is seen.
 */
export function wireGateWords(value: unknown): ReadonlySet<string> {
  const w = value as Partial<WireCatalog> | null;
  if (typeof w !== 'object' || w === null || w.format !== WIRE_FORMAT) throw new WireError('format', `is not ${WIRE_FORMAT}`);
  if (!Array.isArray(w.gateWords) || w.gateWords.length === 0 || !w.gateWords.every((g) => typeof g === 'string')) {
    throw new WireError('gateWords', 'must be a non-empty list of words');
  }
  return new Set(w.gateWords);
}

/** The show as the popup and the options page name it. */
export interface ShowOutline {
  showId: string;
  title: string;
  episodes: Episode[];
}

/** A compiled catalog's title and episodes, which only a catalog from compileCatalog has (not one from fromWire). */
function showOf(catalog: CompiledCatalog): Pick<ShowOutline, 'title' | 'episodes'> {
  if (catalog.title === undefined || catalog.episodes === undefined) throw new WireError('title', 'is missing: compile the catalog, do not revive it');
  return { title: catalog.title, episodes: catalog.episodes.map((e) => ({ ...e })) };
}

/**
 * Only the show's id, title and episodes: all the popup and the options page need, without the
 * matcher's part of the catalog. Throws WireError on anything malformed or missing.
 */
export function wireShow(value: unknown): ShowOutline {
  const w = value as Partial<WireCatalog> | null;
  if (typeof w !== 'object' || w === null || w.format !== WIRE_FORMAT) throw new WireError('format', `is not ${WIRE_FORMAT}`);
  if (typeof w.showId !== 'string') throw new WireError('showId', 'must be a string');
  if (typeof w.title !== 'string') throw new WireError('title', 'must be a string');
  if (!Array.isArray(w.episodes)) throw new WireError('episodes', 'must be an array');
  const episodes = w.episodes.map((e: Partial<Episode> | null, i): Episode => {
    const number = e?.number;
    if (!Number.isInteger(number) || (number as number) < 1) throw new WireError(`episodes[${i}].number`, 'must be a whole number from 1');
    if (e?.title !== undefined && typeof e.title !== 'string') throw new WireError(`episodes[${i}].title`, 'must be a string');
    return e?.title === undefined ? { number: number as number } : { number: number as number, title: e.title };
  });
  return { showId: w.showId, title: w.title, episodes };
}
