/**
 * The text a page shows outside its blocks, judged like a block: the document's title, and the
 * `title`, `alt` and `aria-label` attributes. One that would spoil holds a neutral text (see
 * paint/labels.ts) until the reader may read it, and an image whose alt or title would spoil is
 * hidden too (marked like a unit's pictures, and blurred by the stylesheet): a picture shows what its
 * alt text says.
 */
import type { BlockAnalysis } from '../decide/match/analyse';
import type { ShowsHint, ShowsVerdict } from '../decide/shows';
import type { ReaderState } from './hidden-blocks';
import { CoveredLabels, LABEL_ATTRS, siteNameOf } from './paint/labels';
import type { BlockMarks } from './paint/marks';
import type { SpoilerWords } from './paint/spoiler-label';
import { scopeHides, withScope } from '../decide/scope/region-reveal';

/** What a text that names nothing reads as, before a scope is given to it. */
const NOTHING = { sentences: [], characters: [], titleMentioned: false, titleShows: [] };

/** Elements that show a picture (a CSS background's alt text lives on no attribute of its own). */
const PICTURE_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO']);

export class CoveredText {
  private readonly labels: CoveredLabels;
  /** Elements with a label that reveals something at some progress; strong refs, let go when detached. */
  private readonly spoiling = new Set<Element>();
  /** The title last judged; undefined to judge it again. */
  private lastTitle: string | undefined;
  /** Images hidden because their alt or title would spoil. */
  private readonly pictures = new Set<Element>();
  /**
   * The episode the page's own title tells of, beside what its sentences reveal (a recap's subtitle:
   * "Episode 5 Recap: Nothing Left to Protect", see titleEpisode in src/decide/scope), and the show it
   * is read for; set by the shield.
   */
  titleScope: ((title: string) => { episode: number; showId?: string } | undefined) | undefined;
  /** The episode a picture's alt text or title opens with, words of its own after it ("Episode 5 still: …"); set by the shield. */
  pictureScope: ((text: string) => { episode: number; showId?: string } | undefined) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly verdict: ShowsVerdict,
    private readonly state: ReaderState,
    private readonly marks: BlockMarks,
    words: SpoilerWords,
    /** A text was counted towards "the page is about the show". */
    private readonly noted: () => void,
    /** Whether a marked unit holds the element: its marks are the unit's (see hidden-blocks.ts). */
    private readonly inMarkedUnit: (el: Element) => boolean = () => false,
  ) {
    this.labels = new CoveredLabels(doc, words);
  }

  /** Whether the value of `name` on `el` is one the shield put there (its own mark, or a neutral text). */
  isShieldValue(el: Element, name: string): boolean {
    return this.marks.isBorrowed(el, name) || this.labels.isOwnValue(el, name);
  }

  /** The elements whose labels must be judged again after a change of settings. */
  get spoilingElements(): Iterable<Element> {
    return this.spoiling;
  }

  /** Judges the title again at the next check. */
  forgetTitle(): void {
    this.lastTitle = undefined;
  }

  /** Puts back every text the shield covered (the shield is off). */
  restoreAll(): void {
    this.labels.restoreAll();
    for (const el of [...this.pictures]) this.showPicture(el);
  }

  /** Whether the shield hides `el` because its alt or title would spoil. */
  hidesPicture(el: Element): boolean {
    return this.pictures.has(el);
  }

  /** The page's own title, even while a neutral one is shown in its place. */
  pageTitle(): string {
    return this.labels.pageTitle();
  }

  /** The document's title: a neutral one while the page's own would spoil. */
  checkTitle(): void {
    const title = this.doc.title;
    if (title === this.lastTitle) return;
    const own = this.labels.pageTitle();
    this.lastTitle = title;
    let analysis = own.trim() ? this.verdict.analyse(own) : undefined;
    const scope = own.trim() ? this.titleScope?.(own) : undefined;
    if (scope && scopeHides(analysis, own, false, false, true)) analysis = withScope(analysis ?? NOTHING, own, scope.episode, scope.showId);
    if (!analysis) {
      this.labels.showTitle();
      return;
    }
    this.verdict.notePage(analysis);
    this.noted();
    const hint = this.spoilerHint(analysis);
    if (hint) this.labels.coverTitle(hint, this.siteName(own));
    else this.labels.showTitle();
    this.lastTitle = this.doc.title;
  }

  /** An element's title, alt and aria-label: a neutral text for each that would spoil. */
  checkLabels(el: Element): void {
    if (!el.isConnected) {
      this.spoiling.delete(el);
      this.pictures.delete(el);
      return;
    }
    let spoils = false;
    let hiddenEpisode = 0;
    for (const attr of LABEL_ATTRS) {
      if (this.marks.isBorrowed(el, attr)) continue;
      const value = this.labels.pageValue(el, attr);
      let analysis = value !== null && value.trim() ? this.verdict.analyse(value) : undefined;
      const scope = value && attr !== 'aria-label' && PICTURE_TAGS.has(el.tagName) ? this.pictureScope?.(value) : undefined;
      if (scope && scopeHides(analysis, value!, false, false, true)) analysis = withScope(analysis ?? NOTHING, value!, scope.episode, scope.showId);
      if (!analysis) {
        this.labels.show(el, attr);
        continue;
      }
      if (analysis.sentences.length > 0) spoils = true;
      const hint = this.spoilerHint(analysis);
      if (hint) {
        this.labels.cover(el, attr, hint);
        if (attr !== 'aria-label') hiddenEpisode = Math.max(hiddenEpisode, hint.episode);
      } else this.labels.show(el, attr);
    }
    if (hiddenEpisode > 0 && PICTURE_TAGS.has(el.tagName) && !this.inMarkedUnit(el)) {
      this.pictures.add(el);
      this.marks.inner(el, 'hidden', hiddenEpisode, true);
    } else if (this.pictures.has(el)) this.showPicture(el);
    // Remembered, like blocks with spoilers, so that a change of progress or "Hide again" checks it again.
    if (spoils) this.spoiling.add(el);
    else this.spoiling.delete(el);
  }

  private showPicture(el: Element): void {
    this.pictures.delete(el);
    if (!this.inMarkedUnit(el)) this.marks.clear(el);
  }

  /** The site's name for a neutral title: the last part of its own title, unless that spoils too, else the host. */
  private siteName(ownTitle: string): string {
    const fromTitle = siteNameOf(ownTitle);
    const analysis = fromTitle ? this.verdict.analyse(fromTitle) : undefined;
    if (fromTitle && (!analysis || !this.spoilerHint(analysis))) return fromTitle;
    return this.doc.location?.hostname.replace(/^www\./, '') || '…';
  }

  /** What a text reveals past the reader's progress, if it is to be covered now. */
  private spoilerHint(analysis: BlockAnalysis): ShowsHint | undefined {
    if (!this.state.active || this.state.allRevealed) return undefined;
    const spoilers = this.verdict.spoilersIn(analysis);
    return spoilers.length > 0 ? this.verdict.hintOf(spoilers) : undefined;
  }
}
