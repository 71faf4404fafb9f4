import { startGate, type GateApi } from '@/src/content/gate';
import { SHADOW_ROOT_EVENT } from '@/src/shield/shadow-hook';

/** The extension API (Firefox's `browser`, else Chromium's `chrome`), looked up only when the gate needs it. */
function extensionApi(): GateApi & { runtime: { getURL(path: string): string } } {
  const g = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome: unknown };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as GateApi & { runtime: { getURL(path: string): string } };
}

// The only script of ours in every frame (listed in the manifest by wxt.config.ts): see src/content/gate.ts.
// The words are built in from the shipped show packs (wxt.config.ts, src/content/gate-words.ts). It imports
// nothing from wxt/browser, which touches the extension API in every frame at once.
export default defineUnlistedScript(() => {
  startGate(document, window, {
    words: __SPOILER_SHIELD_GATE__,
    api: extensionApi,
    shadowRootEvent: SHADOW_ROOT_EVENT,
    // The shield runs in this frame's isolated world, like the gate (a web-accessible module of ours).
    load: () => import(/* @vite-ignore */ extensionApi().runtime.getURL('/shield.js')),
  });
});
