/**
 * `vite-node scripts/bench/heading-scope.ts -- FILE`: for each headline in FILE (one a line), the
 * episode the shield's own regions (src/shield/regions.ts) say an article under it covers, 0 when
 * none, one number a line. The bench (pages.mjs) writes an article under a headline that covers a
 * later episode as a recap of it: every passage in it is a spoiler, as on a real page.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { shippedCatalog } from '../../src/catalog/compiled';
import { Verdict } from '../../src/decide/verdict';
import { Regions } from '../../src/shield/regions';

const TITLE = 'Prison Cell 211: reviews, recaps and comments';
const PROBE = 'The men wait in the yard while the light goes down over the walls.';
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const headlines = readFileSync(process.argv[process.argv.length - 1]!, 'utf8').split('\n').filter((l) => l.trim() !== '');
const verdict = new Verdict(shippedCatalog(), { t: (key: string) => key });
const window = new Window();
const doc = window.document as unknown as Document;
const out: number[] = [];
headlines.forEach((headline) => {
  doc.title = TITLE;
  doc.body.innerHTML =
    `<header><h1>Prison Cell 211</h1><nav><a href="#top">Reviews</a></nav></header>` +
    `<main><article><h2>${escapeHtml(headline)}</h2><p id="probe">${PROBE}</p></article></main>`;
  const regions = new Regions(doc, {
    namesShow: (text) => verdict.namesShow(text),
    lastEpisode: () => verdict.lastEpisode,
    questionEpisode: (text) => verdict.latestEpisodeIn(text),
  });
  out.push(regions.scopeOf(doc.getElementById('probe')!, false)?.episode ?? 0);
});
void window.happyDOM.close();
process.stdout.write(out.join('\n') + '\n');
