import css from './content.css?inline';
import { runContentScript } from '@/src/content/index';

// The shield, loaded by the gate (entrypoints/gate.ts) into a frame that names a followed show.
export default defineUnlistedScript(() => {
  runContentScript({ css });
});
