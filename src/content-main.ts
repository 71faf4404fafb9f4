/**
 * Connects the shield to the extension: the compiled catalog and the settings
 * from storage (one read), the reader's clicks, the popup's requests, the badge
 * count, and the other frames of the tab.
 *
 * It keeps no WXT content-script context: that context can be invalidated by a
 * DOM event, which a page could dispatch too. Nothing a page does stops the shield.
 */
import { browser } from 'wxt/browser';
import { CATALOG_KEY, fromWire, wireGateWords } from './match/wire';
import { isToContent, type FromContent, type ShieldStatus, type ToContent } from './messages';
import { DEFAULT_SETTINGS, SETTING_KEYS, isShieldOn, settingsFrom, withNotSpoiler, cleanNotSpoilers, type RevealMode, type Settings } from './settings-schema';
import { browserTranslate, langOf } from './i18n';
import { lookCss } from './shield/look';
import { adoptSheets } from './shield/adopt-sheets';
import { siteKey } from './site';
import { Shield, type CatalogSource } from './shield/shield';
import { listenForReveals } from './shield/reveal';
import { SHADOW_ROOT_EVENT } from './shield/shadow-hook';

export interface ContentOptions {
  /** The shield's stylesheet, for shadow roots (the document gets it from the manifest). */
  css: string;
}

function send(message: FromContent): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** The catalog from storage, or from the background when storage has none (or a damaged one). */
async function catalogSource(stored: unknown): Promise<CatalogSource> {
  const parse = (text: unknown): CatalogSource => {
    if (typeof text !== 'string') throw new Error('no catalog text');
    const wire: unknown = JSON.parse(text);
    return { gateWords: wireGateWords(wire), load: () => fromWire(wire) };
  };
  try {
    return parse((stored as { text?: unknown } | undefined)?.text);
  } catch {
    return parse(await send({ type: 'get-catalog' }));
  }
}

/** How often the badge's count may be sent while it changes. */
const COUNT_EVERY_MS = 200;
/** On <html> once the page may be painted (see the hold in style.css). */
export const READY_ATTR = 'data-spoiler-shield-ready';

export function runContentScript(options: ContentOptions): void {
  // style.css holds the page's first paint (at most 0.6 s) until this is set.
  const release = () => {
    if (document.documentElement) return document.documentElement.setAttribute(READY_ATTR, '');
    // At document_start the page may have no <html> yet.
    const wait = new MutationObserver(() => {
      if (!document.documentElement) return;
      wait.disconnect();
      document.documentElement.setAttribute(READY_ATTR, '');
    });
    wait.observe(document, { childList: true });
  };
  const isTopFrame = window === window.top;
  const win = window;
  const t = browserTranslate(browser.i18n);
  // The reader's look (blur strength or bar): one sheet, adopted after the shield's own, by the
  // document and every shadow root. Adopting changes no node of the page.
  let lookSheet: CSSStyleSheet | undefined;
  let lookText = '';
  const DEFAULT_LOOK = lookCss(DEFAULT_SETTINGS.look, DEFAULT_SETTINGS.blurStrength);
  // Firefox ESR 140 needs another way to adopt from a content script: see adopt-sheets.ts.
  const adopt = adoptSheets;
  /** Shadow roots given the shield's stylesheet, so that a new look reaches them too. */
  const shadowRoots: Array<WeakRef<ShadowRoot>> = [];
  const setLook = (css: string) => {
    if (css === lookText) return;
    lookText = css;
    // The default look is the manifest's stylesheet already: adopting a sheet makes the browser look at
    // every element again, so a reader who never changed it costs nothing.
    if (!lookSheet && css === DEFAULT_LOOK) return;
    try {
      lookSheet ??= new CSSStyleSheet();
      lookSheet.replaceSync(css);
      adopt(document, [lookSheet]);
      for (const ref of shadowRoots) {
        const root = ref.deref();
        if (root) adopt(root, [lookSheet]);
      }
    } catch {
      // No constructable stylesheets: the default look from the manifest's stylesheet applies.
    }
  };
  let sheet: CSSStyleSheet | undefined;
  const styleShadowRoot = (root: ShadowRoot) => {
    try {
      sheet ??= new CSSStyleSheet();
      if (sheet.cssRules.length === 0) sheet.replaceSync(options.css);
      adopt(root, lookSheet ? [sheet, lookSheet] : [sheet]);
      shadowRoots.push(new WeakRef(root));
      // The hook tells of a root inside attachShadow, and pages often assign the root's adoptedStyleSheets
      // right after it in the same task (Lit does), which drops ours: adopt again once that task is done.
      queueMicrotask(() => {
        try {
          adopt(root, lookSheet ? [sheet!, lookSheet] : [sheet!]);
        } catch {
          // As above.
        }
      });
    } catch {
      // No constructable stylesheets: blocks in this shadow root are marked, and only the document's style applies.
    }
  };
  let revealMode: RevealMode = 'click';
  let siteOn = false;

  let shield: Shield | undefined;
  // The badge's count: at most one message per COUNT_EVERY_MS, the latest count last.
  let countToSend: number | undefined;
  const sendCountSoon = (count: number) => {
    const idle = countToSend === undefined;
    countToSend = count;
    if (!idle) return;
    win.setTimeout(() => {
      const latest = countToSend!;
      countToSend = undefined;
      send({ type: 'hidden-count', count: latest, on: siteOn }).catch(() => undefined);
    }, COUNT_EVERY_MS);
  };
  const idleWaiters: Array<() => void> = [];
  /** Runs `fn` once the shield has nothing queued (at once when it is off or idle). */
  const whenIdle = (fn: () => void) => {
    if (!shield || shield.pending === 0) queueMicrotask(() => (shield && shield.pending > 0 ? idleWaiters.push(fn) : fn()));
    else idleWaiters.push(fn);
  };
  // While anything is hidden, each frame checks (before it is painted) that a page script has not
  // taken the shield's highlight away: no mutation tells of `CSS.highlights.clear()`.
  let guarding = false;
  const guardFrame = () => {
    shield?.guard();
    if ((shield?.hiddenCount ?? 0) > 0) win.requestAnimationFrame(guardFrame);
    else guarding = false;
  };
  const startGuard = () => {
    if (guarding) return;
    guarding = true;
    win.requestAnimationFrame(guardFrame);
  };
  let watched = 0;
  let ready = false;
  let tabMentioned = false;

  // Until the catalog and settings are read, changes need no queueing: the first pass reads the whole page.
  void browser.storage.local.get([...SETTING_KEYS, CATALOG_KEY]).then(async (raw: Record<string, unknown>) => {
    const source = await catalogSource(raw[CATALOG_KEY]);
    shield = new Shield(document, source, {
      schedule: (work) => {
        // Before the next paint when the page is visible; a hidden page paints nothing, so a timeout will do.
        if (document.visibilityState === 'visible') win.requestAnimationFrame(() => work());
        else win.setTimeout(work, 0);
      },
      onHiddenCountChange: (count) => {
        if (count > 0) startGuard();
        if (isTopFrame) sendCountSoon(count);
      },
      onShowMentioned: () => {
        send({ type: 'show-mentioned' }).catch(() => undefined);
      },
      onShadowRoot: styleShadowRoot,
      t,
      lang: langOf(browser.i18n.getUILanguage()),
      onIdle: () => {
        const waiting = idleWaiters.splice(0);
        for (const w of waiting) w();
        if (!isTopFrame) void askTab();
      },
    });
    shield.start();
    if (tabMentioned) shield.setTabShowMentioned();
    listenForReveals(document, shield, {
      trustedOnly: true,
      listen: (target, type, handler) => target.addEventListener(type, handler, { capture: true }),
      onNotSpoiler: (key) => void rememberNotSpoiler(key),
      progressText: () => (watched === 0 ? t('hintNotStarted') : t('hintWatched', watched)),
      mode: () => revealMode,
      t,
    });
    applySettings(settingsFrom(raw));
    // The page may be painted once everything parsed so far has been read (or the shield is off).
    if (isTopFrame || tabMentioned) whenIdle(release);
    else whenIdle(askTabThenRelease);
  }).catch(release);

  // A frame asks the background (once) whether some frame of its tab names the show, and its first
  // paint waits for the answer, within the stylesheet's cap. It asks even when it has nothing to hide
  // yet: an about:blank or srcdoc frame is often filled after its first idle moment, and the answer
  // must be there before that text is painted.
  let asked = false;
  const askTab = (): Promise<void> => {
    if (asked || tabMentioned) return Promise.resolve();
    asked = true;
    return send({ type: 'tab-mentioned' }).then(
      (yes) => {
        if (yes !== true) return;
        tabMentioned = true;
        shield?.setTabShowMentioned();
      },
      () => undefined,
    );
  };
  const askTabThenRelease = () => void askTab().then(() => whenIdle(release));

  const applySettings = (s: Settings) => {
    ready = true;
    watched = s.watchedEpisode;
    revealMode = s.revealMode;
    const wasOn = siteOn;
    siteOn = isShieldOn(s, location.hostname);
    setLook(lookCss(s.look, s.blurStrength));
    shield?.setOwnPlotPoints(s.ownPlotPoints);
    shield?.apply(siteOn, s.watchedEpisode, s.notSpoilers[siteKey(location.hostname)] ?? []);
    // The toolbar icon follows the site's switch even when the count stays the same.
    if (isTopFrame && wasOn !== siteOn) sendCountSoon(shield?.hiddenCount ?? 0);
  };

  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !SETTING_KEYS.some((k) => k in changes)) return;
    void browser.storage.local.get([...SETTING_KEYS]).then((raw: Record<string, unknown>) => applySettings(settingsFrom(raw)));
  });

  const rememberNotSpoiler = async (key: string) => {
    const raw = await browser.storage.local.get('notSpoilers');
    await browser.storage.local.set({ notSpoilers: withNotSpoiler(cleanNotSpoilers(raw.notSpoilers ?? {}), location.hostname, key) });
  };

  // Shadow roots attached after their host is in the page (see shadow-hook.ts): only a hint to look.
  document.addEventListener(
    SHADOW_ROOT_EVENT,
    (e) => {
      const host = e.composedPath()[0];
      const root = host instanceof Element ? host.shadowRoot : null;
      if (root) shield?.watchShadowRoot(root);
    },
    { capture: true },
  );

  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (!isToContent(message)) return undefined;
    const m: ToContent = message;
    switch (m.type) {
      case 'get-status': {
        if (!isTopFrame) return undefined;
        const status: ShieldStatus = {
          hostname: location.hostname,
          hiddenCount: shield?.hiddenCount ?? 0,
          pending: shield && ready ? shield.pending : 1,
          ready,
          showMentioned: tabMentioned || (shield?.showMentioned ?? false),
          revealingAll: shield?.revealingAll ?? false,
        };
        sendResponse(status);
        return undefined;
      }
      case 'reveal-all':
        shield?.revealAll();
        return undefined;
      case 'hide-again':
        shield?.hideAgain();
        return undefined;
      case 'show-mentioned':
        tabMentioned = true;
        shield?.setTabShowMentioned();
        return undefined;
    }
  });
}
