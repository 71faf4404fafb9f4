/**
 * The decision, in one place, for the shield and for `scan`: what a text reveals (the catalog's plot
 * points where it names someone from the show, and the reader's own plot points anywhere), whether
 * the page is about the show, which of its sentences lie past the reader's progress, and the neutral
 * hint that says so. Pure: no DOM and no extension API, so it runs unchanged in Node.
 */
import type { CompiledCatalog } from './match/compile';
import { analyseBlock, mentionsTitle, namesOnlyOtherWorks, type BlockAnalysis, type PlotMatch, type SentenceResult } from './match/analyse';
import { spoilersAfter } from './match';
import { WordGate } from './match/gate';
import { OWN_PREFIX, OwnKeywords, type OwnPlotPoint } from './own-keywords';
import { PageContext } from './page-context';
import { NAMED_BOX_PREFIX, SCOPE_PREFIX } from './scope/region-reveal';
import type { Lang } from '../catalog/types';
import type { Translate } from '../i18n';

/** A catalog that is only rebuilt in full when a page names someone from the show. */
export interface CatalogSource {
  gateWords: ReadonlySet<string>;
  load(): CompiledCatalog;
  /** The show's title, for the shield's labels (a compiled catalog has its own). */
  title?: string;
  /** The show's id and work markers, as the stored catalog gives them (a compiled catalog has its own). */
  showId?: string;
  markers?: readonly string[];
}

/** What a hidden passage says about itself: its episode and the neutral labels of what it reveals. */
export interface Hint {
  episode: number;
  /** The neutral labels of what it reveals ("A death in episode 5", "your keyword"), in the interface's language. */
  labels: string[];
}

export const NO_ANALYSIS: BlockAnalysis = { sentences: [], characters: [], titleMentioned: false };

/** Without a translator (some tests): the message key and its values, which names what would be said. */
export const untranslated: Translate = (key, ...subs) => [key, ...subs].join(' ');

export interface VerdictOptions {
  /** Called once the full catalog is rebuilt (texts passed over before may be read again). */
  onCatalogLoaded?: () => void;
  t?: Translate;
  /** The language of the catalog's labels. */
  lang?: Lang;
}

/** A word of the viewer's own (I, me, my; yo, me, mi). */
const FIRST_PERSON = /(?<![\p{L}\p{N}'’])(?:i|i'm|i’m|me|my|mine|yo|mi|mis|conmigo)(?![\p{L}\p{N}])/iu;
/** A word that speaks of a third person, in English or Spanish (Spanish drops its subjects: its clitics count). */
const THIRD_PERSON = /(?<![\p{L}\p{N}])(?:he|she|him|her|his|hers|they|them|their|él|ella|ellos|ellas|lo|la|le|les|los|las|se|su|sus)(?![\p{L}\p{N}])/iu;

/** Texts whose tellsOfSomeone answer is remembered; past it the memory starts again. */
const TOLD_LIMIT = 500;

export class Verdict {
  private source: CatalogSource | undefined;
  private compiled: CompiledCatalog | undefined;
  private gate: WordGate;
  /** Built with the full catalog: the words that names of events need (WordGate.ofEventNames). */
  private eventGate: WordGate | undefined;
  /** tellsOfSomeone's answers, by text. */
  private readonly toldOfSomeone = new Map<string, boolean>();
  private readonly page: PageContext;
  private ownPoints = new OwnKeywords([]);
  private ownPointsKey = '[]';
  private tabMentioned = false;
  private readonly t: Translate;
  /** Bumped when the reader's own plot points change: what was read under another version is read again. */
  ownVersion = 0;

  constructor(
    catalog: CompiledCatalog | CatalogSource,
    private readonly options: VerdictOptions = {},
  ) {
    if ('load' in catalog) {
      this.source = catalog;
      this.gate = WordGate.ofWords(catalog.gateWords);
    } else {
      this.compiled = catalog;
      this.gate = WordGate.ofCatalog(catalog);
    }
    this.page = new PageContext(this.compiled?.everyday ?? new Set());
    this.t = options.t ?? untranslated;
  }

  /** Whether the full catalog is rebuilt (before that, only the show's exact names open the gate). */
  get catalogLoaded(): boolean {
    return this.compiled !== undefined;
  }

  /** Sets the reader's own plot points; true when they changed. */
  setOwnPlotPoints(points: readonly OwnPlotPoint[]): boolean {
    const key = JSON.stringify(points.map((p) => [p.text, p.episode]));
    if (key === this.ownPointsKey) return false;
    this.ownPointsKey = key;
    this.ownPoints = new OwnKeywords(points);
    this.ownVersion++;
    return true;
  }

  /**
   * What `text` reveals: the catalog's plot points when a word of it names someone from the show,
   * and the reader's own. Undefined when neither can be there. `passedOver` is called when the text
   * names no one while the catalog is not rebuilt yet (a number alone may name someone once it is).
   */
  analyse(text: string, passedOver?: () => void): BlockAnalysis | undefined {
    const named = this.gate.passes(text);
    if (!named && !this.compiled) passedOver?.();
    const own = this.ownPoints.size > 0 ? this.ownPoints.find(text) : [];
    // A block that names nobody may still name an event ("The hand"): read for that alone, once the catalog is in.
    const events = named ? undefined : this.eventNamesIn(text);
    if (!named && !events && own.length === 0) return undefined;
    const analysis = named ? analyseBlock(text, this.catalog()) : (events ?? NO_ANALYSIS);
    return own.length === 0 ? analysis : { ...analysis, sentences: mergeSentences(analysis.sentences, own) };
  }

  /** What the names of events in a text that names nobody reveal (see analyseBlock), if any. */
  private eventNamesIn(text: string): BlockAnalysis | undefined {
    if (!this.compiled) return undefined;
    this.eventGate ??= WordGate.ofEventNames(this.compiled);
    if (!this.eventGate.passes(text)) return undefined;
    const analysis = analyseBlock(text, this.compiled, true);
    return analysis.sentences.length > 0 ? analysis : undefined;
  }

  /** Counts what a text names towards "the page is about the show"; true when that verdict changed. */
  notePage(analysis: BlockAnalysis): boolean {
    return this.page.add(analysis.titleMentioned, analysis.characters, analysis.weak);
  }

  /** Another frame of the tab names the show; true when that changed anything. */
  setTabMentioned(): boolean {
    if (this.tabMentioned) return false;
    this.tabMentioned = true;
    return true;
  }

  get showMentioned(): boolean {
    return this.tabMentioned || this.page.showMentioned;
  }

  /**
   * Whether the page names the show by its title, or only another frame of its tab names the show (see spoilersIn). The
   * background tells every frame of the tab, this one too, when a frame names the show: a page that names it by two of
   * its people alone hears its own word back, which says nothing of the title.
   */
  get namesTitle(): boolean {
    return this.page.namesTitle || (this.tabMentioned && !this.page.showMentioned);
  }

  /** Whether this page itself (not another frame of its tab) names the show. */
  get pageMentionsShow(): boolean {
    return this.page.showMentioned;
  }

  /** Whether this page names someone of the show by a name no other work shares as an everyday one. */
  get pageNamesSomeone(): boolean {
    return this.page.namesSomeone;
  }

  /**
   * The sentences that reveal something past `watchedEpisode`: the catalog's only on a page (or tab)
   * about the show, the reader's own anywhere.
   */
  spoilersIn(analysis: BlockAnalysis, watchedEpisode: number): SentenceResult[] {
    const past = spoilersAfter(analysis, watchedEpisode);
    if (this.namesTitle) return past;
    // A page that names two of the show's people but never the show may be about other people who share their names (a
    // boxing report's "¡el rey ha muerto!", a school board's "Room 211" and "blackout"): there, an event is told only
    // of someone named, never by a name of the event with nobody in it.
    if (this.page.showMentioned) return withoutAlone(past);
    const out: SentenceResult[] = [];
    for (const s of past) {
      // A region's scope was decided from the region's own context, which names the show.
      // So was a box's that names the show (a "Trending: Prison Cell 211" sidebar), for its own items.
      const reveals = s.reveals.filter((r) => r.id.startsWith(OWN_PREFIX) || r.id.startsWith(SCOPE_PREFIX) || r.id.startsWith(NAMED_BOX_PREFIX));
      if (reveals.length > 0) out.push({ ...s, reveals });
    }
    return out;
  }

  /** The hint for some spoiling sentences: the latest episode, and what they reveal in neutral words. */
  hintOf(spoilers: SentenceResult[]): Hint {
    const reveals = spoilers.flatMap((s) => s.reveals);
    const lang = this.options.lang ?? 'en';
    return {
      episode: Math.max(...reveals.map((r) => r.episode)),
      labels: [...new Set(reveals.map((r) => this.labelOf(r, lang)))],
    };
  }

  private labelOf(r: PlotMatch, lang: Lang): string {
    if (r.id.startsWith(OWN_PREFIX)) return this.t('ownKeyword');
    if (r.id.startsWith(SCOPE_PREFIX)) return this.t('regionEpisode', r.episode);
    return this.compiled!.plots[r.plot]!.label[lang];
  }

  /** Whether a text names one of the show's titles (the regions' own context, see src/shield/regions.ts). */
  namesShow(text: string): boolean {
    return this.gate.passes(text) && mentionsTitle(text, this.catalog());
  }

  /** The latest episode of the catalog's plot points a text names (a question heading's event), if any. */
  latestEpisodeIn(text: string): number | undefined {
    const analysis = this.gate.passes(text) ? analyseBlock(text, this.catalog()) : this.eventNamesIn(text);
    if (!analysis) return undefined;
    const episodes = analysis.sentences.flatMap((s) => s.reveals.map((r) => r.episode));
    return episodes.length > 0 ? Math.max(...episodes) : undefined;
  }

  /**
   * Whether a text tells an event of the show (after its set-up) of someone it names only by "he", "she" or
   * a dropped subject ("i still cant believe he chose to stay inside"); remembered by text.
   */
  tellsOfSomeone(text: string): boolean {
    let answer = this.toldOfSomeone.get(text);
    if (answer === undefined) {
      if (this.toldOfSomeone.size >= TOLD_LIMIT) this.toldOfSomeone.clear();
      // Not a text about the viewer that speaks of no third person ("the ending left me speechless", "RIP my sleep
      // schedule"): its empty slots are the viewer, no one of the show.
      const aboutViewer = FIRST_PERSON.test(text) && !THIRD_PERSON.test(text);
      answer = !aboutViewer && analyseBlock(text, this.catalog(), false, true).sentences.some((s) => s.reveals.some((r) => r.plot >= 0 && r.episode > 0));
      this.toldOfSomeone.set(text, answer);
    }
    return answer;
  }

  /** Whether a text names people of another work (the pack's `otherWorks`) and no one of the show (see namesOnlyOtherWorks). */
  namesOnlyOtherWorks(text: string): boolean {
    return namesOnlyOtherWorks(text, this.catalog());
  }

  /** The show's last episode. */
  get lastEpisode(): number {
    return this.catalog().episodeCount;
  }

  /** The full catalog, rebuilt on first need. */
  private catalog(): CompiledCatalog {
    if (this.compiled) return this.compiled;
    const compiled = this.source!.load();
    this.compiled = compiled;
    this.source = undefined;
    this.gate = WordGate.ofCatalog(compiled);
    this.page.setEveryday(compiled.everyday);
    this.options.onCatalogLoaded?.();
    return compiled;
  }
}

/** Lists of sentences as one, in order; a sentence found by several keeps every reveal. */
export function mergeSentences<S extends SentenceResult>(...lists: S[][]): S[] {
  const all = lists.flat().sort((x, y) => x.start - y.start || x.end - y.end);
  const out: S[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && last.start === s.start && last.end === s.end) out[out.length - 1] = { ...last, reveals: [...last.reveals, ...s.reveals] };
    else out.push(s);
  }
  return out;
}

/** `sentences` without the reveals of events named with nobody in them (PlotMatch.alone). */
function withoutAlone(sentences: SentenceResult[]): SentenceResult[] {
  const out: SentenceResult[] = [];
  for (const s of sentences) {
    const reveals = s.reveals.filter((r) => !r.alone);
    if (reveals.length > 0) out.push(reveals.length === s.reveals.length ? s : { ...s, reveals });
  }
  return out;
}
