/**
 * The shield on one document. A MutationObserver only queues what changed; the
 * reading happens in slices of bounded length, the first one in the microtask
 * right after the change (so new text is checked before the page can paint it),
 * the rest before the following frames. Each block is first looked at cheaply
 * (does it name anyone from the show?) and only then analysed. Blocks that
 * reveal something after the reader's progress are marked and their sentences
 * painted over; the page's own text and nodes are never changed.
 *
 * Besides blocks, the shield covers the document's title and the `title`, `alt`
 * and `aria-label` attributes that spoil, by swapping in a neutral text and
 * putting the page's own back when they may be read.
 *
 * It knows nothing of extension APIs: the content script gives it settings, a
 * clock and the catalog.
 */
import type { CompiledCatalog } from '../decide/match/compile';
import { analyseBlock, type BlockAnalysis } from '../decide/match/analyse';
import { spoilersAfter } from '../decide/match';
import { WordGate } from '../decide/match/gate';
import { BlockWalk, blockOf, rangeOver, type BlockMemo, readBlockText, type BlockText } from './blocks';
import { BlockMarks, EPISODE_ATTR, HiddenRanges, STATE_ATTR, type Hint } from './paint/marks';
import { textKey } from './text-key';
import { WorkQueue } from './work-queue';
import { PageContext } from '../decide/page-context';
import { CoveredLabels, LABEL_ATTRS } from './paint/labels';
import { OWN_PREFIX, OwnKeywords, type OwnPlotPoint } from '../decide/own-keywords';
import type { Lang } from '../catalog/types';
import type { Translate } from '../i18n';
import type { SentenceResult } from '../decide/match/analyse';

/** A catalog that is only rebuilt in full when a page names someone from the show. */
export interface CatalogSource {
  gateWords: ReadonlySet<string>;
  load(): CompiledCatalog;
}

export interface ShieldOptions {
  /** Called after a slice of work when the number of hidden blocks changed. */
  onHiddenCountChange?: (count: number) => void;
  /** Called once, when this document is found to mention the show. */
  onShowMentioned?: () => void;
  /** Runs `work` before the next frame; the content script passes requestAnimationFrame (or a timeout in a hidden tab). */
  schedule?: (work: () => void) => void;
  /** Milliseconds of work per slice. */
  sliceMs?: number;
  /** Called after a slice that left nothing queued. */
  onIdle?: () => void;
  /** Called for each open shadow root the shield starts watching (the content script adds the stylesheet). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** The interface's words (the content script passes the browser's i18n); message keys and values otherwise. */
  t?: Translate;
  /** The language of the catalog's labels. */
  lang?: Lang;
}

/** Without a translator (some tests): the message key and its values, which names what would be said. */
const untranslated: Translate = (key, ...subs) => [key, ...subs].join(' ');
const NO_ANALYSIS: BlockAnalysis = { sentences: [], characters: [], titleMentioned: false };

interface LongJob {
  block: Element;
  text: BlockText;
  /** Where the next piece starts. */
  at: number;
  revealedText: string | undefined;
  analysis: BlockAnalysis;
}

interface BlockRecord {
  text: BlockText;
  analysis: BlockAnalysis;
  /** The version of the reader's own plot points it was analysed with. */
  ownVersion: number;
  /** Text the reader chose to see; a change of text hides it again. */
  revealedText?: string;
  /** textKey of the text, computed when first needed. */
  key?: string;
}

/** A block longer than this is read in pieces of LONG_PIECE characters, so no slice runs long. */
const LONG_TEXT = 50_000;
const LONG_PIECE = 16_000;
/** Blocks a walk hands over per step, so that a slice can stop between them. */
const BLOCKS_PER_STEP = 16;
/** Blocks remembered while the catalog is not rebuilt yet, to read again once it is. */
const UNDECIDED_LIMIT = 20_000;
/** The first seconds of a document, and the slice budget then (see budget()). */
const EARLY_MS = 3000;
const EARLY_SLICE_MS = 20;
/** How often, at most, the page is changed while a backlog of work remains (see slice). */
const WRITE_EVERY_MS = 250;
const WRITE_EVERY_MAX_MS = 2000;
/** Microtask slices allowed between two frames (see request). */
const MICRO_SLICES_PER_FRAME = 200;
const OBSERVED_ATTRS = [STATE_ATTR, EPISODE_ATTR, ...LABEL_ATTRS];

export class Shield {
  private readonly records = new WeakMap<Element, BlockRecord>();
  /** Blocks with anything to hide at some progress; strong refs, pruned when detached. */
  private readonly withSpoilers = new Set<Element>();
  private readonly hidden = new Set<Element>();
  private readonly marks = new BlockMarks();
  private readonly ranges: HiddenRanges;
  private readonly page: PageContext;
  private readonly labels: CoveredLabels;
  /** Roots to walk, in the order they came. */
  private readonly roots = new WorkQueue<Node>();
  /** Blocks to read (found by walks, or whose own text changed). */
  private readonly toRead = new WorkQueue<Element>();
  /** Elements that lost children: their block's text changed. */
  private readonly emptied = new Set<Element>();
  /** Nodes left the page since the last slice: hidden blocks among them are let go. */
  private removals = false;
  /** Elements with a label that reveals something at some progress; strong refs, pruned when detached. */
  private readonly labelSpoilers = new Set<Element>();
  /** Elements whose label attributes must be checked. */
  private readonly labelled = new WorkQueue<Element>();
  private walk: BlockWalk | undefined;
  /** Huge blocks being read a piece at a time. */
  private longJobs: LongJob[] = [];
  private readonly observers: MutationObserver[] = [];
  private readonly watchedRoots = new WeakSet<Node>();
  /** The catalog still to rebuild, when the shield was given a source rather than a compiled catalog. */
  private source: CatalogSource | undefined;
  private cc: CompiledCatalog | undefined;
  private gate: WordGate;
  private undecided: Element[] = [];
  private scheduled = false;
  /** Whether the running slice may change the page at once (see slice). */
  private urgent = true;
  /** Blocks read by a backlog slice, marked with the next batch of writes. */
  private readonly toDecide = new Set<Element>();
  /** When staged highlight changes were last applied. */
  private lastFlush = 0;
  /** The current spacing of batches (see slice). */
  private writeEvery = WRITE_EVERY_MS;
  /** Counts batches of changes; a block is read at most once per batch. */
  private epoch = 0;
  private readonly readEpoch = new WeakMap<Element, number>();
  private memo: BlockMemo = new Map();
  private memoEpoch = -1;
  /** Slices run in microtasks since the last one run before a frame. */
  private microSlices = 0;
  private active = false;
  private started = false;
  private revealedAll = false;
  private watched = 0;
  private lastCount = -1;
  private tabMentioned = false;
  private announced = false;
  private lastTitle: string | undefined;
  /** Keys (see textKey) of block texts the reader said are not spoilers, on this site. */
  private notSpoilers: ReadonlySet<string> = new Set();
  /** The reader's own plot points, and their version (a block read under another version is read again). */
  private own = new OwnKeywords([]);
  private ownVersion = 0;
  private ownKey = '[]';
  private readonly t: Translate;

  constructor(
    private readonly doc: Document,
    catalog: CompiledCatalog | CatalogSource,
    private readonly options: ShieldOptions = {},
  ) {
    this.ranges = new HiddenRanges(doc.defaultView as Window & typeof globalThis);
    if ('load' in catalog) {
      this.source = catalog;
      this.gate = WordGate.ofWords(catalog.gateWords);
    } else {
      this.cc = catalog;
      this.gate = WordGate.ofCatalog(catalog);
    }
    this.page = new PageContext(this.cc?.everyday ?? new Set());
    this.t = options.t ?? untranslated;
    this.labels = new CoveredLabels(doc, this.t);
  }

  /**
   * Sets the reader's own plot points. They are looked for on every page the shield is on, whether
   * or not it is about the show; a change reads the whole document again.
   */
  setOwnPlotPoints(points: readonly OwnPlotPoint[]): void {
    const key = JSON.stringify(points.map((p) => [p.text, p.episode]));
    if (key === this.ownKey) return;
    this.ownKey = key;
    this.own = new OwnKeywords(points);
    this.ownVersion++;
    this.lastTitle = undefined;
    if (!this.active || !this.started) return;
    this.epoch++;
    this.roots.add(this.doc);
    for (const el of this.labelSpoilers) this.labelled.add(el);
    this.request(true);
  }

  /** Starts watching the document; nothing is marked until `apply` turns the shield on. */
  start(): void {
    this.started = true;
    this.watchRoot(this.doc);
    if (this.active) this.roots.add(this.doc);
    this.request(true);
  }

  /** Stops watching and removes every mark. */
  stop(): void {
    for (const o of this.observers) o.disconnect();
    this.observers.length = 0;
    this.started = false;
    this.clearQueues();
    this.apply(false, this.watched);
  }

  /**
   * Applies the reader's settings to every block already read, in one pass:
   * on or off, progress, and (when given) the passages that are not spoilers here.
   */
  apply(active: boolean, watchedEpisode: number, notSpoilers?: Iterable<string>): void {
    if (active && !this.active && this.started) {
      this.epoch++;
      this.roots.add(this.doc);
    }
    if (!active) this.clearQueues();
    this.active = active;
    this.watched = watchedEpisode;
    if (notSpoilers) this.notSpoilers = new Set(notSpoilers);
    this.decideAll();
    if (active) this.request(true);
  }

  /** Shows everything on this page until `hideAgain`, new text included. */
  revealAll(): void {
    this.revealedAll = true;
    this.decideAll();
  }

  /** Undoes `revealAll` and every single reveal: everything past the progress is hidden again. */
  hideAgain(): void {
    this.revealedAll = false;
    for (const block of this.withSpoilers) {
      const r = this.records.get(block);
      if (r) r.revealedText = undefined;
    }
    this.decideAll();
  }

  /** Another frame of the tab mentions the show: this one is about it too. */
  setTabShowMentioned(): void {
    if (this.tabMentioned) return;
    this.tabMentioned = true;
    this.decideAll();
  }

  get hiddenCount(): number {
    return this.hidden.size;
  }

  get pending(): number {
    if (!this.active) return 0;
    return (
      this.roots.size + this.toRead.size + this.labelled.size + this.emptied.size + this.longJobs.length + this.toDecide.size + (this.walk ? 1 : 0)
    );
  }

  get showMentioned(): boolean {
    return this.tabMentioned || this.page.showMentioned;
  }

  get revealingAll(): boolean {
    return this.revealedAll;
  }

  /** Whether `block` is hidden by this shield (the page cannot forge this by setting attributes). */
  isHidden(block: Element): boolean {
    return this.hidden.has(block);
  }

  /** The hidden block on an event's path, if any. */
  hiddenBlockAround(path: readonly EventTarget[]): Element | undefined {
    for (const t of path) if (this.hidden.has(t as Element)) return t as Element;
    return undefined;
  }

  /** The block on an event's path that the reader revealed (one by one, not "Reveal all"), if any. */
  revealedBlockAround(path: readonly EventTarget[]): Element | undefined {
    if (this.revealedAll || !this.active) return undefined;
    for (const t of path) {
      const record = this.records.get(t as Element);
      if (record && !this.hidden.has(t as Element) && record.revealedText === record.text.text) return t as Element;
    }
    return undefined;
  }

  /** What a block the reader revealed would hide, for its card; undefined if nothing now. */
  revealedHintFor(block: Element): Hint | undefined {
    const record = this.records.get(block);
    if (!record) return undefined;
    const spoilers = this.spoilersIn(record.analysis);
    return spoilers.length > 0 ? this.hintOf(spoilers) : undefined;
  }

  /** Reveals one block because the reader asked to. */
  reveal(block: Element): void {
    const record = this.records.get(block);
    if (!record || !this.hidden.has(block)) return;
    record.revealedText = record.text.text;
    this.decide(block);
    this.ranges.flush();
    this.notifyCount();
  }

  /** Hides a block the reader revealed, again. */
  hideBlock(block: Element): void {
    const record = this.records.get(block);
    if (!record || record.revealedText === undefined) return;
    record.revealedText = undefined;
    this.decide(block);
    this.ranges.flush();
    this.notifyCount();
  }

  /** What a hidden block reveals, for its hint; undefined if it is not hidden. */
  hintFor(block: Element): Hint | undefined {
    const record = this.records.get(block);
    if (!record || !this.hidden.has(block)) return undefined;
    return this.hintOf(this.spoilersIn(record.analysis));
  }

  /** Reveals a block for good: its text is not a spoiler on this site. Returns the key to remember. */
  markNotSpoiler(block: Element): string | undefined {
    const record = this.records.get(block);
    if (!record) return undefined;
    const key = (record.key ??= textKey(record.text.text));
    this.notSpoilers = new Set([...this.notSpoilers, key]);
    this.decide(block);
    this.notifyCount();
    return key;
  }

  /** Sets the block texts the reader said are not spoilers on this site. */
  setNotSpoilers(keys: Iterable<string>): void {
    this.apply(this.active, this.watched, keys);
  }

  /**
   * Puts back what a page script may have taken away without a mutation to show
   * for it (the highlight registry); the content script calls this before each
   * frame while anything is hidden, and every slice calls it too.
   */
  guard(): void {
    if (this.hidden.size > 0) this.ranges.restore();
  }

  /** Watches an open shadow root like the document (the content script also calls this for late ones). */
  watchShadowRoot(root: ShadowRoot): void {
    if (this.watchedRoots.has(root)) return;
    this.watchRoot(root);
    this.options.onShadowRoot?.(root);
    if (this.active) {
      this.roots.add(root);
      this.request(true);
    }
  }

  private watchRoot(root: Document | ShadowRoot): void {
    if (this.watchedRoots.has(root)) return;
    this.watchedRoots.add(root);
    const win = this.doc.defaultView!;
    const observer = new win.MutationObserver((records) => this.queueRecords(records));
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRS,
    });
    this.observers.push(observer);
  }

  /** The observer's whole job: note what changed. */
  private queueRecords(records: MutationRecord[]): void {
    // While off, nothing is queued: turning on reads the whole document again.
    if (!this.active) return;
    this.epoch++;
    let content = false;
    // Index loops and each property read once: on a page being parsed this runs for every node.
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const type = r.type;
      const target = r.target;
      if (type === 'childList') {
        content = true;
        // Text taken out of a block changes what the block says.
        if (r.removedNodes.length > 0) {
          this.removals = true;
          if (target.nodeType === 1) this.emptied.add(target as Element);
        }
        // A node added into a node still waiting for its walk is covered by that walk (the parser
        // adds an element, then its text, and the walk runs after both).
        if (this.roots.has(target)) continue;
        const added = r.addedNodes;
        for (let j = 0; j < added.length; j++) {
          const n = added[j]!;
          const t = n.nodeType;
          if (t === 1 || t === 3) this.roots.add(n);
        }
      } else if (type === 'characterData') {
        this.roots.add(target);
        content = true;
      } else if (this.attributeChanged(target as Element, r.attributeName!)) content = true;
    }
    // New text is read before anything else can run. Marks a page took away are put back before the
    // next frame is painted; a page that takes them away as fast as they are set gets one answer per frame.
    this.request(content);
  }

  /** Notes an attribute change; true when it is the page's own text (a label), false for the shield's marks. */
  private attributeChanged(el: Element, name: string): boolean {
    if (name === STATE_ATTR || name === EPISODE_ATTR) {
      // The page touched the shield's marks: put them back as they should be.
      if (this.records.has(el) && !this.marks.isAsSet(el)) this.toRead.add(el);
      return false;
    }
    if (this.marks.isBorrowed(el, name) || this.labels.isOwnValue(el, name)) return false;
    this.labelled.add(el);
    return true;
  }

  private clearQueues(): void {
    this.toDecide.clear();
    this.longJobs = [];
    this.emptied.clear();
    this.roots.clear();
    this.toRead.clear();
    this.labelled.clear();
    this.walk = undefined;
  }

  /** Asks for a slice: in a microtask when something just changed, else before the next frame. */
  private request(soon: boolean): void {
    if (this.scheduled || !this.active || this.pending === 0) return;
    this.scheduled = true;
    // A page that answers every mark with a change (and the shield every change with a mark) would
    // ping-pong in microtasks forever: after many microtask slices with no frame between, wait for one.
    const inMicrotask = soon && this.microSlices < MICRO_SLICES_PER_FRAME;
    const run = () => {
      this.scheduled = false;
      if (inMicrotask) this.microSlices++;
      else this.microSlices = 0;
      this.slice(this.budget(), inMicrotask);
      if (this.pending > 0) this.request(false);
    };
    if (inMicrotask) queueMicrotask(run);
    else (this.options.schedule ?? queueMicrotask)(run);
  }

  /**
   * A slice's budget. Early in a document's life (while its first screenful is read, the catalog
   * rebuilt and the first words looked up) slices may run longer, so the first pass is one frame.
   */
  private budget(): number {
    const base = this.options.sliceMs ?? 8;
    return performance.now() < EARLY_MS ? Math.max(base, EARLY_SLICE_MS) : base;
  }

  /** One slice of work: walks, reads and decides until the budget is spent. */
  private slice(budgetMs: number, urgent: boolean): void {
    if (!this.active) return;
    this.urgent = urgent;
    const started = performance.now();
    const verdictBefore = this.showMentioned;
    this.guard();
    this.checkTitle();
    // Which block owns what, for the walks until the page next changes (a batch of mutations starts a new epoch).
    if (this.memoEpoch !== this.epoch) {
      this.memo = new Map();
      this.memoEpoch = this.epoch;
    }
    const memo = this.memo;
    for (const el of this.emptied) {
      const b = el.isConnected ? blockOf(el) : null;
      if (b) this.toRead.add(b);
    }
    this.emptied.clear();
    for (;;) {
      const block = this.toRead.shift();
      if (block) {
        this.read(block);
      } else if (this.longJobs.length > 0) {
        this.readLongPiece(this.longJobs[0]!);
      } else if (this.labelled.size > 0) {
        this.checkLabels(this.labelled.shift()!);
      } else if (this.walk) {
        this.walk.step(this.toRead, BLOCKS_PER_STEP, memo);
        if (this.walk.done) this.walk = undefined;
      } else {
        const root = this.roots.shift();
        if (!root) break;
        this.walk = new BlockWalk(
          root,
          (shadow) => this.watchShadowRoot(shadow),
          (el) => {
            if (LABEL_ATTRS.some((a) => el.hasAttribute(a))) this.labelled.add(el);
          },
          memo,
        );
      }
      if (performance.now() - started > budgetMs) break;
    }
    if (this.removals && this.pending === 0) {
      this.removals = false;
      for (const block of this.withSpoilers) if (!block.isConnected) this.forgetBlock(block);
    }
    if (this.showMentioned !== verdictBefore) this.decideAll();
    // Marks found by a backlog slice, and the highlight, change a few times a second at most while there
    // is work, and whenever the work is done: each frame in which the page changes costs the browser a
    // pass over the whole page, so a long page read over many frames must not change in each of them.
    // The longer a backlog lasts (a very long page), the further apart the batches: 0.25 s, 0.5 s, 1 s, 2 s.
    const now = performance.now();
    const due = now - this.lastFlush >= this.writeEvery;
    if (urgent || this.pending === this.toDecide.size || due) {
      for (const block of this.toDecide) this.decide(block);
      this.toDecide.clear();
    }
    if (this.ranges.waiting && (this.pending === 0 || due)) {
      this.ranges.flush();
      this.lastFlush = now;
      if (this.pending > 0) this.writeEvery = Math.min(this.writeEvery * 2, WRITE_EVERY_MAX_MS);
    }
    if (this.pending === 0) this.writeEvery = WRITE_EVERY_MS;
    this.urgent = true;
    this.notifyCount();
    if (this.pending === 0) {
      // Nothing more to walk: let go of the owners remembered for it.
      if (this.memo.size > 0) this.memo = new Map();
      this.options.onIdle?.();
    }
  }

  /** Reads one block; analyses it when it names someone from the show. */
  private read(block: Element): void {
    if (!block.isConnected) {
      this.forgetBlock(block);
      return;
    }
    // Walks of a node and of its children, queued by the same changes, find the same blocks: read once.
    if (this.readEpoch.get(block) === this.epoch) {
      if (this.records.has(block)) this.decideSoon(block);
      return;
    }
    this.readEpoch.set(block, this.epoch);
    const text = readBlockText(block);
    const old = this.records.get(block);
    if (old && old.text.text === text.text && old.ownVersion === this.ownVersion) {
      old.text = text;
      this.decideSoon(block);
      return;
    }
    if (text.text.length > LONG_TEXT) {
      // One huge block (a whole book in one text node) is read a piece at a time, across slices.
      this.longJobs = this.longJobs.filter((j) => j.block !== block);
      this.longJobs.push({ block, text, at: 0, revealedText: old?.revealedText, analysis: { sentences: [], characters: [], titleMentioned: false } });
      return;
    }
    const analysis = this.analyse(text.text, block);
    if (!analysis) {
      if (old) this.forgetBlock(block);
      return;
    }
    this.analysed(block, text, analysis, old?.revealedText);
  }

  /**
   * What `text` reveals: the catalog's plot points when a word of it names someone from the show,
   * and the reader's own. Undefined when neither can be there. A `block` that names no one while the
   * catalog is not rebuilt yet is remembered, to be read again once it is.
   */
  private analyse(text: string, block?: Element): BlockAnalysis | undefined {
    const named = this.gate.passes(text);
    if (!named && block && !this.cc && this.undecided.length < UNDECIDED_LIMIT) this.undecided.push(block);
    const own = this.own.size > 0 ? this.own.find(text) : [];
    if (!named && own.length === 0) return undefined;
    const a = named ? analyseBlock(text, this.catalog()) : NO_ANALYSIS;
    return own.length === 0 ? a : { ...a, sentences: mergeSentences(a.sentences, own) };
  }

  /** Decides now in a slice that runs before the page can paint new text; else with the next batch of writes. */
  private decideSoon(block: Element): void {
    if (this.urgent) this.decide(block);
    else this.toDecide.add(block);
  }

  /** Records what a block reveals, and marks it. */
  private analysed(block: Element, text: BlockText, analysis: BlockAnalysis, revealedText: string | undefined): void {
    this.page.add(analysis.titleMentioned, analysis.characters);
    if (analysis.sentences.length > 0) {
      this.records.set(block, { text, analysis, revealedText, ownVersion: this.ownVersion });
      this.withSpoilers.add(block);
      this.decideSoon(block);
    } else if (this.records.has(block)) this.forgetBlock(block);
    this.announce();
  }

  /** Reads the next piece of a huge block; what it reveals is marked before the rest is read. */
  private readLongPiece(job: LongJob): void {
    const full = job.text.text;
    let end = Math.min(full.length, job.at + LONG_PIECE);
    if (end < full.length) {
      // Cut after a sentence if there is one in the last quarter of the piece, else at a space.
      const tail = full.slice(job.at + (LONG_PIECE * 3) / 4, end);
      const stop = Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('\n'));
      const space = tail.lastIndexOf(' ');
      const cut = stop >= 0 ? stop + 1 : space;
      if (cut >= 0) end = job.at + (LONG_PIECE * 3) / 4 + cut + 1;
    }
    const piece = full.slice(job.at, end);
    const offset = job.at;
    job.at = end;
    if (!job.block.isConnected) job.at = full.length;
    else {
      const a = this.analyse(piece) ?? NO_ANALYSIS;
      for (const sentence of a.sentences) {
        job.analysis.sentences.push({
          start: sentence.start + offset,
          end: sentence.end + offset,
          reveals: sentence.reveals.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset })),
        });
      }
      job.analysis.characters = [...new Set([...job.analysis.characters, ...a.characters])];
      job.analysis.titleMentioned ||= a.titleMentioned;
      if (a.sentences.length > 0 || a.characters.length > 0 || a.titleMentioned) {
        this.analysed(job.block, job.text, { ...job.analysis, sentences: [...job.analysis.sentences] }, job.revealedText);
      }
    }
    if (job.at >= full.length) this.longJobs.shift();
  }

  /** The full catalog, rebuilt on first need; blocks passed over before are read again. */
  private catalog(): CompiledCatalog {
    if (this.cc) return this.cc;
    const cc = this.source!.load();
    this.cc = cc;
    this.gate = WordGate.ofCatalog(cc);
    this.page.setEveryday(cc.everyday);
    this.epoch++;
    for (const b of this.undecided) this.toRead.add(b);
    this.undecided = [];
    return cc;
  }

  private announce(): void {
    if (this.announced || !this.page.showMentioned) return;
    this.announced = true;
    this.options.onShowMentioned?.();
  }

  private decideAll(): void {
    for (const block of this.withSpoilers) this.decide(block);
    this.ranges.flush();
    for (const el of this.labelSpoilers) this.labelled.add(el);
    this.lastTitle = undefined;
    if (this.active) {
      this.checkTitle();
      this.request(true);
    } else {
      this.labels.restoreAll();
      this.labelled.clear();
    }
    this.notifyCount();
  }

  /** Hides, reveals or clears one block according to the settings and what it reveals. */
  private decide(block: Element): void {
    const record = this.records.get(block);
    if (!block.isConnected || !record) {
      this.forgetBlock(block);
      return;
    }
    const spoilers = this.active ? this.spoilersIn(record.analysis) : [];
    if (spoilers.length === 0) {
      this.unmark(block);
      return;
    }
    const hint = this.hintOf(spoilers);
    const notSpoiler = this.notSpoilers.size > 0 && this.notSpoilers.has((record.key ??= textKey(record.text.text)));
    if (this.revealedAll || record.revealedText === record.text.text || notSpoiler) {
      this.ranges.remove(block);
      this.hidden.delete(block);
      this.marks.revealed(block, hint.episode);
      return;
    }
    record.revealedText = undefined;
    this.marks.hide(block, hint, this.t('hiddenLabel', hint.episode, hint.labels.join(' · ')));
    this.ranges.set(block, spoilers.map((s) => rangeOver(record.text, s.start, s.end)).filter((r): r is AbstractRange => r !== null));
    this.hidden.add(block);
  }

  /** The document's title: a neutral one while the page's own would spoil. */
  private checkTitle(): void {
    const title = this.doc.title;
    if (title === this.lastTitle) return;
    const own = this.labels.pageTitle();
    this.lastTitle = title;
    const analysis = own.trim() ? this.analyse(own) : undefined;
    if (!analysis) {
      this.labels.showTitle();
      return;
    }
    this.page.add(analysis.titleMentioned, analysis.characters);
    this.announce();
    const spoilers = this.active && !this.revealedAll ? this.spoilersIn(analysis) : [];
    if (spoilers.length > 0) this.labels.coverTitle(this.hintOf(spoilers).episode);
    else this.labels.showTitle();
    this.lastTitle = this.doc.title;
  }

  /** An element's title, alt and aria-label: a neutral text for each that would spoil. */
  private checkLabels(el: Element): void {
    if (!el.isConnected) {
      this.labelSpoilers.delete(el);
      return;
    }
    let spoils = false;
    for (const attr of LABEL_ATTRS) {
      if (this.marks.isBorrowed(el, attr)) continue;
      const value = this.labels.pageValue(el, attr);
      const analysis = value !== null && value.trim() ? this.analyse(value) : undefined;
      if (!analysis) {
        this.labels.show(el, attr);
        continue;
      }
      if (analysis.sentences.length > 0) spoils = true;
      const spoilers = this.active && !this.revealedAll ? this.spoilersIn(analysis) : [];
      if (spoilers.length > 0) this.labels.cover(el, attr, this.hintOf(spoilers).episode);
      else this.labels.show(el, attr);
    }
    // Remembered, like blocks with spoilers, so that a change of progress or "Hide again" checks it again.
    if (spoils) this.labelSpoilers.add(el);
    else this.labelSpoilers.delete(el);
  }


  /**
   * The sentences that reveal something past the reader's progress: the catalog's only on a page
   * (or tab) about the show, the reader's own anywhere.
   */
  private spoilersIn(analysis: BlockAnalysis): SentenceResult[] {
    const past = spoilersAfter(analysis, this.watched);
    if (this.showMentioned) return past;
    const out: SentenceResult[] = [];
    for (const s of past) {
      const reveals = s.reveals.filter((r) => r.id.startsWith(OWN_PREFIX));
      if (reveals.length > 0) out.push({ ...s, reveals });
    }
    return out;
  }

  private hintOf(spoilers: SentenceResult[]): Hint {
    const reveals = spoilers.flatMap((s) => s.reveals);
    const lang = this.options.lang ?? 'en';
    return {
      episode: Math.max(...reveals.map((r) => r.episode)),
      labels: [...new Set(reveals.map((r) => (r.id.startsWith(OWN_PREFIX) ? this.t('ownKeyword') : this.cc!.plots[r.plot]!.label[lang])))],
    };
  }

  private unmark(block: Element): void {
    this.ranges.remove(block);
    this.hidden.delete(block);
    this.marks.clear(block);
  }

  private forgetBlock(block: Element): void {
    this.unmark(block);
    this.withSpoilers.delete(block);
    this.records.delete(block);
  }

  private notifyCount(): void {
    if (this.hidden.size === this.lastCount) return;
    this.lastCount = this.hidden.size;
    this.options.onHiddenCountChange?.(this.hidden.size);
  }
}


/** Two lists of sentences as one, in order; a sentence found by both keeps every reveal. */
function mergeSentences(a: SentenceResult[], b: SentenceResult[]): SentenceResult[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: SentenceResult[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && last.start === s.start && last.end === s.end) out[out.length - 1] = { ...last, reveals: [...last.reveals, ...s.reveals] };
    else out.push(s);
  }
  return out;
}
