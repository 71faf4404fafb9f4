/**
 * The shield's work on one document, a slice at a time (shield.ts asks for slices through scheduler.ts):
 * walks find blocks, the reader reads them, labels are checked, and the marks that decisions call for
 * are written, at once while the page may paint new text, else in batches a few times a second.
 */
import { BlockWalk, blockOf, type BlockMemo } from './blocks';
import type { ChangeQueue } from './changes';
import type { CoveredText } from './covered-text';
import type { HiddenBlocks } from './hidden-blocks';
import { LABEL_ATTRS } from './paint/labels';
import type { BlockReader } from './reader';
import { UnreadMarks } from './paint/unread';

/** Elements with a label of their own to read (an image's alt, a link's title). */
const LABELLED = LABEL_ATTRS.map((a) => `[${a}]`).join(', ');

/** Blocks a walk hands over per step, so that a slice can stop between them. */
const BLOCKS_PER_STEP = 16;
/** How often, at most, the page is changed while a backlog of work remains (see applyMarks). */
const WRITE_EVERY_MS = 250;
const WRITE_EVERY_MAX_MS = 2000;

/** What the work needs of the shield around it. */
export interface SliceHooks {
  /** The shield is on. */
  active(): boolean;
  /** Puts back what a page script took away without a mutation (Shield.guard). */
  guard(): void;
  /** Whether the page (or its tab) names a followed show. */
  showMentioned(): boolean;
  /** Whether it names one by its title (not only two of its people): names of events told by nobody count then. */
  namesTitle(): boolean;
  /** Decides every block again (the page was found to name a show during the slice). */
  decideAll(): void;
  /** Watches an open shadow root a walk found. */
  watchShadowRoot(root: ShadowRoot): void;
  /** After each slice: the hidden count may have changed. */
  notifyCount(): void;
  /** After a slice that left nothing queued. */
  onIdle?(): void;
}

export class SliceWork {
  private walk: BlockWalk | undefined;
  /** Which block owns what, for the walks until the page next changes. */
  private memo: BlockMemo = new Map();
  private memoEpoch = -1;
  /** Whether the running slice may change the page at once (see slice). */
  private urgent = true;
  /** Blocks read by a backlog slice, marked with the next batch of writes. */
  private readonly toDecide = new Set<Element>();
  /** When staged highlight changes were last applied, and the current spacing of batches. */
  private lastFlush = 0;
  private writeEvery = WRITE_EVERY_MS;
  /** What the page added while the shield was busy, painted over until nothing is left to read. */
  readonly unread = new UnreadMarks();
  /** Set once the reader exists (it is built with decideSoon). */
  reader!: BlockReader;

  constructor(
    private readonly changes: ChangeQueue,
    private readonly covered: CoveredText,
    private readonly blocks: HiddenBlocks,
    private readonly hooks: SliceHooks,
  ) {}

  /** What is left to do: changes, long blocks, decisions and a walk. */
  get pending(): number {
    return this.changes.size + this.reader.longPending + this.toDecide.size + (this.walk ? 1 : 0);
  }

  /** Drops every queue (the shield is off or stopped). */
  clear(): void {
    this.unread.clear();
    this.toDecide.clear();
    this.reader.clear();
    this.changes.clear();
    this.walk = undefined;
  }

  /** One slice of work: walks, reads and decides until the budget is spent, then writes. */
  slice(budgetMs: number, urgent: boolean): void {
    if (!this.hooks.active()) return;
    this.urgent = urgent;
    const started = performance.now();
    const verdictBefore = this.hooks.showMentioned(), titleBefore = this.hooks.namesTitle();
    this.hooks.guard();
    this.covered.checkTitle();
    if (this.memoEpoch !== this.changes.epoch) {
      this.memo = new Map();
      this.memoEpoch = this.changes.epoch;
    }
    for (const el of this.changes.emptied) {
      const b = el.isConnected ? blockOf(el) : null;
      if (b) this.changes.toRead.add(b);
    }
    this.changes.emptied.clear();
    while (this.step() && performance.now() - started <= budgetMs);
    if (this.changes.removals && this.pending === 0) {
      this.changes.removals = false;
      this.blocks.forgetDetached();
    }
    if (this.hooks.showMentioned() !== verdictBefore || this.hooks.namesTitle() !== titleBefore) this.hooks.decideAll();
    this.applyMarks(urgent);
    this.urgent = true;
    this.hooks.notifyCount();
    if (this.pending === 0) {
      // Everything read is decided and marked: what was painted over may be painted.
      this.unread.clear();
      // Nothing more to walk: let go of the owners remembered for it.
      if (this.memo.size > 0) this.memo = new Map();
      this.hooks.onIdle?.();
    }
  }

  /** Decides now in a slice that runs before the page can paint new text; else with the next batch of writes. */
  decideSoon(block: Element): void {
    if (this.urgent) this.blocks.decide(block);
    else this.toDecide.add(block);
  }

  /** One step of a slice's work, in order of urgency; false when nothing is left. */
  private step(): boolean {
    const { changes } = this;
    const block = changes.toRead.shift();
    if (block) this.reader.read(block, changes.epoch);
    else if (this.reader.longPending > 0) this.reader.readNextPiece();
    else if (changes.labelled.size > 0) this.covered.checkLabels(changes.labelled.shift()!);
    else if (this.walk) {
      this.walk.step(changes.toRead, BLOCKS_PER_STEP, this.memo);
      if (this.walk.done) this.walk = undefined;
    } else {
      const root = changes.roots.shift();
      if (!root) return false;
      this.walk = new BlockWalk(root, (shadow) => this.hooks.watchShadowRoot(shadow), { selector: LABELLED, found: (el) => changes.labelled.add(el) }, this.memo);
    }
    return true;
  }

  /**
   * Marks found by a backlog slice, and the highlight, change a few times a second at most while there
   * is work, and whenever the work is done: each frame in which the page changes costs the browser a
   * pass over the whole page, so a long page read over many frames must not change in each of them.
   * The longer a backlog lasts (a very long page), the further apart the batches: 0.25 s, 0.5 s, 1 s, 2 s.
   */
  private applyMarks(urgent: boolean): void {
    const now = performance.now();
    const due = now - this.lastFlush >= this.writeEvery;
    if (urgent || this.pending === this.toDecide.size || due) {
      for (const block of this.toDecide) this.blocks.decide(block);
      this.toDecide.clear();
    }
    const ranges = this.blocks.ranges;
    if (ranges.waiting && (this.pending === 0 || due)) {
      ranges.flush();
      this.lastFlush = now;
      if (this.pending > 0) this.writeEvery = Math.min(this.writeEvery * 2, WRITE_EVERY_MAX_MS);
    }
    if (this.pending === 0) this.writeEvery = WRITE_EVERY_MS;
  }
}
