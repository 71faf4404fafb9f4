// The bench's pages, written as static HTML into a folder the bench serves:
// - show pages ("review-100k" …): articles with headlines, bylines and paragraphs, lists, and comment
//   threads under each article, where most comment text sits directly in a <div>; about 20% of the
//   passages reveal something after episode 1;
// - "plain-1m": a news page that never names the show;
// - "comments": a thread that appends 50 comments every 100 ms, recording when each one went in.
// Each passage's block carries data-bench-episode (its label) and, when it must be hidden at
// watched = 1, data-bench-spoiler; <html data-bench-spoilers="N"> says how many there are.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WATCHED, buildPool, catalogWords } from './pool.mjs';
import { NEWS_COMMENTS, NEWS_SENTENCES, capitalise, createRandom, createWordMaker, fill, fillerSlots } from './text.mjs';

export const KB = 1024;
export const MB = 1024 * 1024;

/** Share of passages that reveal something after episode 1. */
export const SPOILER_SHARE = 0.2;

const STYLE =
  'body{font:16px/1.55 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}' +
  '.byline,.meta{color:#666;font-size:.85em}.comment{border-top:1px solid #ddd;padding:.4em 0}' +
  '.replies{margin-left:1.5em}nav a{margin-right:.6em}';

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Collects what a page holds, as it is written. */
class PageText {
  constructor() {
    this.parts = [];
    this.textBytes = 0;
    this.passages = 0;
    this.spoilers = 0;
    this.episodeOne = 0;
    this.words = new Set();
  }

  raw(html) {
    this.parts.push(html);
  }

  /** Text that is not a passage (bylines, nav, meta lines). */
  text(text) {
    this.count(text);
    return escapeHtml(text);
  }

  count(text) {
    this.textBytes += Buffer.byteLength(text);
    for (const [w] of text.toLowerCase().matchAll(/\p{L}+/gu)) this.words.add(w);
  }

  /** Attributes for the block that holds `entry`, counted as a passage. */
  passage(entry) {
    this.passages++;
    this.count(entry.text);
    if (entry.spoiler) this.spoilers++;
    if (entry.episode === 1) this.episodeOne++;
    return ` data-bench-episode="${entry.episode}"${entry.spoiler ? ' data-bench-spoiler=""' : ''}`;
  }

  html() {
    return this.parts.join('');
  }
}

/** A passage's text as HTML, sometimes with one word in an inline element (a page's links and emphasis). */
function inlineHtml(text, random) {
  const words = [...text.matchAll(/\b[A-Za-z]{5,}\b/g)];
  if (words.length === 0 || !random.chance(0.3)) return escapeHtml(text);
  const w = random.pick(words);
  const tag = random.pick(['em', 'b', 'a']);
  const open = tag === 'a' ? '<a href="#top">' : `<${tag}>`;
  const end = w.index + w[0].length;
  return escapeHtml(text.slice(0, w.index)) + open + escapeHtml(w[0]) + `</${tag}>` + escapeHtml(text.slice(end));
}

/** Draws passages of one role, a spoiler with probability SPOILER_SHARE. */
function drawer(pool, random) {
  return (role, recap = false) => {
    const groups = pool[role];
    return random.pick(recap || random.chance(SPOILER_SHARE) ? groups.spoiler : groups.safe);
  };
}

/** One comment: a meta line, and the text directly in a <div> (most often) or in a <p> inside it. */
function commentHtml(page, entry, random, slots) {
  const meta = `<div class="meta"><a href="#top">${page.text(slots.user())}</a> · ${page.text(`${slots.n()} days ago`)}</div>`;
  const body = random.chance(0.65)
    ? `<div class="body"${page.passage(entry)}>${inlineHtml(entry.text, random)}</div>`
    : `<div class="body"><p${page.passage(entry)}>${inlineHtml(entry.text, random)}</p></div>`;
  return `<div class="comment">${meta}${body}</div>\n`;
}

function head(title, extra = '') {
  return `<!doctype html>\n<html lang="en"%SPOILERS%><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>${STYLE}</style>${extra}</head>\n`;
}

/** A show page of about `targetBytes` of text. */
export function showPageHtml({ pool, random, slots, targetBytes, title }) {
  const page = new PageText();
  const draw = drawer(pool, random);
  page.count(title);
  page.raw(`<body id="top"><header><h1>${page.text('Prison Cell 211')}</h1><nav>`);
  for (const item of ['Reviews', 'Recaps', 'Episode guide', 'Forum']) page.raw(`<a href="#top">${page.text(item)}</a>`);
  page.raw('</nav></header>\n<main>\n');
  while (page.textBytes < targetBytes) {
    const heading = draw('heading');
    // Under a headline that says it covers a later episode ("… finale recap"), the article is a recap
    // of it, as on a real page: all of it is drawn from passages that reveal something after WATCHED.
    // (Random safe paragraphs under such a headline would be a page no site writes, and the shield
    // rightly hides a section of a later episode whole.)
    const recap = (heading.scope ?? 0) > WATCHED;
    page.raw(`<article>\n<h2${page.passage(heading)}>${escapeHtml(heading.text)}</h2>\n`);
    page.raw(`<p class="byline">${page.text(`By ${capitalise(slots.brand().toLowerCase())} ${slots.town()} · ${slots.day()}`)}</p>\n`);
    const paragraphs = random.int(3, 8);
    for (let i = 0; i < paragraphs; i++) {
      const entry = draw('paragraph', recap);
      page.raw(`<p${page.passage(entry)}>${inlineHtml(entry.text, random)}</p>\n`);
    }
    if (random.chance(0.25)) {
      page.raw(`<ul>`);
      for (let i = random.int(2, 4); i > 0; i--) {
        const entry = draw('paragraph', recap);
        page.raw(`<li${page.passage(entry)}>${inlineHtml(entry.text, random)}</li>`);
      }
      page.raw(`</ul>\n`);
    }
    const comments = random.int(3, 12);
    page.raw(`<section class="comments"><h3>${page.text(`${comments} comments`)}</h3>\n`);
    for (let i = 0; i < comments; i++) {
      page.raw(commentHtml(page, draw('comment', recap), random, slots));
      if (random.chance(0.2)) {
        page.raw('<div class="replies">\n');
        for (let r = random.int(1, 3); r > 0; r--) page.raw(commentHtml(page, draw('comment', recap), random, slots));
        page.raw('</div>\n');
      }
    }
    page.raw('</section>\n</article>\n');
  }
  page.raw('</main>\n<footer><p>Fan site. Not affiliated with Netflix.</p></footer>\n</body></html>\n');
  const html = head(title).replace('%SPOILERS%', ` data-bench-spoilers="${page.spoilers}"`) + page.html();
  return { html, page };
}

/** A news page of about `targetBytes` of text that never names the show or any of its people. */
export function plainPageHtml({ random, slots, targetBytes }) {
  const page = new PageText();
  const town = slots.town();
  const title = `The ${town} Courier: local news`;
  page.count(title);
  page.raw(`<body id="top"><header><h1>${page.text(`The ${town} Courier`)}</h1></header>\n<main>\n`);
  while (page.textBytes < targetBytes) {
    page.raw(`<article>\n<h2>${page.text(fill(random.pick(NEWS_SENTENCES), slots).split(/[,.]/)[0])}</h2>\n`);
    for (let i = random.int(3, 7); i > 0; i--) {
      const sentences = Array.from({ length: random.int(2, 4) }, () => fill(random.pick(NEWS_SENTENCES), slots));
      const entry = { text: sentences.join(' '), spoiler: false, episode: 0 };
      page.raw(`<p${page.passage(entry)}>${inlineHtml(entry.text, random)}</p>\n`);
    }
    page.raw('<section class="comments">\n');
    for (let i = random.int(2, 8); i > 0; i--) {
      page.raw(commentHtml(page, { text: fill(random.pick(NEWS_COMMENTS), slots), spoiler: false, episode: 0 }, random, slots));
    }
    page.raw('</section>\n</article>\n');
  }
  page.raw('</main>\n</body></html>\n');
  const html = head(title).replace('%SPOILERS%', ' data-bench-spoilers="0"') + page.html();
  return { html, page };
}

/**
 * The live thread. Its own script appends `batch` comments every `everyMs` for `durationMs`
 * (from `?ms=` / `?batch=` when given), starting `startDelayMs` after load, and records in
 * `window.__benchComments.inserted[i]` the performance.now() right after comment i went in.
 */
function commentsDriver() {
  const data = JSON.parse(document.getElementById('bench-comments').textContent);
  const query = new URLSearchParams(location.search);
  const durationMs = Number(query.get('ms') ?? data.durationMs);
  const batch = Number(query.get('batch') ?? data.batch);
  const ticks = Math.round(durationMs / data.everyMs);
  const state = (window.__benchComments = { inserted: [], expected: Math.min(ticks * batch, data.comments.length), done: false });
  const build = (i) => {
    const [text, spoiler, episode, user, inParagraph] = data.comments[i];
    const comment = document.createElement('div');
    comment.className = 'comment';
    const meta = comment.appendChild(document.createElement('div'));
    meta.className = 'meta';
    meta.textContent = `${user} · just now`;
    const body = comment.appendChild(document.createElement('div'));
    body.className = 'body';
    const holder = inParagraph ? body.appendChild(document.createElement('p')) : body;
    holder.textContent = text;
    holder.setAttribute('data-bench-comment', String(i));
    holder.setAttribute('data-bench-episode', String(episode));
    if (spoiler) holder.setAttribute('data-bench-spoiler', '');
    return comment;
  };
  const start = () => {
    const thread = document.getElementById('thread');
    let next = 0;
    let tick = 0;
    const timer = setInterval(() => {
      const fragment = document.createDocumentFragment();
      const first = next;
      for (let k = 0; k < batch && next < state.expected; k++) fragment.appendChild(build(next++));
      thread.appendChild(fragment);
      const at = performance.now();
      for (let i = first; i < next; i++) state.inserted[i] = at;
      if (++tick >= ticks || next >= state.expected) {
        clearInterval(timer);
        state.done = true;
      }
    }, data.everyMs);
  };
  addEventListener('load', () => setTimeout(start, data.startDelayMs), { once: true });
}

/** The live-thread page: a few comments at first, then the driver's batches. */
export function commentsPageHtml({ pool, random, slots, durationMs = 5000, batch = 50, everyMs = 100, startDelayMs = 500 }) {
  const draw = drawer(pool, random);
  const count = Math.round(durationMs / everyMs) * batch;
  const page = new PageText();
  const comments = Array.from({ length: count }, () => {
    const entry = draw('comment');
    page.passage(entry); // counted with the page: it will be there once the thread has run
    return [entry.text, entry.spoiler ? 1 : 0, entry.episode, slots.user(), random.chance(0.35) ? 1 : 0];
  });
  const data = JSON.stringify({ comments, durationMs, batch, everyMs, startDelayMs }).replace(/</g, '\\u003c');
  const title = 'Prison Cell 211 — live episode thread';
  page.count(title);
  page.raw(`<body id="top"><h1>${page.text(title)}</h1>\n<div id="thread">\n`);
  for (let i = 0; i < 10; i++) page.raw(commentHtml(page, draw('comment'), random, slots));
  page.raw('</div>\n</body></html>\n');
  const extra =
    `<script type="application/json" id="bench-comments">${data}</script>` +
    `<script>(${commentsDriver.toString()})()</script>`;
  const appended = { count, spoilers: comments.filter((c) => c[1]).length };
  const initialSpoilers = page.spoilers - appended.spoilers;
  const html = head(title, extra).replace('%SPOILERS%', ` data-bench-spoilers="${initialSpoilers}"`) + page.html();
  return { html, page, appended };
}

/**
 * Writes the pages into `dir` and describes each: name, kind, file, sizes, passages and spoilers.
 * @param {string} dir
 * @param {{ seed?: number, sizes?: { name: string, bytes: number }[], plainBytes?: number | null,
 *   comments?: { durationMs: number } | null }} [options]
 */
export function writePages(dir, { seed = 211, sizes = DEFAULT_SIZES, plainBytes = MB, comments = { durationMs: 5000 } } = {}) {
  const { pool, stats } = buildPool({ seed });
  const pages = [];
  const describe = (name, kind, { html, page }, more = {}) => {
    const file = `${name}.html`;
    writeFileSync(join(dir, file), html);
    pages.push({
      name,
      kind,
      file,
      htmlBytes: Buffer.byteLength(html),
      textBytes: page.textBytes,
      passages: page.passages,
      spoilers: page.spoilers,
      episodeOne: page.episodeOne,
      distinctWords: page.words.size,
      ...more,
    });
  };
  // One random source per page, so adding a page does not change the others.
  const sourcesFor = (index) => {
    const random = createRandom(seed * 7919 + index);
    return { random, slots: fillerSlots(random, createWordMaker(random, catalogWords())) };
  };
  sizes.forEach(({ name, bytes }, i) => {
    const { random, slots } = sourcesFor(i);
    describe(name, 'show', showPageHtml({ pool, random, slots, targetBytes: bytes, title: `Prison Cell 211: reviews, recaps and comments` }));
  });
  if (plainBytes) {
    const { random, slots } = sourcesFor(100);
    describe('plain-1m', 'plain', plainPageHtml({ random, slots, targetBytes: plainBytes }));
  }
  if (comments) {
    const { random, slots } = sourcesFor(200);
    const built = commentsPageHtml({ pool, random, slots, durationMs: comments.durationMs });
    describe('comments', 'comments', built, { appended: built.appended, durationMs: comments.durationMs });
  }
  return { pages, pool: stats, watched: WATCHED };
}

export const DEFAULT_SIZES = [
  { name: 'review-100k', bytes: 100 * KB },
  { name: 'review-1m', bytes: MB },
  { name: 'review-4m', bytes: 4 * MB },
];
