/**
 * Observer → queue: each watched root (the document, open shadow roots) has a MutationObserver whose
 * whole job is to note what changed. Nodes to walk, blocks whose text changed, elements whose labels
 * changed and elements that lost children wait here for the shield's next slice (like uBlock Origin's
 * domWatcher: collect now, work later).
 */
import { WorkQueue } from './work-queue';
import { EPISODE_ATTR, STATE_ATTR } from './paint/marks';
import { LABEL_ATTRS } from './paint/labels';
import { HEADING_TAGS as HEADINGS, HEADING_SELECTOR } from './blocks';

const OBSERVED_ATTRS = [STATE_ATTR, EPISODE_ATTR, ...LABEL_ATTRS];

export interface ChangeHooks {
  /** Whether changes are wanted now (while off, nothing is queued: turning on reads everything again). */
  wanted(): boolean;
  /** The page touched the shield's marks on `el`: the block (or unit) to read and mark again, if any. */
  marksTouched(el: Element): Element | undefined;
  /** Whether the value of `name` on `el` is one the shield itself put there. */
  isShieldValue(el: Element, name: string): boolean;
  /** After a batch of records: `content` says whether the page's own text or labels changed. */
  queued(content: boolean): void;
  /**
   * Before `queued`, when the page's nodes changed: `grown` when content was only added (where it went, what
   * is beside it, the headings that came), null when anything else happened (nodes left, text changed in
   * place): what regions and units remember is forgotten accordingly.
   */
  changed?(grown: Grown | null): void;
  /** Whether text the page adds now is painted over until it is read (paint/unread.ts); if so, `added` is told of each node. */
  hidesNew?(): boolean;
  added?(node: Node): void;
}

/** Where content was only added in a batch of changes. */
export interface Grown {
  /** The nodes it went into. */
  readonly targets: ReadonlySet<Node>;
  /** The nodes beside what was added (their neighbours changed). */
  readonly neighbours: ReadonlySet<Node>;
  /** The added nodes that are or hold a heading. */
  readonly headings: readonly Node[];
}


/** Whether an added node is a heading or holds one (the parser adds most elements empty: one tag check). */
function holdsHeading(n: Node): boolean {
  return n.nodeType === 1 && (HEADINGS.has(n.nodeName) || ((n as Element).firstElementChild !== null && (n as Element).querySelector(HEADING_SELECTOR) !== null));
}

export class ChangeQueue {
  /** Roots to walk, in the order they came. */
  readonly roots = new WorkQueue<Node>();
  /** Blocks to read (found by walks, or whose own text changed). */
  readonly toRead = new WorkQueue<Element>();
  /** Elements whose label attributes must be checked. */
  readonly labelled = new WorkQueue<Element>();
  /** Elements that lost children: their block's text changed. */
  readonly emptied = new Set<Element>();
  /** Nodes left the page since the queue was last drained: hidden blocks among them are let go. */
  removals = false;
  /** Counts batches of changes; a block is read at most once per batch. */
  epoch = 0;
  private readonly observers: MutationObserver[] = [];
  /** Where content went in the batch being noted (reused). */
  private readonly grown = { targets: new Set<Node>(), neighbours: new Set<Node>(), headings: [] as Node[] };
  private readonly watched = new WeakSet<Node>();

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly hooks: ChangeHooks,
  ) {}

  get size(): number {
    return this.roots.size + this.toRead.size + this.labelled.size + this.emptied.size;
  }

  isWatched(root: Node): boolean {
    return this.watched.has(root);
  }

  /** Starts observing `root`; false if it already was. */
  watch(root: Document | ShadowRoot): boolean {
    if (this.watched.has(root)) return false;
    this.watched.add(root);
    const observer = new this.win.MutationObserver((records) => this.note(records));
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: OBSERVED_ATTRS });
    this.observers.push(observer);
    return true;
  }

  /** Stops observing every root (they may be watched again). */
  disconnect(): void {
    for (const o of this.observers) o.disconnect();
    this.observers.length = 0;
  }

  clear(): void {
    this.emptied.clear();
    this.roots.clear();
    this.toRead.clear();
    this.labelled.clear();
  }

  private note(records: MutationRecord[]): void {
    if (!this.hooks.wanted()) return;
    this.epoch++;
    let content = false;
    // Whether nodes only came (the page grows); whether a heading came with them.
    let onlyAdded = true;
    const grown = this.grown;
    // Asked once per batch, at its first new node.
    let hide: boolean | undefined;
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
          onlyAdded = false;
          if (target.nodeType === 1) this.emptied.add(target as Element);
        }
        const added = r.addedNodes;
        if (onlyAdded) {
          grown.targets.add(target);
          if (r.previousSibling) grown.neighbours.add(r.previousSibling);
          if (r.nextSibling) grown.neighbours.add(r.nextSibling);
          for (let j = 0; j < added.length; j++) if (holdsHeading(added[j]!)) grown.headings.push(added[j]!);
        }
        // A node added into a node still waiting for its walk is covered by that walk (the parser
        // adds an element, then its text, and the walk runs after both).
        if (this.roots.has(target)) continue;
        for (let j = 0; j < added.length; j++) {
          const n = added[j]!;
          const t = n.nodeType;
          if (t !== 1 && t !== 3) continue;
          this.roots.add(n);
          if ((hide ??= this.hooks.hidesNew?.() ?? false)) this.hooks.added!(n);
        }
      } else if (type === 'characterData') {
        this.roots.add(target);
        if ((hide ??= this.hooks.hidesNew?.() ?? false)) this.hooks.added!(target);
        content = true;
        onlyAdded = false;
      } else if (this.attributeChanged(target as Element, r.attributeName!)) content = true;
    }
    if (grown.targets.size > 0 || !onlyAdded) this.hooks.changed?.(onlyAdded ? grown : null);
    grown.targets.clear();
    grown.neighbours.clear();
    grown.headings.length = 0;
    this.hooks.queued(content);
  }

  /** Notes an attribute change; true when it is the page's own text (a label), false for the shield's marks. */
  private attributeChanged(el: Element, name: string): boolean {
    if (name === STATE_ATTR || name === EPISODE_ATTR) {
      const owner = this.hooks.marksTouched(el);
      if (owner) this.toRead.add(owner);
      return false;
    }
    if (this.hooks.isShieldValue(el, name)) return false;
    this.labelled.add(el);
    return true;
  }
}
