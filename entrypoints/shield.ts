// The shield's stylesheet, adopted where it loads (the manifest's is the first-paint hold alone: issue 14).
import css from '@/src/content/shield.css?inline';
import { runContentScript } from '@/src/content/index';

// The shield, loaded by the gate (entrypoints/gate.ts) into a frame that names a followed show.
export default defineUnlistedScript(() => {
  runContentScript({ css });
});
