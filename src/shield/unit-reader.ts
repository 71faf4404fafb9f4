/**
 * Blocks → units: when a block reveals something, the unit around what it reveals (a comment, a
 * card, a row: see units.ts) is read as one text and recorded in the block's place, so it is
 * hidden whole. Units are only looked for around blocks that have something to hide, and around
 * table cells that name someone from the show (a row says who in one cell and what in another).
 */
import type { BlockAnalysis } from '../decide/match/analyse';
import { NO_ANALYSIS } from '../decide/verdict';
import type { ShowsVerdict } from '../decide/shows';
import { inNamedBox, withScope, scopeHides, withoutYesNoQuestions, SCOPE_PREFIX, earlierInEnd } from '../decide/scope/region-reveal';
import { ANY_EPISODE, countsAllDeaths, episodeScope } from '../decide/scope/episode-scope';
import { mayHintAhead } from '../decide/scope/comment-scope';
import type { BlockText } from './blocks';
import type { HiddenBlocks } from './hidden-blocks';
import type { ReaderHooks } from './reader';
import { textKey } from './text-key';
import { readUnit } from './unit-text';
import { infoboxReading, isInfoboxRow } from './infobox';
import { authorLine } from './post-talk';
import { UnitFinder } from './units';
import type { Grown } from './changes';

export class UnitReader {
  private readonly finder = new UnitFinder();
  /** Each block read as part of a unit → that unit. */
  private readonly ownerOf = new WeakMap<Element, Element>();
  /** The units found inside a block (a grid of tiles that is one block), read again with it. */
  private readonly unitsIn = new WeakMap<Element, Element[]>();
  private readonly readEpoch = new WeakMap<Element, number>();

  constructor(
    private readonly blocks: HiddenBlocks,
    private readonly verdict: ShowsVerdict,
    private readonly hooks: ReaderHooks,
  ) {}

  /** See UnitFinder.changed. */
  changed(grown: Grown): void {
    this.finder.changed(grown);
  }

  reset(): void {
    this.finder.reset();
  }

  /** Whether `el` is a unit itself (a comment that is one block): its region judges it as a unit. */
  isUnit(el: Element, epoch: number): boolean {
    return this.finder.unitAround(el, epoch) === el;
  }

  /** When `block` was read as part of a unit (or is a unit itself), reads the unit again; true if it still is one. */
  readOwner(block: Element, epoch: number): boolean {
    const owner = this.ownerOf.get(block) ?? (this.blocks.records.get(block)?.unit ? block : undefined);
    if (!owner) return false;
    if (owner.isConnected && owner.contains(block) && this.read(owner, epoch)) return true;
    this.ownerOf.delete(block);
    return false;
  }

  /**
   * Reads the units that hold what `block` reveals, and returns what is left to the block itself:
   * the sentences that lie in no unit (all of them, on a page without units).
   */
  readUnitsOf(block: Element, text: BlockText, analysis: BlockAnalysis, epoch: number): BlockAnalysis {
    const found: Element[] = [];
    let changed = false;
    const left: typeof analysis.sentences = [];
    for (const sentence of analysis.sentences) {
      const own = sentence.reveals.filter((reveal) => {
        const unit = this.unitOfSpan(text, reveal.start, reveal.end, epoch);
        if (!unit) return true;
        if (this.read(unit, epoch)) {
          if (!found.includes(unit)) found.push(unit);
          return false;
        }
        // The unit read the catalog's events in its own words as telling nothing (a card that only asks "¿Muere
        // Calancho?", a search typed as a question): they tell nothing to its block either (itself, or a grid of cards).
        if (reveal.plot >= 0) return false;
        // What the region's episode says of a block in a comment, the comment says whole: when it is
        // chatter ("bro you just spoiled the movie for half the thread"), none of its blocks is hidden for it.
        return unit === block || !reveal.id.startsWith(SCOPE_PREFIX);
      });
      if (own.length < sentence.reveals.length) changed = true;
      if (own.length > 0) left.push(own.length === sentence.reveals.length ? sentence : { ...sentence, reveals: own });
    }
    if (analysis.sentences.length === 0 && analysis.characters.length > 0 && (block.tagName === 'TD' || block.tagName === 'TH')) {
      const row = this.finder.unitAround(block, epoch);
      if (row && row !== block) this.read(row, epoch);
    }
    // Cards whose own title says which episode they cover ("1x03 reaction", see regions.ts), or counts every
    // death of the show, or posts that hint at an episode ahead ("espérate al 5"), are read even when nothing in
    // them names an event.
    if (this.hooks.scopeOf) {
      for (const p of text.pieces) {
        const parent = p.node.parentElement;
        // The unit first (the climb is kept per epoch): most text lies in none, and its words need not be read then.
        const unit = parent ? this.finder.unitAround(parent, epoch) : null;
        if (!unit || unit === block || found.includes(unit)) continue;
        // A first look at the text node: the region decides with the show's own length.
        if (episodeScope(p.node.data, ANY_EPISODE) === undefined && !countsAllDeaths(p.node.data) && !mayHintAhead(p.node.data) && !isInfoboxRow(unit)) continue;
        if (this.read(unit, epoch)) found.push(unit);
      }
    }
    // Units found inside the block before and not now: their own text decides whether they still reveal anything.
    for (const unit of this.unitsIn.get(block) ?? []) if (!found.includes(unit)) this.read(unit, epoch);
    const inside = found.filter((u) => u !== block && block.contains(u));
    if (inside.length > 0) this.unitsIn.set(block, inside);
    else this.unitsIn.delete(block);
    return changed ? { ...analysis, sentences: left } : analysis;
  }

  /** Reads a unit as one text, once per epoch; true when it reveals something and is recorded. */
  private read(unit: Element, epoch: number): boolean {
    if (this.readEpoch.get(unit) === epoch) return this.blocks.records.get(unit)?.unit !== undefined;
    this.readEpoch.set(unit, epoch);
    const old = this.blocks.records.get(unit);
    if (!unit.isConnected) {
      if (old) this.blocks.forget(unit);
      return false;
    }
    const content = readUnit(unit);
    const ownVersion = this.verdict.ownVersion;
    if (old?.unit && old.text.text === content.text.text && old.ownVersion === ownVersion) {
      old.text = content.text;
      old.unit = content;
      this.adopt(unit, content.blocks);
      this.hooks.decideSoon(unit);
      return true;
    }
    // A row of an infobox is its title's subject's ("Status | Deceased" under "Calancho"): read so, it reveals as a whole.
    const reading = unit.tagName === 'TR' ? infoboxReading(unit) : undefined;
    let analysis = reading === undefined ? this.verdict.analyse(content.text.text) : asWhole(this.verdict.analyse(reading), content.text.text);
    if (analysis && this.hooks.asideNamesShow?.(unit)) analysis = inNamedBox(analysis);
    // A card's or a comment's question that only asks yes or no ("¿MUERE CALANCHO? My theories") tells nothing.
    if (analysis) analysis = withoutYesNoQuestions(analysis, content.text.text);
    const scope = this.hooks.scopeOf?.(unit, true);
    if (scope && scopeHides(analysis, content.text.text, !scope.row && !scope.follows && !scope.hint, scope.story, false, scope.talk, () => authorLine(unit), earlierInEnd(scope, this.verdict.regionVerdict.lastEpisode)) && !this.verdict.speaksOfOtherWork(content.text.text, this.hooks.scopeShow?.(), (analysis?.characters.length ?? 0) === 0)) analysis = withScope(analysis ?? { ...NO_ANALYSIS, sentences: [] }, content.text.text, scope.episode, this.hooks.scopeShow?.());
    if (!analysis || analysis.sentences.length === 0) {
      if (old?.unit) this.blocks.forget(unit);
      return false;
    }
    if (!this.hooks.isAside?.(unit)) this.verdict.notePage(analysis);
    // A unit holds counters and times ("Like (3)", "2 min ago") that change under the reader: one they
    // revealed stays revealed while it reveals nothing new, and "Not a spoiler" is keyed by what reveals.
    const stillRevealed = old?.unit !== undefined && old.revealedText === old.text.text && revealsNoMore(analysis, old.analysis);
    const key = textKey(analysis.sentences.map((s) => content.text.text.slice(s.start, s.end)).join('\n'));
    this.blocks.records.set(unit, {
      text: content.text,
      analysis,
      revealedText: stillRevealed ? content.text.text : old?.revealedText,
      ownVersion,
      unit: content,
      key,
      scopeSource: scope?.source,
    });
    this.adopt(unit, content.blocks);
    this.hooks.decideSoon(unit);
    this.hooks.noted();
    return true;
  }

  /** The unit's blocks are read with it from now on: their own records give way to it. */
  private adopt(unit: Element, blocks: readonly Element[]): void {
    for (const b of blocks) {
      if (b === unit) continue;
      this.ownerOf.set(b, unit);
      this.blocks.absorb(b);
    }
  }

  /** The innermost unit that holds [start, end) of a block's text, or null. */
  private unitOfSpan(text: BlockText, start: number, end: number, epoch: number): Element | null {
    const first = nodeAt(text, start);
    const last = nodeAt(text, Math.max(start, end - 1));
    return first && last ? this.finder.unitHolding(first, last, epoch) : null;
  }
}

/** What `analysis` (of another reading of `text`) reveals, over all of `text`: a unit is hidden whole. */
function asWhole(analysis: BlockAnalysis | undefined, text: string): BlockAnalysis | undefined {
  const reveals = analysis?.sentences.flatMap((s) => s.reveals) ?? [];
  if (!analysis || reveals.length === 0) return analysis && { ...analysis, sentences: [] };
  const start = text.length - text.trimStart().length, end = text.trimEnd().length;
  return { ...analysis, sentences: [{ start, end, reveals: reveals.map((r) => ({ ...r, start, end })) }] };
}

/** Whether `now` reveals no plot point that `before` did not. */
function revealsNoMore(now: BlockAnalysis, before: BlockAnalysis): boolean {
  const known = new Set(before.sentences.flatMap((s) => s.reveals.map((r) => r.id)));
  return now.sentences.every((s) => s.reveals.every((r) => known.has(r.id)));
}

/** The text node that holds the character at `offset` of a block's text. */
function nodeAt(text: BlockText, offset: number): Text | undefined {
  for (const p of text.pieces) if (offset < p.start + p.node.data.length) return offset >= p.start ? p.node : undefined;
  return undefined;
}
