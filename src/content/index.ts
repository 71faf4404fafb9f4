/**
 * The content script: connects the shield (src/shield) to the extension. The gate (gate.ts) loads it into
 * a frame that names a followed show (built as shield.js, entrypoints/shield.ts). At start it reads the
 * compiled catalog and the settings (one storage read), then wires the pieces of this folder, each
 * with the one lifetime (lifetime.ts) that ends them all: the settings feed, the badge, the tab's
 * other frames, the page's styles, the reader's clicks and the popup's requests.
 *
 * It keeps no WXT content-script context: that context can be invalidated by a DOM event, which a
 * page could dispatch too. Nothing a page does stops the shield.
 */
import { browser } from 'wxt/browser';
import { CATALOG_KEY } from '../catalog/wire';
import { toBackground } from '../messages';
import { isShieldOn, type RevealMode, type Settings } from '../settings-schema';
import { browserTranslate, langOf } from '../i18n';
import { lookCss } from '../shield/paint/look';
import { siteKey } from '../site';
import { Shield } from '../shield/shield';
import { listenForReveals } from '../shield/reveal/reveal';
import { SHADOW_ROOT_EVENT } from '../shield/shadow-hook';
import { Badge } from './badge';
import { catalogSource } from './catalog-source';
import { releaseFirstPaint } from './first-paint';
import { TabMention } from './frames';
import { HANDOFF_KEY, type GateHandoff } from './gate';
import { HighlightGuard } from './guard';
import { Lifetime } from './lifetime';
import { PageStyles } from './page-styles';
import { answerRequests } from './requests';
import { readAtStart, watchSettings } from './settings-feed';

export { READY_ATTR } from './first-paint';

export interface ContentOptions {
  /** The shield's stylesheet, for shadow roots (the document gets it from the manifest). */
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
  private readonly styles: PageStyles;
  private readonly badge: Badge;
  private readonly tab: TabMention;
  private readonly guard: HighlightGuard;
  private readonly idleWaiters: Array<() => void> = [];
  private ready = false;
  private siteOn = false;
  private watched = 0;
  private revealMode: RevealMode = 'click';

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    options: ContentOptions,
  ) {
    this.isTopFrame = win === win.top;
    this.styles = new PageStyles(doc, options.css);
    this.badge = new Badge(browser.runtime, win, this.lifetime, () => this.siteOn, () => this.checkGone());
    this.tab = new TabMention(browser.runtime, () => this.shield?.setTabShowMentioned());
    this.guard = new HighlightGuard(win, this.lifetime, () => this.shield);
  }

  start(): void {
    // The gate that loaded this script may already know that another frame of the tab names the show.
    if ((globalThis as unknown as Record<string, GateHandoff | undefined>)[HANDOFF_KEY]?.tabMentioned) this.tab.heard();
    this.lifetime.onEnd(() => {
      this.shield?.stop();
      releaseFirstPaint(this.doc);
    });
    // Until the catalog and settings are read, changes need no queueing: the first pass reads the whole page.
    readAtStart(browser.storage, [CATALOG_KEY])
      .then(async ({ settings, raw }) => this.startShield(settings, await catalogSource(raw[CATALOG_KEY], browser.runtime)))
      .catch(() => releaseFirstPaint(this.doc));
    watchSettings(browser.storage, this.lifetime, (s) => this.applySettings(s));
    answerRequests(browser.runtime.onMessage, this.lifetime, {
      isTopFrame: this.isTopFrame,
      status: () => ({
        hostname: this.win.location.hostname,
        hiddenCount: this.shield?.hiddenCount ?? 0,
        pending: this.shield && this.ready ? this.shield.pending : 1,
        ready: this.ready,
        showMentioned: this.tab.mentioned || (this.shield?.showMentioned ?? false),
        revealingAll: this.shield?.revealingAll ?? false,
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

  private startShield(settings: Settings, source: Awaited<ReturnType<typeof catalogSource>>): void {
    if (this.lifetime.ended) return;
    const shield = new Shield(this.doc, source, {
      // Before the next paint when the page is visible; a hidden page paints nothing, so a timeout will do.
      schedule: (work) => (this.doc.visibilityState === 'visible' ? this.win.requestAnimationFrame(() => work()) : this.win.setTimeout(work, 0)),
      onHiddenCountChange: (count) => {
        if (count > 0) this.guard.start();
        if (this.isTopFrame) this.badge.show(count);
      },
      onShowMentioned: () => this.tab.tell(),
      onShadowRoot: (root) => this.styles.styleShadowRoot(root),
      t: this.t,
      lang: langOf(browser.i18n.getUILanguage()),
      onIdle: () => this.idle(),
    });
    this.shield = shield;
    shield.start();
    if (this.tab.mentioned) shield.setTabShowMentioned();
    listenForReveals(this.doc, shield, {
      trustedOnly: true,
      listen: (target, type, handler) => target.addEventListener(type, handler, { capture: true, signal: this.lifetime.signal }),
      onNotSpoiler: (key, block) =>
        void toBackground(browser.runtime, { type: 'not-spoiler', key, excerpt: (block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) }).catch(() => this.checkGone()),
      progressText: () => (this.watched === 0 ? this.t('hintNotStarted') : this.t('hintWatched', this.watched)),
      mode: () => this.revealMode,
      t: this.t,
    });
    this.applySettings(settings);
    // The page may be painted once everything parsed so far has been read (or the shield is off). A frame
    // asks first whether some frame of its tab names the show (within the stylesheet's cap): an
    // about:blank or srcdoc frame is often filled after its first idle moment, and the answer must be
    // there before that text is painted.
    const release = () => releaseFirstPaint(this.doc);
    if (this.isTopFrame || this.tab.mentioned) this.whenIdle(release);
    else this.whenIdle(() => void this.tab.ask().then(() => this.whenIdle(release)));
  }

  private applySettings(s: Settings): void {
    this.ready = true;
    this.watched = s.watchedEpisode;
    this.revealMode = s.revealMode;
    const wasOn = this.siteOn;
    const hostname = this.win.location.hostname;
    this.siteOn = isShieldOn(s, hostname);
    this.styles.setLook(lookCss(s.look, s.blurStrength));
    this.shield?.setOwnPlotPoints(s.ownPlotPoints);
    this.shield?.apply(this.siteOn, s.watchedEpisode, s.notSpoilers[siteKey(hostname)] ?? []);
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
