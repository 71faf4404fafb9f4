/**
 * The content script: connects the shield (src/shield) to the extension. The gate (gate.ts) loads it into
 * a frame that names a followed show (built as shield.js, entrypoints/shield.ts). At start it reads the
 * settings and the shows' compiled catalogs (one storage read), builds the shield for the shows the
 * reader follows (again when that list changes), then wires the pieces of this folder, each
 * with the one lifetime (lifetime.ts) that ends them all: the settings feed, the badge, the tab's
 * other frames, the page's styles, the reader's clicks and the popup's requests.
 *
 * It keeps no WXT content-script context: that context can be invalidated by a DOM event, which a
 * page could dispatch too. Nothing a page does stops the shield.
 */
import { browser } from 'wxt/browser';
import { toBackground } from '../messages';
import { DEFAULT_SETTINGS, isShieldOn, type RevealMode, type Settings } from '../settings-schema';
import { browserTranslate, langOf } from '../i18n';
import { lookCss } from '../shield/paint/look';
import { siteKey } from '../site';
import { Shield } from '../shield/shield';
import { listenForReveals } from '../shield/reveal/reveal';
import { SHADOW_ROOT_EVENT } from '../shield/shadow-hook';
import { Badge } from './badge';
import { catalogKeyOf } from '../catalog/keys';
import { followedOutlines, followedShows } from './catalog-source';
import type { ShowsHint } from '../decide/shows';
import { HOLD_ATTR, releaseFirstPaint } from './first-paint';
import { TabMention } from './frames';
import { HANDOFF_KEY, type GateHandoff } from './gate';
import { HighlightGuard } from './guard';
import { Lifetime } from './lifetime';
import { PageStyles } from './page-styles';
import { frameOrTask, nextTask } from './page-schedule';
import { answerRequests } from './requests';
import { readAtStart, watchSettings } from './settings-feed';

export { READY_ATTR } from './first-paint';

export interface ContentOptions {
  /** The shield's stylesheet, adopted by the document and its shadow roots (the manifest's is the hold alone). */
  css: string;
}

/** Whether the extension behind this content script is gone (updated, disabled or removed). */
function extensionGone(): boolean {
  return !browser.runtime?.id;
}

/** Starts the shield on this document; the returned lifetime ends it (tests, or the extension gone). */
export function runContentScript(options: ContentOptions): Lifetime {
  const script = new ContentScript(document, window, options);
  script.start();
  return script.lifetime;
}

class ContentScript {
  readonly lifetime = new Lifetime();
  private shield: Shield | undefined;
  private readonly isTopFrame: boolean;
  private readonly t = browserTranslate(browser.i18n);
  private readonly lang = langOf(browser.i18n.getUILanguage());
  private readonly styles: PageStyles;
  private readonly badge: Badge;
  private readonly tab: TabMention;
  private readonly guard: HighlightGuard;
  private readonly idleWaiters: Array<() => void> = [];
  private ready = false;
  private siteOn = false;
  private settings: Settings | undefined;
  private revealMode: RevealMode = 'click';
  /** The followed shows the shield was built for (ids joined), and what ends that shield's listeners. */
  private shieldShows = '';
  private shieldEnd: AbortController | undefined;
  private card: { destroy(): void } | undefined;
  /** The stored catalogs read at start; a show followed later is read from storage again. */
  private raw: Record<string, unknown> | undefined;
  private building: Promise<void> | undefined;
  private firstBuild = true;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    options: ContentOptions,
  ) {
    this.isTopFrame = win === win.top;
    this.styles = new PageStyles(doc, options.css);
    this.styles.styleDocument();
    this.badge = new Badge(browser.runtime, win, this.lifetime, () => this.siteOn, () => this.checkGone());
    this.tab = new TabMention(browser.runtime, () => this.shield?.setTabShowMentioned());
    this.guard = new HighlightGuard(win, this.lifetime, () => this.shield, (root) => this.styles.restyle(root));
  }

  start(): void {
    // The gate that loaded this script may already know that another frame of the tab names the show.
    if ((globalThis as unknown as Record<string, GateHandoff | undefined>)[HANDOFF_KEY]?.tabMentioned) this.tab.heard();
    this.lifetime.onEnd(() => {
      this.endShield();
      releaseFirstPaint(this.doc);
    });
    // Until the catalogs and settings are read, changes need no queueing: the first pass reads the whole page.
    // The default shows' catalogs come with the settings; another followed show's is read once the settings say so.
    readAtStart(browser.storage, DEFAULT_SETTINGS.followedShows.map((id) => catalogKeyOf(id)))
      .then(({ settings, raw }) => {
        this.raw = raw;
        this.applySettings(settings);
      })
      .catch(() => releaseFirstPaint(this.doc));
    watchSettings(browser.storage, this.lifetime, (s) => this.applySettings(s));
    answerRequests(browser.runtime.onMessage, this.lifetime, {
      isTopFrame: this.isTopFrame,
      status: () => ({
        hostname: this.win.location.hostname,
        hiddenCount: this.shield?.hiddenCount ?? 0,
        pending: this.ready && !this.building ? (this.shield?.pending ?? 0) : 1,
        ready: this.ready,
        showMentioned: this.tab.mentioned || (this.shield?.showMentioned ?? false),
        revealingAll: this.shield?.revealingAll ?? false,
        shows: this.shield?.pageShows ?? [],
      }),
      revealAll: () => this.shield?.revealAll(),
      hideAgain: () => this.shield?.hideAgain(),
      showMentioned: () => this.tab.heard(),
    });
    // Shadow roots attached after their host is in the page (see shadow-hook.ts): only a hint to look.
    this.doc.addEventListener(
      SHADOW_ROOT_EVENT,
      (e) => {
        const host = e.composedPath()[0];
        const root = host instanceof Element ? host.shadowRoot : null;
        if (root) this.shield?.watchShadowRoot(root);
      },
      { capture: true, signal: this.lifetime.signal },
    );
  }

  /** Builds the shield for the followed shows in `s` (none followed: no shield, and the page is free). */
  private async buildShield(s: Settings): Promise<void> {
    const keys = followedOutlines(s.followedShows).map((o) => catalogKeyOf(o.id));
    const missing = keys.filter((k) => !this.raw || !(k in this.raw));
    const raw: Record<string, unknown> = { ...this.raw, ...(missing.length > 0 ? ((await browser.storage.local.get(missing)) as Record<string, unknown>) : {}) };
    this.raw = undefined;
    const followed = await followedShows(s.followedShows, s.progress, raw, browser.runtime, this.lang);
    // The shield would be for shows no longer followed (the settings changed meanwhile), or the script ended.
    const stale = () => this.lifetime.ended || this.shieldShows !== followed.shows.map((f) => f.showId).join(',');
    if (stale()) return;
    if (followed.shows.length === 0) {
      releaseFirstPaint(this.doc);
      return;
    }
    // The catalogs are rebuilt in a task of their own, and the shield starts (and reads its first slice) in
    // the next: in one task they made a long one (over 50 ms on a comment thread), which delays the page's
    // input. The first paint is held meanwhile, and the hops are not throttled in a background tab.
    await nextTask();
    if (stale()) return;
    for (const { catalog } of followed.shows) if ('load' in catalog) catalog.load();
    await nextTask();
    if (stale()) return;
    this.startShield(followed);
  }

  private endShield(): void {
    this.shield?.stop();
    this.shield = undefined;
    this.shieldEnd?.abort();
    this.card?.destroy();
    this.card = undefined;
  }

  private startShield({ shows, names, knownWorks }: Awaited<ReturnType<typeof followedShows>>): void {
    const end = new AbortController();
    this.shieldEnd = end;
    const signal = AbortSignal.any([this.lifetime.signal, end.signal]);
    const shield = new Shield(this.doc, shows, {
      knownWorks,
      showNames: names,
      schedule: frameOrTask(this.doc, this.win, signal),
      onHiddenCountChange: (count) => {
        if (count > 0) this.guard.start();
        if (this.isTopFrame) this.badge.show(count);
      },
      onShowMentioned: () => this.tab.tell(),
      onShadowRoot: (root) => this.styles.styleShadowRoot(root),
      t: this.t,
      lang: this.lang,
      onIdle: () => this.idle(),
      painted: () => !this.doc.documentElement?.hasAttribute(HOLD_ATTR),
    });
    this.shield = shield;
    shield.start();
    if (this.tab.mentioned) shield.setTabShowMentioned();
    this.card = listenForReveals(this.doc, shield, {
      trustedOnly: true,
      listen: (target, type, handler) => target.addEventListener(type, handler, { capture: true, signal }),
      onNotSpoiler: (key, block) =>
        void toBackground(browser.runtime, { type: 'not-spoiler', key, excerpt: (block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) }).catch(() => this.checkGone()),
      progressText: (hint) => this.progressText(hint),
      mode: () => this.revealMode,
      t: this.t,
    });
    if (this.settings) this.applySettings(this.settings);
    if (!this.firstBuild) return;
    this.firstBuild = false;
    // The page may be painted once everything parsed so far has been read (or the shield is off). A frame
    // asks first whether some frame of its tab names the show (within the stylesheet's cap): an
    // about:blank or srcdoc frame is often filled after its first idle moment, and the answer must be
    // there before that text is painted.
    const release = () => releaseFirstPaint(this.doc);
    if (this.isTopFrame || this.tab.mentioned) this.whenIdle(release);
    else this.whenIdle(() => void this.tab.ask().then(() => this.whenIdle(release)));
  }

  /** "Hidden because you've watched up to episode 3.", of the show the passage spoils. */
  private progressText(hint: ShowsHint): string {
    const showId = hint.parts[0]?.showId;
    const watched = showId !== undefined ? (this.settings?.progress[showId] ?? 0) : 0;
    const film = this.shield?.words.isFilm(showId);
    // A film's passage is hidden only while the film is not watched.
    if (film) return this.t('hintFilmNotWatched');
    return watched === 0 ? this.t('hintNotStarted') : this.t('hintWatched', watched);
  }

  private applySettings(s: Settings): void {
    const first = this.settings === undefined;
    this.settings = s;
    const shows = followedOutlines(s.followedShows).map((o) => o.id).join(',');
    if (first || shows !== this.shieldShows) {
      // The followed shows changed (or this is the start): a new shield for them, the old one's marks gone.
      this.shieldShows = shows;
      this.endShield();
      const building = (this.building = this.buildShield(s).catch(() => releaseFirstPaint(this.doc)).finally(() => {
        if (this.building === building) this.building = undefined;
      }));
    }
    this.ready = true;
    this.revealMode = s.revealMode;
    const wasOn = this.siteOn;
    const hostname = this.win.location.hostname;
    this.siteOn = isShieldOn(s, hostname);
    this.styles.setLook(lookCss(s.look, s.blurStrength));
    this.shield?.setOwnPlotPoints(s.ownPlotPoints.map((p) => ({ text: p.text, episode: p.episode, showId: p.show })));
    this.shield?.apply(this.siteOn, s.progress, s.notSpoilers[siteKey(hostname)] ?? []);
    // The toolbar icon follows the site's switch even when the count stays the same.
    if (this.isTopFrame && wasOn !== this.siteOn) this.badge.show(this.shield?.hiddenCount ?? 0);
  }

  /** The shield has nothing queued: run what waited for that. */
  private idle(): void {
    for (const waiting of this.idleWaiters.splice(0)) waiting();
    if (!this.isTopFrame) void this.tab.ask();
  }

  /** Runs `fn` once the shield has nothing queued (at once when it is off or idle). */
  private whenIdle(fn: () => void): void {
    const busy = () => this.shield !== undefined && this.shield.pending > 0;
    if (busy()) this.idleWaiters.push(fn);
    else queueMicrotask(() => (busy() ? this.idleWaiters.push(fn) : fn()));
  }

  /** A message could not be sent: if the extension is gone, end everything it started. */
  private checkGone(): void {
    if (extensionGone()) this.lifetime.end();
  }
}
