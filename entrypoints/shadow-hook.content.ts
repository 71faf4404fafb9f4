import { installShadowHook } from '@/src/shield/shadow-hook';
import { installTamperHook } from '@/src/shield/tamper-hook';

// Runs in the page's own world, before the page's scripts: see src/shield/shadow-hook.ts and tamper-hook.ts.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  world: 'MAIN',
  main: () => {
    installShadowHook(window);
    installTamperHook(window);
  },
});
