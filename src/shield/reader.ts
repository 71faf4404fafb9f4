/**
 * Blocks → text → verdict: reads a block's text, asks the decision what it reveals and records it.
 * A block longer than LONG_TEXT (a whole book in one text node) is read a piece at a time, across
 * slices, and what each piece reveals is marked before the rest is read.
 */
import type { BlockAnalysis } from '../decide/match/analyse';
import { NO_ANALYSIS } from '../decide/verdict';
import type { ShowsVerdict } from '../decide/shows';
import { HEADING_TAGS as HEADINGS, readBlockText, type BlockText } from './blocks';
import type { HiddenBlocks } from './hidden-blocks';
import { UnitReader } from './unit-reader';
import { inNamedBox, withScope, scopeHides, withoutYesNoQuestions, earlierInEnd, labelsItsEpisode } from '../decide/scope/region-reveal';
import { mayHintAhead } from '../decide/scope/comment-scope';
import type { Scope } from './regions';
import type { Grown } from './changes';
import { isTitleLike } from './region-blocks';
import { inInfobox } from './infobox';
import { authorLine } from './post-talk';

/** Whether a block is one short question and nothing else (a table of contents' "Does Calancho die?"). */
function isQuestionLine(text: string): boolean {
  const t = text.trim();
  return /[?？]$/.test(t) && !/[.!?？]\s/.test(t.slice(0, -1)) && (t.match(/\p{L}+/gu)?.length ?? 0) <= 8;
}

/** A block longer than this is read in pieces of LONG_PIECE characters, so no slice runs long. */
const LONG_TEXT = 50_000;
const LONG_PIECE = 16_000;
/** Blocks remembered while the catalog is not rebuilt yet, to read again once it is. */
const UNDECIDED_LIMIT = 20_000;

interface LongJob {
  block: Element;
  text: BlockText;
  /** Where the next piece starts. */
  at: number;
  revealedText: string | undefined;
  analysis: BlockAnalysis;
}

export interface ReaderHooks {
  /** A block's record is new or unchanged: mark it now or with the next batch of writes. */
  decideSoon(block: Element): void;
  /** A text was counted towards "the page is about the show". */
  noted(): void;
  /** The episode the region around a block or unit covers (see regions.ts), if it says one. */
  scopeOf?(el: Element, unit: boolean | (() => boolean), titleNamed?: boolean): Scope | undefined;
  /** The followed show a region's scope belongs to. */
  scopeShow?(): string;
  /** Whether a block lies around the main content (a sidebar, navigation): it never makes the page about the show. */
  isAside?(el: Element): boolean;
  /** Whether a block is (in) one person's words in a thread: a comment, a post, a reply. */
  inThread?(el: Element): boolean;
  /** Whether a block lies in a box around the main content that names the show: its own words are judged. */
  asideNamesShow?(el: Element): boolean;
}

/** A block longer than this is no card's title. */
const MAX_TITLE = 160;

export class BlockReader {
  private longJobs: LongJob[] = [];
  private readonly readEpoch = new WeakMap<Element, number>();
  /** Blocks that named no one while the catalog was not rebuilt yet. */
  private undecided: Element[] = [];
  private readonly units: UnitReader;

  constructor(
    private readonly blocks: HiddenBlocks,
    private readonly verdict: ShowsVerdict,
    private readonly hooks: ReaderHooks,
  ) {
    this.units = new UnitReader(blocks, verdict, hooks);
  }

  /** Huge blocks still being read. */
  get longPending(): number {
    return this.longJobs.length;
  }

  /** The blocks passed over before the catalog was rebuilt; the caller reads them again. */
  takeUndecided(): Element[] {
    return this.undecided.splice(0);
  }

  clear(): void {
    this.longJobs = [];
  }

  /** Content was added: units forget what it can change (UnitFinder.changed). */
  unitsChanged(grown: Grown): void {
    this.units.changed(grown);
  }

  /** Units forget everything they found. */
  unitsReset(): void {
    this.units.reset();
  }

  /** Reads one block, once per `epoch` (a batch of changes). */
  read(block: Element, epoch: number): void {
    if (!block.isConnected) {
      this.blocks.forget(block);
      return;
    }
    // Walks of a node and of its children, queued by the same changes, find the same blocks: read once.
    if (this.readEpoch.get(block) === epoch) {
      if (this.blocks.records.has(block)) this.hooks.decideSoon(block);
      return;
    }
    this.readEpoch.set(block, epoch);
    // A block that is (or is inside) a unit read as one: read the unit.
    if (this.units.readOwner(block, epoch)) return;
    const text = readBlockText(block);
    const old = this.blocks.records.get(block);
    if (old && old.text.text === text.text && old.ownVersion === this.verdict.ownVersion) {
      old.text = text;
      this.hooks.decideSoon(block);
      return;
    }
    if (text.text.length > LONG_TEXT) {
      this.longJobs = this.longJobs.filter((j) => j.block !== block);
      this.longJobs.push({ block, text, at: 0, revealedText: old?.revealedText, analysis: { sentences: [], characters: [], titleMentioned: false } });
      return;
    }
    let analysis = this.verdict.analyse(text.text, () => {
      if (this.undecided.length < UNDECIDED_LIMIT) this.undecided.push(block);
    });
    if (analysis && this.hooks.asideNamesShow?.(block)) analysis = inNamedBox(analysis);
    // A heading that asks yes or no ("Does Calancho die?") tells nothing: the section under it answers.
    if (analysis && (HEADINGS.has(block.tagName) || isQuestionLine(text.text))) analysis = withoutYesNoQuestions(analysis, text.text);
    const scope = /\S/.test(text.text) ? this.hooks.scopeOf?.(block, () => this.units.isUnit(block, epoch), analysis?.titleMentioned ?? false) : undefined;
    if (scope && scopeHides(analysis, text.text, !scope.follows && !scope.hint && this.inThread(block, epoch, scope), scope.story, scope.subtitle, scope.talk, () => authorLine(block), earlierInEnd(scope, this.verdict.regionVerdict.lastEpisode)) && !this.verdict.speaksOfOtherWork(text.text, this.hooks.scopeShow?.(), (analysis?.characters.length ?? 0) === 0)) analysis = withScope(analysis ?? { ...NO_ANALYSIS, sentences: [] }, text.text, scope.episode, this.hooks.scopeShow?.());
    if (!analysis) {
      if (old) this.blocks.forget(block);
      // A card's title that names nobody ("S1.E6 ∙ The King Is Dead") still says which episode its card covers,
      // on a page about the show (on any other, the catalog is never rebuilt).
      // So does a post's line that hints at an episode ahead ("jajaja espérate al 5"): its post is read whole.
      // So does an item's title that tags it with its episode ("Lección 9 · Apagón de ciudad completa (cap. 6)").
      // So does a row of an infobox, read as its title's subject's ("Status | Deceased" under "Calancho": see infobox.ts).
      if (this.verdict.showMentioned && ((text.text.length <= MAX_TITLE && isTitleLike(block)) || mayHintAhead(text.text) || labelsItsEpisode(text.text) || inInfobox(block))) this.units.readUnitsOf(block, text, NO_ANALYSIS, epoch);
      return;
    }
    // What lies inside units (or what a table cell names) is read with its unit; the rest stays the block's.
    const rest = this.units.readUnitsOf(block, text, analysis, epoch);
    this.record(block, text, rest, old?.revealedText, scope?.source);
  }

  /**
   * Whether `block` is one person's words in a thread: in a comment by its classes, or itself an item of a list that
   * opens on its author's line ("ana_pau_ríos · hace 1 h" over "lol, el spanglish del foro"), or an entry of a live blog
   * under the one that started its episode ("[23:09] stream ended"), under a region that gives the episode (`source`,
   * not the post's own words: "el wey del lanzallamas al final del 1" tells of it, unless they only look back at an
   * earlier episode than the thread's: "voy en el capítulo 3, entré sin querer"): its chatter is its own.
   */
  private inThread(block: Element, epoch: number, scope: Scope): boolean {
    if (this.hooks.inThread?.(block)) return true;
    const { source } = scope;
    // The unit's answer is remembered for the epoch; the author line walks the block's text: asked last, of units only.
    return (source !== block || scope.back === true) && this.units.isUnit(block, epoch) && (source.parentElement === block.parentElement || authorLine(block) !== undefined);
  }

  /** Reads the next piece of the first huge block. */
  readNextPiece(): void {
    const job = this.longJobs[0]!;
    const full = job.text.text;
    const end = pieceEnd(full, job.at);
    const piece = full.slice(job.at, end);
    const offset = job.at;
    job.at = end;
    if (!job.block.isConnected) job.at = full.length;
    else {
      const a = this.verdict.analyse(piece) ?? NO_ANALYSIS;
      for (const sentence of a.sentences) {
        job.analysis.sentences.push({
          start: sentence.start + offset,
          end: sentence.end + offset,
          reveals: sentence.reveals.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset })),
        });
      }
      const strong = (x: BlockAnalysis) => x.characters.filter((c) => !x.weak?.includes(c));
      const named = new Set([...strong(job.analysis), ...strong(a)]);
      job.analysis.characters = [...new Set([...job.analysis.characters, ...a.characters])];
      const weak = job.analysis.characters.filter((c) => !named.has(c));
      if (weak.length > 0) job.analysis.weak = weak;
      else delete job.analysis.weak;
      job.analysis.titleMentioned ||= a.titleMentioned;
      if (a.titleShows) job.analysis.titleShows = [...new Set([...(job.analysis.titleShows ?? []), ...a.titleShows])];
      if (a.sentences.length > 0 || a.characters.length > 0 || a.titleMentioned) {
        this.record(job.block, job.text, { ...job.analysis, sentences: [...job.analysis.sentences] }, job.revealedText);
      }
    }
    if (job.at >= full.length) this.longJobs.shift();
  }

  /** Records what a block reveals, and has it marked. */
  record(block: Element, text: BlockText, analysis: BlockAnalysis, revealedText: string | undefined, scopeSource?: Element): void {
    // A sidebar or a menu that names the show does not make the page about it.
    if (!this.hooks.isAside?.(block)) this.verdict.notePage(analysis);
    if (analysis.sentences.length > 0) {
      this.blocks.records.set(block, { text, analysis, revealedText, ownVersion: this.verdict.ownVersion, scopeSource });
      this.hooks.decideSoon(block);
    } else if (this.blocks.records.has(block) && !this.blocks.records.get(block)!.unit) this.blocks.forget(block);
    this.hooks.noted();
  }
}

/** Where a piece starting at `at` ends: after a sentence in the piece's last quarter if there is one, else at a space. */
function pieceEnd(full: string, at: number): number {
  const end = Math.min(full.length, at + LONG_PIECE);
  if (end >= full.length) return end;
  const tail = full.slice(at + (LONG_PIECE * 3) / 4, end);
  const stop = Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('\n'));
  const space = tail.lastIndexOf(' ');
  const cut = stop >= 0 ? stop + 1 : space;
  return cut >= 0 ? at + (LONG_PIECE * 3) / 4 + cut + 1 : end;
}
