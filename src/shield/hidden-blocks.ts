/**
 * The blocks with something to hide, and what the reader sees of each: one record per block that
 * reveals anything at some progress, and the marks and highlight that follow from the verdict, the
 * reader's progress and their choices (reveal one, reveal all, "not a spoiler").
 */
import type { BlockAnalysis } from '../decide/match/analyse';
import type { ShowsHint, ShowsVerdict } from '../decide/shows';
import { rangeOver, type BlockText } from './blocks';
import { BlockMarks } from './paint/marks';
import { HiddenRanges } from './paint/highlight';
import type { SpoilerWords } from './paint/spoiler-label';
import { textKey } from './text-key';
import { unitRanges, type UnitContent } from './unit-text';

export interface BlockRecord {
  text: BlockText;
  analysis: BlockAnalysis;
  /** The version of the reader's own plot points it was analysed with. */
  ownVersion: number;
  /** Text the reader chose to see; a change of text hides it again. */
  revealedText?: string;
  /** textKey of the text, computed when first needed. */
  key?: string;
  /** Set when the record is a unit (a comment, a card, a row: see units.ts), hidden whole. */
  unit?: UnitContent;
  /** The heading (or body) whose words scoped the block's region (see regions.ts): revealed together. */
  scopeSource?: Element;
}

/** The reader's settings and choices on this page, shared by the shield's parts. */
export interface ReaderState {
  active: boolean;
  /** "Reveal all on this page" is on. */
  allRevealed: boolean;
  /** Keys (see textKey) of block texts the reader said are not spoilers, on this site. */
  notSpoilers: ReadonlySet<string>;
}

/** How many elements of a post episodeOf looks into for its record. */
const EPISODE_SEARCH = 12;

/** Form controls: inside a hidden unit, a click on one is the page's, not a reveal. */
const CONTROL_TAGS = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'LABEL']);

export class HiddenBlocks {
  /** Blocks with anything to hide at some progress: strong refs, let go when they leave the page. */
  readonly records = new Map<Element, BlockRecord>();
  private readonly hidden = new Set<Element>();
  /** The blocks and pictures inside each marked unit, as last marked, and the unit each belongs to. */
  private readonly inner = new Map<Element, Element[]>();
  private readonly innerOwner = new Map<Element, Element>();
  readonly marks = new BlockMarks();
  readonly ranges: HiddenRanges;

  constructor(
    win: Window & typeof globalThis,
    private readonly verdict: ShowsVerdict,
    private readonly state: ReaderState,
    private readonly words: SpoilerWords,
  ) {
    this.ranges = new HiddenRanges(win);
  }

  get count(): number {
    return this.hidden.size;
  }

  /**
   * The latest episode `el` (or an element a little inside it) is recorded as revealing, if any: what a reply that follows
   * on from it tells (follow-on.ts).
   */
  episodeOf(el: Element): number | undefined {
    // A post's record may lie a few levels in (a table's row, a card's box): the first recorded element, breadth first.
    let record = this.records.get(el);
    const queue = [el];
    for (let i = 0; !record && i < queue.length && i < EPISODE_SEARCH; i++) {
      for (let c = queue[i]!.firstElementChild; !record && c; c = c.nextElementSibling) {
        record = this.records.get(c);
        queue.push(c);
      }
    }
    let latest = 0;
    for (const s of record?.analysis.sentences ?? []) for (const r of s.reveals) if (r.episode > latest) latest = r.episode;
    return latest || undefined;
  }

  isHidden(block: Element): boolean {
    return this.hidden.has(block);
  }

  /** Hides, reveals or clears one block according to the settings and what it reveals. */
  decide(block: Element): void {
    const record = this.records.get(block);
    if (!block.isConnected || !record) {
      this.forget(block);
      return;
    }
    const spoilers = this.state.active ? this.verdict.spoilersIn(record.analysis) : [];
    if (spoilers.length === 0) {
      this.unmark(block);
      return;
    }
    const hint = this.verdict.hintOf(spoilers);
    const notSpoiler = this.state.notSpoilers.size > 0 && this.state.notSpoilers.has((record.key ??= textKey(record.text.text)));
    if (this.state.allRevealed || record.revealedText === record.text.text || notSpoiler) {
      this.ranges.remove(block);
      this.hidden.delete(block);
      this.marks.revealed(block, hint.episode);
      this.markInner(block, record.unit, 'revealed', hint.episode);
      return;
    }
    record.revealedText = undefined;
    this.marks.hide(block, hint, this.words.accessibleName(hint));
    this.markInner(block, record.unit, 'hidden', hint.episode);
    // A unit is painted over whole; a block, sentence by sentence.
    const ranges = record.unit
      ? unitRanges(record.unit)
      : spoilers.map((s) => rangeOver(record.text, s.start, s.end)).filter((r): r is AbstractRange => r !== null);
    this.ranges.set(block, ranges);
    this.hidden.add(block);
  }

  /**
   * Takes a block's own record away because the unit around it now speaks for it; its marks stay
   * until the unit is marked (which marks it too), so nothing shows meanwhile.
   */
  absorb(block: Element): void {
    if (!this.records.delete(block)) return;
    this.ranges.remove(block);
    this.hidden.delete(block);
  }

  /** Whether a marked unit holds `el` (a block or picture in it), whose marks are then the unit's. */
  inMarkedUnit(el: Element): boolean {
    return this.innerOwner.has(el);
  }

  /** The block or unit to read again when a page touched the shield's marks on `el`; undefined if none. */
  touched(el: Element): Element | undefined {
    if (this.marks.isAsSet(el)) return undefined;
    return this.records.has(el) ? el : this.innerOwner.get(el);
  }

  /** Decides every block again, and applies the highlight at once. */
  decideAll(): void {
    for (const block of this.records.keys()) this.decide(block);
    this.ranges.flush();
  }

  /** Forgets every single reveal. */
  forgetReveals(): void {
    for (const record of this.records.values()) record.revealedText = undefined;
  }

  /** Lets go of blocks that left the page. */
  forgetDetached(): void {
    for (const block of this.records.keys()) if (!block.isConnected) this.forget(block);
  }

  forget(block: Element): void {
    this.unmark(block);
    this.records.delete(block);
  }

  /** The hidden block on an event's path, if any. */
  hiddenAround(path: readonly EventTarget[]): Element | undefined {
    let control = false;
    for (const t of path) {
      if (this.hidden.has(t as Element)) {
        // A hidden unit's own buttons and fields (Like, Reply) keep working; anywhere else in it reveals it.
        return control && this.records.get(t as Element)?.unit ? undefined : (t as Element);
      }
      control ||= CONTROL_TAGS.has((t as Element).tagName);
    }
    return undefined;
  }

  /** The block on an event's path that the reader revealed (one by one, not "Reveal all"), if any. */
  revealedAround(path: readonly EventTarget[]): Element | undefined {
    if (this.state.allRevealed || !this.state.active) return undefined;
    for (const t of path) {
      const record = this.records.get(t as Element);
      if (record && !this.hidden.has(t as Element) && record.revealedText === record.text.text) return t as Element;
    }
    return undefined;
  }

  /** What a block would hide at the reader's progress, for its card; undefined if nothing. */
  hintOf(block: Element): ShowsHint | undefined {
    const record = this.records.get(block);
    if (!record) return undefined;
    const spoilers = this.verdict.spoilersIn(record.analysis);
    return spoilers.length > 0 ? this.verdict.hintOf(spoilers) : undefined;
  }

  /**
   * Reveals one hidden block (true) or hides a revealed one again (false), now. A block hidden because
   * its region covers a later episode (regions.ts) takes the whole region with it: one action shows
   * the whole recap of that episode, as one action shows a whole comment.
   */
  setRevealed(block: Element, revealed: boolean): void {
    const record = this.records.get(block);
    if (!record) return;
    if (revealed ? !this.hidden.has(block) : record.revealedText === undefined) return;
    const source = record.scopeSource;
    const together = source ? [...this.records].filter(([, r]) => r.scopeSource === source).map(([b]) => b) : [block];
    for (const b of together) {
      const r = this.records.get(b)!;
      r.revealedText = revealed ? r.text.text : undefined;
      this.decide(b);
    }
    this.ranges.flush();
  }

  /** Reveals a block for good: its text is not a spoiler on this site. Returns the key to remember. */
  markNotSpoiler(block: Element): string | undefined {
    const record = this.records.get(block);
    if (!record) return undefined;
    const key = (record.key ??= textKey(record.text.text));
    this.state.notSpoilers = new Set([...this.state.notSpoilers, key]);
    this.decide(block);
    return key;
  }

  private unmark(block: Element): void {
    this.ranges.remove(block);
    this.hidden.delete(block);
    // A block inside a marked unit keeps the unit's marks.
    if (this.innerOwner.has(block)) this.marks.giveBack(block);
    else this.marks.clear(block);
    this.markInner(block, undefined, 'clear', 0);
  }

  /** Gives every block and picture inside a unit the unit's state; takes it from those no longer in it. */
  private markInner(unit: Element, content: UnitContent | undefined, state: 'hidden' | 'revealed' | 'clear', episode: number): void {
    if (content && state !== 'clear' && content.pictures.includes(unit)) this.marks.flagPicture(unit);
    const before = this.inner.get(unit);
    const now = content && state !== 'clear' ? [...new Set([...content.blocks, ...content.pictures])].filter((el) => el !== unit) : [];
    if (before) {
      const kept = new Set(now);
      for (const el of before) {
        if (kept.has(el) || this.innerOwner.get(el) !== unit) continue;
        this.innerOwner.delete(el);
        if (!this.records.has(el)) this.marks.clear(el);
      }
    }
    if (now.length === 0) {
      this.inner.delete(unit);
      return;
    }
    this.inner.set(unit, now);
    for (const el of now) {
      this.innerOwner.set(el, unit);
      this.marks.inner(el, state as 'hidden' | 'revealed', episode, content!.pictures.includes(el));
    }
  }
}
