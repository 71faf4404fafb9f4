import './style.css';
import css from './style.css?inline';
import { runContentScript } from '@/src/content/index';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  // WXT would otherwise announce itself to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main: () => {
    runContentScript({ css });
  },
});
