import { browser } from 'wxt/browser';
import { startGate, type GateApi } from '@/src/content/gate';
import { SHADOW_ROOT_EVENT } from '@/src/shield/shadow-hook';

// The only script of ours in every frame (listed in the manifest by wxt.config.ts): see src/content/gate.ts.
// The words are built in from the shipped show packs (wxt.config.ts, src/content/gate-words.ts).
export default defineUnlistedScript(() => {
  const words = __SPOILER_SHIELD_GATE__;
  startGate(document, window, {
    strict: words.strict,
    broad: words.broad,
    api: browser as unknown as GateApi,
    shadowRootEvent: SHADOW_ROOT_EVENT,
    // The shield runs in this frame's isolated world, like the gate (a web-accessible module of ours).
    load: () => import(/* @vite-ignore */ browser.runtime.getURL('/shield.js')),
  });
});
