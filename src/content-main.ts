/**
 * Connects the shield to the extension: settings from storage, the reader's
 * clicks, the popup's status request and the badge count. Called by the content
 * script entry point with WXT's context, which owns every listener and timer.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { shippedCatalog } from './catalog/compiled';
import { isToContent, type FromContent, type ShieldStatus } from './messages';
import { isShieldOn, readSettings, rememberNotSpoiler, watchSettings, type Settings } from './settings';
import { siteKey } from './site';
import { Shield } from './shield/shield';
import { listenForReveals } from './shield/reveal';

export function runContentScript(ctx: ContentScriptContext): void {
  const isTopFrame = window === window.top;
  const shield = new Shield(document, shippedCatalog(), {
    // Before the next paint when the tab is visible; a hidden tab paints nothing, so a timeout will do.
    schedule: (work) => {
      if (document.visibilityState === 'visible') ctx.requestAnimationFrame(() => work());
      else ctx.setTimeout(work, 0);
    },
    onHiddenCountChange: (count) => {
      if (!isTopFrame) return;
      const message: FromContent = { type: 'hidden-count', count };
      browser.runtime.sendMessage(message).catch(() => {
        // No listener (the popup is closed and the worker asleep): the count is asked for again when needed.
      });
    },
  });
  shield.start();
  let watched = 0;
  const card = listenForReveals(document, shield, {
    trustedOnly: true,
    listen: (target, type, handler) => ctx.addEventListener(target, type, handler, { capture: true }),
    onNotSpoiler: (key) => void rememberNotSpoiler(location.hostname, key),
    progressText: () =>
      watched === 0 ? "Hidden because you haven't started the show." : `Hidden because you've watched up to episode ${watched}.`,
  });

  let ready = false;
  const applySettings = (s: Settings) => {
    ready = true;
    watched = s.watchedEpisode;
    shield.apply(isShieldOn(s, location.hostname), s.watchedEpisode, s.notSpoilers[siteKey(location.hostname)] ?? []);
  };
  void readSettings().then(applySettings);
  const unwatch = watchSettings(applySettings);

  const onMessage = (message: unknown): Promise<ShieldStatus> | undefined => {
    if (!isToContent(message) || !isTopFrame) return undefined;
    return Promise.resolve({
      hostname: location.hostname,
      hiddenCount: shield.hiddenCount,
      pending: ready ? shield.pending : Math.max(1, shield.pending),
      ready,
      showMentioned: shield.showMentioned,
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    card.destroy();
    shield.stop();
  });
}
