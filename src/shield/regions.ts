/**
 * Regions: a page read the way a reader reads it. The main content is told apart from what sits
 * around it (navigation, sidebars, "trending" and "related" boxes, footers, cookie banners, ads), and
 * each block of the main content belongs to the sections of the headings above it, up to the page's
 * title. A section whose heading chain says which episode it covers ("Episode 5 recap", "Capítulo 3",
 * "Ending explained"; see src/decide/scope) and names the show (in the chain or the page's title) is a
 * region of that episode: the reader (reader.ts) hides its blocks whole while the reader has not seen it.
 *
 * Everything is found by structure and the page's own words, never by site. Answers are cached per
 * element and kept while the page only grows: `changed` forgets what new content can change (the words of
 * the posts and boxes it went into; every section's heading when a heading came or changed), `reset`
 * forgets everything (nodes left the page, text changed in place, the shield reads the page again).
 */
import type { Grown } from './changes';
import { MAX_UNIT_TEXT } from './units';
import { Asides, isBoxHeading } from './asides';
import { SectionHeadings } from './section-headings';
import { tableScope } from './table-rows';
import { cardTitles, commentAround, hasTitle, isCardLabel, isLabel, isStory, isViewerComment, isWatchedPostBody, openingScope, repliedTo, spellHashtags } from './region-blocks';
import { commentEpisode, howItTells, taggedSpoiler } from '../decide/scope/comment-scope';
import { episodeScope as scopeOfText, talksOfEpisodes, isAboutThePage, isOpinionHeading, isPreviously, isQuestion, titleEpisode as titleEpisodeOf, isContentWarning, warnsOfAllSpoilers, happenedInEpisode, hasSubtitle, withoutSiteName, nodsToTheEnd, asksWhoReturns, isBloodiest, warnsOfContent, isBeforeWatching, pointsAtScene, countsAllDeaths, leadEpisode, spoilsUpTo, saysSpoilerFree } from '../decide/scope/episode-scope';
import { HEADING_TAGS as HEADINGS, HEADING_SELECTOR } from './blocks';
import { answeredEpisode, PostTalk, wholeShowScope, wordsIn } from './post-talk';
import { LiveBlog } from './live-blog';
import type { RegionOptions, Scope } from './region-types';

export type { RegionOptions, Scope } from './region-types';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING (no `Node` global in every context that runs this)
const MAX_NAMED = 4000; // texts whose "names the show" is remembered; past it the memory starts again
/** Lower-case words and a number after an article ("la celda 211", "the cell 211"): a thing, not a work's title. */
const THING = /\b(?:la|el|una|un|esta|este|esa|ese|su|the|a|this|that|his|her|their)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+\d+\b/gu;

/** A streaming service: words that name it speak of the show as something to watch, not of its story. */
const PLATFORM = /\b(?:netflix|hbo|hulu|prime video|disney\+|apple tv)\b/i;

export class Regions {
  private readonly asides = new Asides();
  private readonly headings = new SectionHeadings((el) => this.asides.isAside(el));
  private scopes = new WeakMap<Element, Scope | null>();
  /** The scope of the blocks under each heading (the section's chain), by that heading. */
  private underHeading = new WeakMap<Element, Scope | null>();
  /** The scope of what lies under no heading (see headlessScope), once asked. */
  private headless: Scope | null | undefined;
  private readonly named = new Map<string, boolean>();
  private readonly episodes = new Map<string, number>();
  /** The episode each post names itself (see ownEpisode), by post. */
  private postEpisode = new WeakMap<Element, Scope | null>();
  private readonly talk = new PostTalk({ namesShow: (t) => this.namesShow(t), lastEpisode: () => this.options.lastEpisode() });
  private readonly live = new LiveBlog((e) => commentEpisode(wordsIn(e), this.options.lastEpisode()));
  /** The element furthest on that scopeOf or asideNamesShow answered about: every cached answer is about it, one before it or their ancestors. */
  private furthest: Element | null = null;
  private readonly opening = (el: Element, isUnit: () => boolean) => openingScope(el, isUnit, () => this.options.lastEpisode(), (t) => this.namesShow(`${t}\n${this.title()}`));

  constructor(
    private readonly doc: Document,
    private readonly options: RegionOptions,
  ) {}

  /** Forgets every answer: nodes left the page, text changed in place, or the page is read again. */
  reset(): void {
    this.asides.reset();
    this.headingsMoved();
    this.furthest = null;
  }

  /**
   * Content was added (and nothing else changed): forgets the answers it can change. Where a block sits
   * (aside or not) is kept: new content changes no element's ancestors. So are the sections of the blocks
   * already read, unless a heading came, or a heading's words changed, before the furthest of them (a page
   * being parsed adds its headings after everything read so far).
   */
  changed(grown: Grown): void {
    let moved = grown.headings.some((h) => this.isBeforeFurthest(h));
    const seen = new Set<Element>();
    for (const target of grown.targets) {
      for (let e = target.nodeType === 1 ? (target as Element) : target.parentElement; e && !seen.has(e); e = e.parentElement) {
        seen.add(e);
        // The words of a post or a box around it; a heading's own words (and the page's title, in the head).
        this.postEpisode.delete(e); this.talk.changed(e); this.live.changed(e);
        this.asides.changed(e);
        if (e.tagName === 'HEAD' || (HEADINGS.has(e.tagName) && this.isBeforeFurthest(e))) moved = true;
      }
    }
    if (moved) this.headingsMoved();
  }

  /** Whether `node` is not after every element an answer was given about (see `furthest`). */
  private isBeforeFurthest(node: Node): boolean {
    const f = this.furthest;
    return f !== null && (f === node || (f.compareDocumentPosition(node) & FOLLOWING) === 0);
  }

  /** Notes that an answer is given about `el`: the furthest such element on in the document is kept. */
  private answering(el: Element): void {
    const f = this.furthest;
    if (f !== el && (f === null || !f.isConnected || f.compareDocumentPosition(el) & FOLLOWING)) this.furthest = el;
  }

  /** Headings came, went or changed their words (or the page's title did): every section's scope is worked out again. */
  private headingsMoved(): void {
    this.headings.reset();
    this.scopes = new WeakMap();
    this.underHeading = new WeakMap();
    this.headless = undefined;
    this.postEpisode = new WeakMap();
    this.talk.reset(); this.live.reset();
  }

  /** The episode a text says it covers (see episode-scope.ts), remembered by text: headings are asked for each block under them. */
  private episodeIn(text: string): number | undefined {
    let answer = this.episodes.get(text);
    if (answer === undefined) {
      if (this.episodes.size >= MAX_NAMED) this.episodes.clear();
      this.episodes.set(text, (answer = scopeOfText(text, this.options.lastEpisode()) ?? 0));
    }
    return answer || undefined;
  }

  private title(): string {
    return this.options.pageTitle?.() ?? this.doc.title;
  }

  /** Whether a text names the show; by text, so it holds across changes of the page (a section's heading chain is asked for each of its blocks). */
  private namesShow(text: string): boolean {
    let answer = this.named.get(text);
    if (answer === undefined) {
      if (this.named.size >= MAX_NAMED) this.named.clear();
      this.named.set(text, (answer = this.options.namesShow(text) || (text.includes('#') && this.options.namesShow(spellHashtags(text)))));
    }
    return answer;
  }

  /**
   * Whether `el` lies in a box around the main content (a "trending" or "related" box, a sidebar)
   * whose own words name the show: the box is a region of its own, and its items are judged one by
   * one by their own words, whatever the page is about.
   */
  asideNamesShow(el: Element): boolean {
    this.answering(el);
    return this.asides.namesShow(el, (text) => this.namesShow(text));
  }

  /** Whether `el` lies around the main content: navigation, a sidebar, a footer, a banner, an ad (see asides.ts). */
  isAside(el: Element): boolean {
    return this.asides.isAside(el);
  }

  /**
   * The episode the region around `el` covers, when its heading chain (or, under the page's heading,
   * the page's title) says so and names the show; undefined otherwise, and for what lies around the
   * main content, navigation links and bylines. `titleNamed`: whether the block's own text names one of
   * the show's titles, when the caller has read it already.
   */
  scopeOf(el: Element, unitOf: boolean | (() => boolean), titleNamed?: boolean): Scope | undefined {
    this.answering(el);
    // An item of a box around the main content is a pointer to another page ("Prison Cell 211 ending
    // explained: every question answered", "Capítulo 3"): its own sentences decide it, not its episode.
    // But one that says what befell someone in an episode ("capítulo 4: lo que le hicieron a Yori") tells that something did.
    if (this.isAside(el)) {
      const befell = happenedInEpisode(el.textContent ?? '', this.options.lastEpisode());
      return befell ? { episode: befell, source: el, story: true } : undefined;
    }
    // A row of a table with an episode column is about the episode its cell gives ("Coronel Ramírez | … | 5"), and a
    // cell of an episode grid about its column's ("Carajo | vivo | vivo | muere | ✝…": one click shows the column).
    const cell = tableScope(el, () => this.options.lastEpisode());
    if (cell && this.namesShow(`${el.closest('table')?.querySelector('caption')?.textContent ?? ''}\n${this.title()}`)) return { episode: cell.episode, source: cell.source, row: true };
    // Whether `el` is a unit is asked only when it matters (it walks the tree).
    let known = typeof unitOf === 'boolean' ? unitOf : undefined;
    const isUnit = () => (known ??= (unitOf as () => boolean)());
    // Headings name a section's topic ("The raid", "¿Muere Calancho?"); their own words decide them. But
    // the page's main heading that says which episode it covers and adds a subtitle of its own tells of
    // that episode ("Episode 5 Recap: Nothing Left to Protect").
    if (HEADINGS.has(el.tagName) && !isUnit()) {
      const episode = el.tagName === 'H1' ? titleEpisodeOf(el.textContent ?? '', this.options.lastEpisode(), (t) => this.namesShow(t)) : undefined;
      if (episode) return { episode, source: el, subtitle: true };
      // One that asks what became of someone in an episode ("What happened to Carajo? (episode 3)") tells
      // that something did: that episode's, when it names someone of the show.
      const befell = happenedInEpisode(el.textContent ?? '', this.options.lastEpisode());
      return befell ? { episode: befell, source: el, story: true } : undefined;
    }
    // A card says what it covers in its own title ("Episode 1 REACTION"), whatever the list is under.
    // An item of a few words is a topic of the region it is in (a table of contents' "The raid").
    if (hasTitle(el) && isUnit()) {
      if (isCardLabel(el.textContent ?? '')) return this.topicScope(el);
      const own = this.cardScope(el);
      if (own) return own;
    }
    const scope = this.chainScope(el);
    if (!scope) return this.bloodiest(el) ?? this.ownEpisode(el, isUnit) ?? this.opening(el, isUnit) ?? wholeShowScope(el, isUnit, this.talk);
    // A content warning names what the region holds, whatever else it says about the page.
    if (isContentWarning(el.textContent ?? '')) return scope;
    const unit = isUnit();
    if (unit && isLabel(el.textContent ?? '')) return undefined;
    // Who would come back is answered by the section's own words; a card in it ("Si te gustó…") is judged by its own.
    if (unit && HEADINGS.has(scope.source.tagName) && asksWhoReturns(scope.source.textContent ?? '')) return undefined;
    if (!unit && !isStory(el)) return undefined;
    const comment = unit ? el : commentAround(el);
    // A headless page's title covers its thread's posts, not the site's words; no region covers a post that says it tells nothing ("…, NO SPOILERS").
    if ((!comment && scope === this.headless) || (comment && saysSpoilerFree(wordsIn(comment)))) return undefined;
    // A comment that looks back at an earlier episode ("from ep 4", "en el cap 5"), or replies to one
    // that does, talks about that episode, whatever the thread's title covers.
    if (comment) {
      const back = this.lookedBack(comment);
      if (back !== undefined && back < scope.episode) return { episode: back, source: comment, back: true };
      // One that names the region's episode tells of it when it tells what someone did or hints at it, not when it only names it.
      const told = back !== undefined && isViewerComment(comment) ? howItTells(comment.textContent ?? '', (t) => this.tells(t)) : undefined;
      if (told) return back! > scope.episode ? { episode: back!, source: comment, ...told } : scope;
      if (back !== undefined && unit) return { ...scope, story: true };
    }
    // A paragraph that names the show or an episode talks about them ("Prison Cell 211 starts from a simple
    // premise", "The second episode is the slowest of the six"): its own sentences decide it, unless it opens in one (openingScope).
    const text = el.textContent ?? '';
    // Not one that nods to what those who saw it know ("for reasons obvious to anyone who has seen the finale"): it tells of it.
    if (!unit && (talksOfEpisodes(text, this.options.lastEpisode()) || this.namesTheWork(text, titleNamed)) && !nodsToTheEnd(text)) return this.opening(el, isUnit);
    // So does one that names where it streams ("The Netflix prison thriller takes its darkest turn yet", "(Foto: Netflix)"):
    // it speaks of the show as something to watch. Not a viewer's comment: "the last hour played out on netflix,
    // what a way to go" under a finale thread still tells what they watched.
    if (PLATFORM.test(text) && !isViewerComment(comment)) return undefined;
    // A reminder of last week's episode, or a paragraph in a section headed as one ("Where we are coming in"), covers the one before.
    if (!unit && (isPreviously(el.textContent ?? '') || isPreviously(this.headings.above(el)?.textContent ?? ''))) {
      return scope.episode > 1 ? { episode: scope.episode - 1, source: scope.source } : undefined;
    }
    return scope;
  }

  /** The episode a document's title tells of in a subtitle of its own ("Episode 5 Recap: Nothing Left to Protect"), if any. */
  titleEpisode(title: string): number | undefined {
    return titleEpisodeOf(title, this.options.lastEpisode(), (t) => this.namesShow(t), true);
  }

  /** The episode a picture's alt text or title opens with ("Episode 5 still: an ambulance in the yard"), on a page about the show. */
  pictureEpisode = (text: string) => (this.namesShow(this.title()) ? leadEpisode(text, this.options.lastEpisode(), (t) => this.namesShow(t)) : undefined);

  /**
   * Whether a paragraph names the show as a work, not a thing of its story that shares the title's
   * words: "lo tienen en la celda 211" is a cell (lower case, after an article). `titleNamed`: whether
   * it names one of the show's titles at all, when the caller knows.
   */
  private namesTheWork(text: string, titleNamed?: boolean): boolean {
    if (!(titleNamed ?? this.namesShow(text))) return false;
    THING.lastIndex = 0;
    if (!THING.test(text)) return true;
    return this.namesShow(text.replace(THING, ' '));
  }

  /** Whether `el` is, or lies in, one person's words in a thread (a comment, a post, a reply). */
  inThread(el: Element): boolean {
    return commentAround(el) !== null;
  }

  /**
   * The scope of a heading or a few words inside a region: the region's, unless they only point at an
   * episode or a page ("Capítulo 3", "Episode 6 recap"), ask ("Does Calancho die?": the section answers),
   * open an opinion ("Final thoughts") or name the show ("More on Prison Cell 211").
   */
  private topicScope(el: Element): Scope | undefined {
    const text = el.textContent ?? '';
    if (!/\p{L}/u.test(text) || isQuestion(text) || isOpinionHeading(text) || isAboutThePage(text) || this.episodeIn(text)) return undefined;
    const scope = this.chainScope(el);
    if (!scope || this.namesShow(text)) return undefined;
    return scope;
  }

  /**
   * Outside any region that says its episode, a post or comment that names one in its own words ("the
   * end of ep 1 ???", "no puedo con el capítulo 3") talks about that episode, on a page or in a post that
   * names the show: it is that episode's, unless it is chatter (see scopeHides). Most name none: that answer
   * is known before asking what `el` is in it.
   */
  private ownEpisode(el: Element, isUnit: () => boolean): Scope | undefined {
    // A post of a feed whose class says nothing ("tw", "p") is one too: an item of a list, no card with a title.
    const comment = commentAround(el) ?? (isUnit() && !hasTitle(el) ? el : null);
    if (!comment) return undefined;
    let answer = this.postEpisode.get(comment);
    if (answer === null || (comment !== el && !isStory(el) && !isUnit() && !isWatchedPostBody(el, comment))) return undefined;
    if (answer === undefined) {
      // Its words ("· 5h" and "episode 3" in two elements are two runs of words); one person's, not a blog's "post" that holds an article.
      const text = wordsIn(comment);
      const own = text.length > MAX_UNIT_TEXT || comment.querySelector('h1, h2') ? undefined : (commentEpisode(text, this.options.lastEpisode()) ?? answeredEpisode(comment, this.options.lastEpisode()) ?? taggedSpoiler(text, this.options.lastEpisode()));
      // A live blog's entry is in the episode the entry before it started, under it as under a heading (its chatter is its own).
      const live = own ? undefined : this.live.episode(comment), episode = own ?? live?.episode;
      // One that tells what someone did ("THEY MADE THEM FIGHT … ep4") or hints at it tells of it: no mere opinion.
      answer = !episode || !this.namesShow(`${text}\n${this.title()}\n${this.headings.before(comment)?.textContent ?? ''}`) ? null : live ? { episode, source: live.from } : { episode, source: comment, ...(howItTells(text, (t) => this.tells(t)) || { story: true as const }) };
      this.postEpisode.set(comment, answer);
    }
    return answer ?? undefined;
  }

  /** A block that calls an episode the bloodiest ("Bloodiest single hour: episode 5"), on a page about the show, tells of its deaths. */
  private bloodiest(el: Element): Scope | undefined {
    const text = el.textContent ?? '';
    // The show's length is asked only then: a page that names nobody never loads the catalog.
    const episode = isBloodiest(text) ? this.episodeIn(text) : undefined;
    return episode && this.namesShow(`${text}\n${this.title()}`) ? { episode, source: el } : undefined;
  }

  /** Whether a text tells what someone of the show did, named or not; not in quotes (an episode's own title: "The King Is Dead"). */
  private tells(text: string): boolean {
    const own = text.replace(/"[^"]*"|“[^”]*”/g, ' ');
    return pointsAtScene(own) || (this.options.tellsOfSomeone?.(own) ?? false);
  }

  /** The episode a comment (or the comment it replies to) names in its own words, if any. */
  private lookedBack(unit: Element): number | undefined {
    const last = this.options.lastEpisode();
    const own = commentEpisode(unit.textContent ?? '', last);
    if (own !== undefined) return own;
    const parent = repliedTo(unit);
    return parent ? commentEpisode(parent.textContent ?? '', last) : undefined;
  }

  /** The episode a card's title (its headings, else its links) says it covers, on a page about the show. */
  private cardScope(unit: Element): Scope | undefined {
    // Not its description: "why the film's ending still hurts" under "The series vs the 2009 film" is no finale.
    const text = cardTitles(unit).map((t) => t.textContent ?? '').join('\n');
    // A link to another recap or review ("Episode 3 recap") points at a page; it tells nothing itself, unless it warns of what the episode
    // holds ("ep 3 reaction (trigger warning)") or adds words of its own, as a page's heading does ("cap. 2 RESUMEN: the cell at last").
    // Nor does one made before it was seen ("teorías antes de ver …").
    if (!/\S/.test(text) || (isAboutThePage(text) && !warnsOfContent(text) && !hasSubtitle(text, this.options.lastEpisode(), (t) => this.namesTheWork(t))) || isBeforeWatching(text)) return undefined;
    // A description that warns it spoils the whole show ("Full spoilers!") does cover its end; so does a title that counts
    // every death of the show ("EVERY DEATH ranked"), unless the card names an episode of its own.
    const last = this.options.lastEpisode();
    const whole = warnsOfAllSpoilers(unit.textContent ?? '') || (countsAllDeaths(text) && scopeOfText(unit.textContent ?? '', last) === undefined);
    const episode = scopeOfText(text, last) ?? spoilsUpTo(unit.textContent ?? '', last) ?? (whole ? last : undefined);
    // The show is named by the card, the page's title, or the heading its list is under ("Past broadcasts · Prison Cell 211 watch-along week").
    if (!episode || !this.namesShow(`${unit.textContent ?? ''}\n${this.title()}\n${this.headings.before(unit)?.textContent ?? ''}`)) return undefined;
    return { episode, source: unit };
  }

  /** The scope given by the nearest headings above `el` (the nearest that names an episode wins). */
  private chainScope(el: Element): Scope | undefined {
    const cached = this.scopes.get(el);
    if (cached !== undefined) return cached ?? undefined;
    // A block that is not a heading has the chain of its nearest heading: every block of a section shares it.
    if (!HEADINGS.has(el.tagName)) {
      const nearest = this.headings.before(el);
      let answer = nearest ? this.underHeading.get(nearest) : (this.headless ??= this.headlessScope() ?? null);
      if (answer === undefined) {
        answer = this.chainFrom(el) ?? null;
        this.underHeading.set(nearest!, answer);
      }
      this.scopes.set(el, answer);
      return answer ?? undefined;
    }
    const answer = this.chainFrom(el);
    this.scopes.set(el, answer ?? null);
    return answer;
  }

  /**
   * The scope of what lies under no heading on a page without one of its own (a thread, a feed): its title's
   * ("Show - S01E03 - Episode Discussion"). On a page with a main heading, what comes before it is the site's. A title
   * in lower case before the site's name is a search the reader typed ("show ending explained - VidTube"): its results
   * are judged one by one.
   */
  private headlessScope(): Scope | undefined {
    const title = this.title();
    // The show's length is asked only of a page that names the show: one that names nobody never rebuilds the catalog.
    if (!this.doc.body || this.doc.querySelector('h1') || !this.namesShow(title)) return undefined;
    const episode = this.episodeIn(title);
    if (!episode) return undefined;
    const own = withoutSiteName(title);
    if (own === own.toLowerCase()) return undefined;
    return { episode, source: this.doc.body };
  }

  /** The scope given by the headings above `el`, worked out. */
  private chainFrom(el: Element): Scope | undefined {
    const chain: Element[] = [];
    for (let h = this.headings.above(el); h; h = this.headings.above(h)) chain.push(h);
    let answer: Scope | null = null;
    if (chain.length > 0) {
      const texts = chain.map((h) => h.textContent ?? '');
      // An opinion section ("Final thoughts") under an episode's heading covers no episode.
      const nearest = texts[0]!;
      const question = isQuestion(nearest) && !this.episodeIn(nearest);
      if (question) {
        // A question about an event ("Does Calancho die?", "¿Por qué Juan se queda?") is answered by its section.
        const named = this.namesShow(`${texts.join('\n')}\n${this.title()}`);
        const episode = named ? this.options.questionEpisode?.(nearest) : undefined;
        if (episode) answer = { episode, source: chain[0]! };
      } else if (!isOpinionHeading(nearest) && !isBoxHeading(nearest)) {
        const title = this.title();
        // The nearest heading that names an episode wins; under the page's own heading, the page's title
        // says what the page covers. Either counts only where the chain or the title names the show.
        for (let i = 0; i < chain.length && !answer; i++) {
          const episode = this.episodeIn(texts[i]!);
          if (episode) answer = { episode, source: chain[i]! };
        }
        if (!answer && chain[chain.length - 1]!.tagName === 'H1') {
          const episode = this.episodeIn(title);
          if (episode && this.doc.body) answer = { episode, source: this.doc.body };
        }
        if (answer && !this.namesShow(`${texts.join('\n')}\n${title}`)) answer = null;
      }
    }
    return answer ?? undefined;
  }
}
