/**
 * The shield on one document: it queues what changes, reads blocks in bounded
 * slices, asks the matcher what each block reveals and marks the blocks that
 * reveal something after the reader's progress. It knows nothing of extension
 * APIs: the content script gives it settings and a clock.
 */
import type { CompiledCatalog } from '../match/compile';
import { analyseBlock, type BlockAnalysis } from '../match/analyse';
import { spoilersAfter } from '../match';
import { blocksWithin, readBlockText, rangeOver, type BlockText } from './blocks';
import { BlockMarks, HiddenRanges, type Hint } from './marks';
import { textKey } from './text-key';
import { PageContext } from './page-context';

export interface ShieldOptions {
  /** Called after a slice of work when the number of hidden blocks changed. */
  onHiddenCountChange?: (count: number) => void;
  /** Runs `work` soon; the content script passes a frame-aligned scheduler. */
  schedule?: (work: () => void) => void;
  /** Milliseconds of work per slice. */
  sliceMs?: number;
}

interface BlockRecord {
  text: BlockText;
  analysis: BlockAnalysis;
  /** Text the reader chose to see; a change of text hides it again. */
  revealedText?: string;
  /** textKey of the text, computed when first needed. */
  key?: string;
}

export class Shield {
  private readonly records = new WeakMap<Element, BlockRecord>();
  /** Blocks with anything to hide at some progress; strong refs, pruned when detached. */
  private readonly withSpoilers = new Set<Element>();
  private readonly hidden = new Set<Element>();
  private readonly marks = new BlockMarks();
  private readonly ranges: HiddenRanges;
  private readonly page: PageContext;
  private readonly queue = new Set<Node>();
  private observer: MutationObserver | undefined;
  private scheduled = false;
  private active = false;
  private watched = 0;
  private lastCount = -1;
  /** Keys (see textKey) of block texts the reader said are not spoilers, on this site. */
  private notSpoilers: ReadonlySet<string> = new Set();

  constructor(
    private readonly doc: Document,
    private readonly cc: CompiledCatalog,
    private readonly options: ShieldOptions = {},
  ) {
    this.ranges = new HiddenRanges(doc.defaultView as Window & typeof globalThis);
    this.page = new PageContext(cc.catalog);
  }

  /** Starts watching the document; nothing is marked until `apply` turns the shield on. */
  start(): void {
    const win = this.doc.defaultView!;
    this.observer = new win.MutationObserver((records) => {
      // While off, nothing is queued: turning on reads the whole document again.
      if (!this.active) return;
      for (const r of records) {
        if (r.type === 'characterData') this.queue.add(r.target);
        else for (const n of r.addedNodes) this.queue.add(n);
      }
      this.requestFlush();
    });
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true });
    if (this.active) this.queue.add(this.doc);
    this.requestFlush();
  }

  /** Stops watching and removes every mark. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.queue.clear();
    this.apply(false, this.watched);
  }

  /**
   * Applies the reader's settings to every block already read, in one pass:
   * on or off, progress, and (when given) the passages that are not spoilers here.
   */
  apply(active: boolean, watchedEpisode: number, notSpoilers?: Iterable<string>): void {
    if (active && !this.active && this.observer) this.queue.add(this.doc);
    if (!active) this.queue.clear();
    this.active = active;
    this.watched = watchedEpisode;
    if (notSpoilers) this.notSpoilers = new Set(notSpoilers);
    for (const block of this.withSpoilers) this.decide(block);
    this.notifyCount();
    if (active) this.requestFlush();
  }

  get hiddenCount(): number {
    return this.hidden.size;
  }

  get pending(): number {
    return this.queue.size;
  }

  get showMentioned(): boolean {
    return this.page.showMentioned;
  }

  /** Whether `block` is hidden by this shield (the page cannot forge this by setting attributes). */
  isHidden(block: Element): boolean {
    return this.hidden.has(block);
  }

  /** The hidden block that contains `node`, if any. */
  hiddenBlockAround(path: readonly EventTarget[]): Element | undefined {
    for (const t of path) if (this.hidden.has(t as Element)) return t as Element;
    return undefined;
  }

  /** Reveals one block because the reader asked to. */
  reveal(block: Element): void {
    const record = this.records.get(block);
    if (!record || !this.hidden.has(block)) return;
    record.revealedText = record.text.text;
    this.decide(block);
    this.notifyCount();
  }

  /** What a hidden block reveals, for its hint; undefined if it is not hidden. */
  hintFor(block: Element): Hint | undefined {
    const record = this.records.get(block);
    if (!record || !this.hidden.has(block)) return undefined;
    return this.hintOf(spoilersAfter(record.analysis, this.watched));
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

  /** Reads everything queued now, without waiting for the next slice. */
  flushNow(): void {
    this.flush(Infinity);
  }

  private requestFlush(): void {
    if (this.scheduled || !this.active || this.queue.size === 0) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.flush(this.options.sliceMs ?? 12);
      if (this.queue.size > 0) this.requestFlush();
    };
    (this.options.schedule ?? queueMicrotask)(run);
  }

  private flush(budgetMs: number): void {
    if (!this.active) return;
    const started = performance.now();
    const blocks = new Set<Element>();
    for (const node of this.queue) {
      this.queue.delete(node);
      if (node.isConnected) blocksWithin(node, blocks);
      if (performance.now() - started > budgetMs) break;
    }
    let pageChanged = false;
    for (const block of blocks) pageChanged = this.read(block) || pageChanged;
    if (pageChanged) for (const block of this.withSpoilers) this.decide(block);
    else for (const block of blocks) this.decide(block);
    this.notifyCount();
  }

  /** Reads one block's text and analyses it if it changed; true when the page's verdict changed. */
  private read(block: Element): boolean {
    const text = readBlockText(block);
    const old = this.records.get(block);
    if (old && old.text.text === text.text) {
      old.text = text;
      return false;
    }
    const analysis = analyseBlock(text.text, this.cc);
    this.records.set(block, { text, analysis, revealedText: old?.revealedText });
    if (analysis.sentences.length > 0) this.withSpoilers.add(block);
    else this.withSpoilers.delete(block);
    return this.page.add(analysis.titleMentioned, analysis.characters);
  }

  /** Hides, reveals or clears one block according to the settings and what it reveals. */
  private decide(block: Element): void {
    const record = this.records.get(block);
    if (!block.isConnected || !record) {
      this.withSpoilers.delete(block);
      this.forget(block);
      return;
    }
    const spoilers = this.active && this.page.showMentioned ? spoilersAfter(record.analysis, this.watched) : [];
    if (spoilers.length === 0) {
      this.forget(block);
      return;
    }
    const hint = this.hintOf(spoilers);
    const episode = hint.episode;
    const notSpoiler = this.notSpoilers.size > 0 && this.notSpoilers.has((record.key ??= textKey(record.text.text)));
    if (record.revealedText === record.text.text || notSpoiler) {
      this.ranges.remove(block);
      this.hidden.delete(block);
      this.marks.revealed(block, episode);
      return;
    }
    record.revealedText = undefined;
    this.marks.hide(block, hint);
    this.ranges.set(block, spoilers.map((s) => rangeOver(record.text, s.start, s.end)).filter((r): r is Range => r !== null));
    this.hidden.add(block);
  }

  private hintOf(spoilers: ReturnType<typeof spoilersAfter>): Hint {
    const reveals = spoilers.flatMap((s) => s.reveals);
    return {
      episode: Math.max(...reveals.map((r) => r.episode)),
      labels: [...new Set(reveals.map((r) => this.cc.plots[r.plot]!.label))],
    };
  }

  private forget(block: Element): void {
    this.ranges.remove(block);
    this.hidden.delete(block);
    this.marks.clear(block);
  }

  private notifyCount(): void {
    if (this.hidden.size === this.lastCount) return;
    this.lastCount = this.hidden.size;
    this.options.onHiddenCountChange?.(this.hidden.size);
  }
}
