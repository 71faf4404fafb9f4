import './style.css';
import { runContentScript } from '@/src/content-main';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  // WXT would otherwise announce itself to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx),
});
