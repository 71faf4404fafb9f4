/**
 * The shield on one document: the DOM side of the decision. Changes are queued by the observers
 * (changes.ts) and worked through in slices (slices.ts, scheduler.ts): walks find blocks, the reader reads them
 * and asks the decision (src/decide) what they reveal, and the blocks, the title and the labels that
 * reveal something past the reader's progress are marked and painted over (hidden-blocks.ts,
 * covered-text.ts, paint/). The page's own text and nodes are never changed.
 *
 * It knows nothing of extension APIs: the content script gives it settings, a scheduler and the catalog.
 */
import type { CompiledCatalog } from '../decide/match/compile';
import { untranslated, type CatalogSource } from '../decide/verdict';
import { ShowsVerdict, type FollowedShow, type ShowOwnPlotPoint, type ShowsHint, type ShowsVerdictOptions } from '../decide/shows';
import type { Lang } from '../catalog/types';
import type { Translate } from '../i18n';
import { ChangeQueue } from './changes';
import { CoveredText } from './covered-text';
import { HiddenBlocks, type ReaderState } from './hidden-blocks';
import { showTitleOf, SpoilerWords, type ShowName } from './paint/spoiler-label';
import { BlockReader } from './reader';
import { Regions } from './regions';
import { FollowOn } from './follow-on';
import { commentAround } from './region-blocks';
import { SliceScheduler, type SchedulerOptions } from './scheduler';
import { quizItem, quizText } from './quiz';
import type { Scope } from './region-types';
import { SliceWork } from './slices';

export type { CatalogSource, FollowedShow };

export interface ShieldOptions extends SchedulerOptions {
  /** Called after a slice of work when the number of hidden blocks changed. */
  onHiddenCountChange?: (count: number) => void;
  /** Called once, when this document is found to mention the show. */
  onShowMentioned?: () => void;
  /** Called after a slice that left nothing queued. */
  onIdle?: () => void;
  /** Called for each open shadow root the shield starts watching (the content script adds the stylesheet). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** The interface's words (the content script passes the browser's i18n); message keys and values otherwise. */
  t?: Translate;
  /** The language of the catalog's labels. */
  lang?: Lang;
  /** Shows that are known but not followed, with their work markers (see ShowsVerdict). */
  knownWorks?: ShowsVerdictOptions['knownWorks'];
  /** How the labels name each followed show (its title in `lang`, the catalog's otherwise; films have no episodes). */
  showNames?: ReadonlyMap<string, ShowName>;
  /**
   * Whether the page is being painted (the content script: its first paint is no longer held). Only then is
   * text the page adds painted over until it is read (paint/unread.ts); while held, nothing is painted anyway.
   */
  painted?: () => boolean;
}

/** The progress of the followed shows: by show id, or a number for the first show alone. */
export type Progress = number | Readonly<Record<string, number>>;

export class Shield {
  private readonly state: ReaderState = { active: false, allRevealed: false, notSpoilers: new Set() };
  private readonly verdict: ShowsVerdict;
  private progress: Progress = 0;
  /** What the shield says about a hidden passage ("Spoiler · <show> · episode N"). */
  readonly words: SpoilerWords;
  private readonly blocks: HiddenBlocks;
  private readonly covered: CoveredText;
  private readonly reader: BlockReader;
  private readonly regions: Regions;
  private readonly changes: ChangeQueue;
  private readonly scheduler: SliceScheduler;
  private readonly work: SliceWork;
  private started = false;
  private announced = false;
  private lastCount = -1;

  constructor(
    private readonly doc: Document,
    /** The followed shows, the first show first; or one show's catalog. */
    shows: CompiledCatalog | CatalogSource | readonly FollowedShow[],
    private readonly options: ShieldOptions = {},
  ) {
    const t = options.t ?? untranslated;
    const win = doc.defaultView as Window & typeof globalThis;
    // One catalog is the first show, under its own id (a source stored before ids had none).
    const one = shows as CompiledCatalog | CatalogSource;
    const followed: readonly FollowedShow[] = Array.isArray(shows) ? shows : [{ catalog: one, watched: 0, showId: one.showId || 'show' }];
    this.verdict = new ShowsVerdict(followed, { t, lang: options.lang, onCatalogLoaded: () => this.readPassedOver(), knownWorks: options.knownWorks });
    const names =
      options.showNames ??
      new Map(followed.map((s, i) => [this.verdict.showIds[i]!, { title: s.title ?? showTitleOf(s.catalog, options.lang ?? 'en') }]));
    this.words = new SpoilerWords(t, names);
    this.blocks = new HiddenBlocks(win, this.verdict, this.state, this.words);
    this.covered = new CoveredText(doc, this.verdict, this.state, this.blocks.marks, this.words, () => this.announce(), (el) => this.blocks.inMarkedUnit(el));
    const followOn = new FollowOn({ hiddenEpisode: (el) => this.blocks.episodeOf(el) });
    const regions = (this.regions = new Regions(doc, {
      namesShow: (text) => this.verdict.regionVerdict.namesShow(text),
      lastEpisode: () => this.verdict.regionVerdict.lastEpisode,
      questionEpisode: (text) => this.verdict.regionVerdict.latestEpisodeIn(text),
      tellsOfSomeone: (text) => this.verdict.tellsOfSomeone(text),
      pageTitle: () => this.covered.pageTitle(),
    }));
    this.covered.titleScope = (title) => {
      const episode = regions.titleEpisode(title);
      return episode ? { episode, showId: this.verdict.regionShowId } : undefined;
    };
    this.covered.pictureScope = (text) => {
      const episode = regions.pictureEpisode(text);
      return episode ? { episode, showId: this.verdict.regionShowId } : undefined;
    };
    this.reader = new BlockReader(this.blocks, this.verdict, {
      decideSoon: (b) => this.work.decideSoon(b),
      noted: () => this.announce(),
      scopeOf: (el, unit, titleNamed) => {
        const scope = this.quizScope(el, regions.scopeOf(el, unit, titleNamed));
        // A reply that takes up a hidden comment's words tells what it tells (follow-on.ts).
        if (!followOn.mayFollow(el) || regions.isAside(el)) return scope;
        return followOn.over((typeof unit === 'boolean' ? unit : unit()) ? el : commentAround(el), scope, el);
      },
      scopeShow: () => this.verdict.regionShowId,
      isAside: (el) => regions.isAside(el),
      inThread: (el) => regions.inThread(el),
      asideNamesShow: (el) => regions.asideNamesShow(el),
    });
    this.changes = new ChangeQueue(win, {
      wanted: () => this.state.active,
      marksTouched: (el) => {
        // An image hidden for its alt text is checked again; a block or unit is read again.
        if (this.covered.hidesPicture(el) && !this.blocks.marks.isAsSet(el)) this.changes.labelled.add(el);
        return this.blocks.touched(el);
      },
      isShieldValue: (el, name) => this.covered.isShieldValue(el, name),
      // New text is read before anything else can run. Marks a page took away are put back before the
      // next frame is painted; a page that takes them away as fast as they are set gets one answer per frame.
      queued: (content) => this.scheduler.request(content),
      hidesNew: () => this.state.active && !this.state.allRevealed && this.showMentioned && (options.painted?.() ?? true),
      added: (node) => this.work.unread.mark(node),
      changed: (grown) => {
        if (grown) {
          regions.changed(grown);
          this.reader.unitsChanged(grown);
        } else this.forgetRegions();
      },
    });
    this.work = new SliceWork(this.changes, this.covered, this.blocks, {
      active: () => this.state.active,
      guard: () => this.guard(),
      showMentioned: () => this.showMentioned,
      namesTitle: () => this.verdict.namesTitle,
      decideAll: () => this.decideAll(),
      watchShadowRoot: (root) => this.watchShadowRoot(root),
      notifyCount: () => this.notifyCount(),
      onIdle: () => this.options.onIdle?.(),
    });
    this.work.reader = this.reader;
    this.scheduler = new SliceScheduler((budget, urgent) => this.work.slice(budget, urgent), () => this.state.active && this.pending > 0, options);
  }

  /**
   * Sets the reader's own plot points. They are looked for on every page the shield is on, whether
   * or not it is about the show; a change reads the whole document again.
   */
  setOwnPlotPoints(points: readonly ShowOwnPlotPoint[]): void {
    if (!this.verdict.setOwnPlotPoints(points)) return;
    this.covered.forgetTitle();
    if (!this.state.active || !this.started) return;
    this.readAgain();
  }

  /** Starts watching the document; nothing is marked until `apply` turns the shield on. */
  start(): void {
    this.started = true;
    this.changes.watch(this.doc);
    if (this.state.active) this.changes.roots.add(this.doc);
    this.scheduler.request(true);
  }

  /** Stops watching and removes every mark. */
  stop(): void {
    this.changes.disconnect();
    this.started = false;
    this.work.clear();
    this.apply(false, this.progress);
  }

  /**
   * Applies the reader's settings to every block already read, in one pass:
   * on or off, progress (by show, or the first show's), and (when given) the passages that are not
   * spoilers here.
   */
  apply(active: boolean, progress: Progress, notSpoilers?: Iterable<string>): void {
    if (active && !this.state.active && this.started) {
      this.newEpoch();
      this.changes.roots.add(this.doc);
    }
    if (!active) this.work.clear();
    this.state.active = active;
    this.progress = progress;
    const ids = this.verdict.showIds;
    for (const id of ids) {
      // By show, a show left out has watched nothing; a number is the first show's alone.
      const n = typeof progress === 'number' ? (id === ids[0] ? progress : undefined) : (progress[id] ?? 0);
      if (n !== undefined) this.verdict.setWatched(id, n);
    }
    if (notSpoilers) this.state.notSpoilers = new Set(notSpoilers);
    this.decideAll();
  }

  /** Shows everything on this page until `hideAgain`, new text included. */
  revealAll(): void {
    this.state.allRevealed = true;
    this.decideAll();
  }

  /** Undoes `revealAll` and every single reveal: everything past the progress is hidden again. */
  hideAgain(): void {
    this.state.allRevealed = false;
    this.blocks.forgetReveals();
    this.decideAll();
  }

  /** Another frame of the tab mentions the show: this one is about it too. */
  setTabShowMentioned(): void {
    if (this.verdict.setTabMentioned()) this.decideAll();
  }

  get hiddenCount(): number {
    return this.blocks.count;
  }

  get pending(): number {
    if (!this.state.active) return 0;
    return this.work.pending;
  }

  get showMentioned(): boolean {
    return this.verdict.showMentioned;
  }

  /** The followed shows this page itself names. */
  get pageShows(): string[] {
    return this.verdict.pageShows;
  }

  get revealingAll(): boolean {
    return this.state.allRevealed;
  }

  /** Whether `block` is hidden by this shield (the page cannot forge this by setting attributes). */
  isHidden(block: Element): boolean {
    return this.blocks.isHidden(block);
  }

  /** The hidden block on an event's path, if any. */
  hiddenBlockAround(path: readonly EventTarget[]): Element | undefined {
    return this.blocks.hiddenAround(path);
  }

  /** The block on an event's path that the reader revealed (one by one, not "Reveal all"), if any. */
  revealedBlockAround(path: readonly EventTarget[]): Element | undefined {
    return this.blocks.revealedAround(path);
  }

  /** What a block the reader revealed would hide, for its card; undefined if nothing now. */
  revealedHintFor(block: Element): ShowsHint | undefined {
    return this.blocks.hintOf(block);
  }

  /** What a hidden block reveals, for its hint; undefined if it is not hidden. */
  hintFor(block: Element): ShowsHint | undefined {
    return this.blocks.isHidden(block) ? this.blocks.hintOf(block) : undefined;
  }

  /** Reveals one block because the reader asked to. */
  reveal(block: Element): void {
    this.blocks.setRevealed(block, true);
    this.notifyCount();
  }

  /** Hides a block the reader revealed, again. */
  hideBlock(block: Element): void {
    this.blocks.setRevealed(block, false);
    this.notifyCount();
  }

  /** Reveals a block for good: its text is not a spoiler on this site. Returns the key to remember. */
  markNotSpoiler(block: Element): string | undefined {
    const key = this.blocks.markNotSpoiler(block);
    this.notifyCount();
    return key;
  }

  /** Sets the block texts the reader said are not spoilers on this site. */
  setNotSpoilers(keys: Iterable<string>): void {
    this.apply(this.state.active, this.progress, keys);
  }

  /**
   * Puts back what a page script may have taken away without a mutation to show for it (the
   * highlight registry); the content script calls this before each frame while anything is hidden,
   * and every slice calls it too.
   */
  guard(): void {
    if (this.blocks.count > 0) this.blocks.ranges.restore();
  }

  /** Watches an open shadow root like the document (the content script also calls this for late ones). */
  watchShadowRoot(root: ShadowRoot): void {
    if (!this.changes.watch(root)) return;
    this.options.onShadowRoot?.(root);
    if (this.state.active) {
      this.changes.roots.add(root);
      this.scheduler.request(true);
    }
  }

  /**
   * The scope of a block of a quiz item (quiz.ts) on a page that names a followed show: the episode its question and
   * answer tell together, when the region's is not later. Only a block that opens as an answer or an option, or ends
   * in a question mark, is looked at further.
   */
  private quizScope(el: Element, scope: Scope | undefined): Scope | undefined {
    if (!this.verdict.showMentioned) return scope;
    const item = quizItem(el);
    const episode = item ? this.verdict.regionVerdict.latestEpisodeIn(quizText(item)) : undefined;
    return episode && !(scope && scope.episode >= episode) ? { episode, source: item!.answer } : scope;
  }

  /** A batch of its own (blocks read in it are read again), after which regions and units know nothing. */
  private newEpoch(): void {
    this.changes.epoch++;
    this.forgetRegions();
  }

  /** Regions and units forget what they know of the page (see Regions.reset). */
  private forgetRegions(): void {
    this.regions.reset();
    this.reader.unitsReset();
  }

  /** Reads the whole document again (the reader's own plot points changed). */
  private readAgain(): void {
    this.newEpoch();
    this.changes.roots.add(this.doc);
    for (const el of this.covered.spoilingElements) this.changes.labelled.add(el);
    this.scheduler.request(true);
  }

  /** The catalog was rebuilt: blocks passed over before are read again. */
  private readPassedOver(): void {
    this.newEpoch();
    for (const b of this.reader.takeUndecided()) this.changes.toRead.add(b);
  }

  private announce(): void {
    if (this.announced || !this.verdict.pageMentionsShow) return;
    this.announced = true;
    this.options.onShowMentioned?.();
  }

  private decideAll(): void {
    this.blocks.decideAll();
    for (const el of this.covered.spoilingElements) this.changes.labelled.add(el);
    this.covered.forgetTitle();
    if (this.state.active) {
      this.covered.checkTitle();
      this.scheduler.request(true);
    } else {
      this.covered.restoreAll();
      this.changes.labelled.clear();
    }
    this.notifyCount();
  }

  private notifyCount(): void {
    if (this.blocks.count === this.lastCount) return;
    this.lastCount = this.blocks.count;
    this.options.onHiddenCountChange?.(this.blocks.count);
  }
}
