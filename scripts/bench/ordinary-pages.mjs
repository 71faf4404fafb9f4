// The ordinary-pages tier (issue 14): static pages that are not about the show, written into the
// folder the bench serves.
// - "wiki": an encyclopedia article of ~130,000 characters of text, with an infobox, a contents box,
//   many sections, data tables, inline citations and a long list of references;
// - "news": a front page of 60 teasers with 24 scripts and 30 frames: 20 empty about:blank ones (trackers, empty ad
//   slots) and 10 small ad-like frames, 5 srcdoc and 5 same-origin documents;
// - "forum": a thread of 80 posts with quotes, signatures and a pager;
// - "tiny": fewer than 60 elements;
// - "blank-frames": the tiny page plus 20 empty about:blank frames (cost per frame = this − tiny).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogWords } from './pool.mjs';
import { FORUM_POSTS, NEWS_HEADLINES, SIGNATURES, WIKI_SENTENCES, ordinarySlots } from './ordinary-text.mjs';
import { NEWS_SENTENCES, capitalise, createRandom, createWordMaker, fill } from './text.mjs';
import { newsScripts } from './ordinary-scripts.mjs';

export const ORDINARY_PAGES = ['wiki', 'news', 'forum', 'tiny', 'blank-frames'];
/** Empty about:blank frames on the news page and on blank-frames. */
export const BLANK_FRAMES = 20;
const AD_FRAMES = 10;
/** The article's text before its references (about 40,000 characters more): ~130,000 in all. */
const WIKI_SECTIONS_CHARS = 90_000;

const esc = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Collects HTML, and counts the visible text it writes. */
class Html {
  parts = [];
  chars = 0;
  raw(html) {
    this.parts.push(html);
    return this;
  }
  /** Escaped text, counted. */
  t(text) {
    this.chars += text.length;
    return esc(text);
  }
  toString() {
    return this.parts.join('');
  }
}

const doc = (title, head, body) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>${esc(title)}</title>${head}</head>\n<body>${body}</body></html>\n`;

function sources(seed) {
  const random = createRandom(seed);
  return { random, slots: ordinarySlots(random, createWordMaker(random, catalogWords())) };
}

/** A paragraph of 3–6 sentences of one theme, with a citation now and then. */
function wikiParagraph(h, random, slots, theme, cite) {
  const sentences = [];
  for (let i = random.int(3, 6); i > 0; i--) {
    let s = h.t(fill(random.pick(WIKI_SENTENCES[theme]), slots));
    if (random.chance(0.25)) s = s.replace(/\b(\w{6,})\b/, (w) => `<a href="#${w}">${w}</a>`);
    if (random.chance(0.35)) s += cite();
    sentences.push(s);
  }
  return `<p>${sentences.join(' ')}</p>\n`;
}

function wikiTable(h, random, slots, caption, header, rows, cell) {
  const out = [`<table class="wikitable"><caption>${h.t(caption)}</caption><tr>${header.map((c) => `<th>${h.t(c)}</th>`).join('')}</tr>`];
  for (let r = 0; r < rows; r++) out.push(`<tr>${header.map((_, c) => `<td>${h.t(cell(r, c))}</td>`).join('')}</tr>`);
  return out.join('') + '</table>\n';
}

const WIKI_SECTIONS = [
  ['Geography', 'geography', ['Location', 'Relief and geology', 'Rivers and lakes']],
  ['Climate', 'climate', []],
  ['History', 'history', ['Prehistory', 'Middle Ages', 'Early modern period', 'Nineteenth century', 'Twentieth century']],
  ['Population', 'society', ['Settlements', 'Religion']],
  ['Economy', 'economy', ['Agriculture', 'Industry', 'Tourism']],
  ['Transport', 'society', []],
  ['Culture', 'culture', ['Architecture', 'Cuisine', 'Festivals', 'Dialect']],
  ['Education and health', 'society', []],
  ['Sport', 'society', []],
];

export function wikiPageHtml(seed) {
  const { random, slots } = sources(seed);
  const h = new Html();
  const name = `${slots.town()} Valley`;
  let refs = 0;
  const cite = () => `<sup class="reference"><a href="#cite-${++refs}">[${refs}]</a></sup>`;
  h.raw(`<div id="content"><h1>${h.t(name)}</h1><div class="hatnote">${h.t(`For the village, see ${slots.town()}.`)}</div>\n`);
  h.raw('<table class="infobox">');
  for (const [k, v] of [['Country', slots.town()], ['Length', `${slots.km()} km`], ['Area', `${slots.big()} km²`], ['Population', slots.big()], ['Highest point', `${slots.big()} m`], ['Main town', slots.town()]]) {
    h.raw(`<tr><th>${h.t(k)}</th><td>${h.t(v)}</td></tr>`);
  }
  h.raw('</table>\n');
  h.raw(wikiParagraph(h, random, slots, 'geography', cite) + wikiParagraph(h, random, slots, 'history', cite));
  h.raw(`<p>${h.t(`Under the governor Juan ${slots.surname()} the valley road was paved in ${slots.year()}, and the district took its present borders.`)}</p>\n`);
  h.raw(`<div id="toc"><h2>${h.t('Contents')}</h2><ol>${WIKI_SECTIONS.map(([t]) => `<li><a href="#${t}">${h.t(t)}</a></li>`).join('')}</ol></div>\n`);
  // Sections until the article has its length, then the references.
  for (let round = 0; h.chars < WIKI_SECTIONS_CHARS; round++) {
    for (const [title, theme, subs] of WIKI_SECTIONS) {
      if (h.chars >= WIKI_SECTIONS_CHARS) break;
      h.raw(`<h2 id="${title}${round || ''}">${h.t(round ? `${title} (${slots.town()})` : title)}<span class="edit">[<a href="#edit">${h.t('edit')}</a>]</span></h2>\n`);
      for (const sub of ['', ...subs]) {
        if (sub) h.raw(`<h3>${h.t(sub)}</h3>\n`);
        for (let p = random.int(2, 4); p > 0; p--) h.raw(wikiParagraph(h, random, slots, theme, cite));
      }
      if (theme === 'climate') h.raw(wikiTable(h, random, slots, `Climate data for ${slots.town()}`, ['Month', 'Mean high °C', 'Mean low °C', 'Rain mm', 'Sun hours'], 12, (r, c) => (c === 0 ? slots.month() : String(random.int(-5, 260)))));
      if (theme === 'society') h.raw(wikiTable(h, random, slots, 'Municipalities', ['Municipality', 'Population', 'Area km²', 'Elevation m'], 16, (r, c) => (c === 0 ? slots.town() : slots.big())));
      if (theme === 'economy') h.raw(wikiTable(h, random, slots, 'Employment by sector', ['Year', 'Farming %', 'Industry %', 'Services %'], 8, (r, c) => (c === 0 ? slots.year() : slots.pct())));
    }
  }
  h.raw(`<h2 id="references">${h.t('References')}</h2><ol class="references">\n`);
  for (let i = 1; i <= refs; i++) {
    h.raw(`<li id="cite-${i}"><a href="#ref">^</a> <cite>${h.t(`${slots.surname()}, ${slots.person().split(' ')[0][0]}. (${slots.year()}). "${capitalise(fill(random.pick(WIKI_SENTENCES.history), slots).split(/[,;.]/)[0].toLowerCase())}". ${slots.journal()}. ${slots.n()}: ${slots.big()}–${slots.big()}.`)}</cite></li>\n`);
  }
  h.raw('</ol>\n');
  h.raw(`<div class="navbox">${Array.from({ length: 40 }, () => `<a href="#nav">${h.t(slots.town())}</a>`).join(' · ')}</div>`);
  h.raw(`<div id="catlinks">${h.t('Categories: ')}${Array.from({ length: 8 }, () => `<a href="#cat">${h.t(`Valleys of ${slots.town()}`)}</a>`).join(' | ')}</div></div>`);
  const head =
    '<style>body{font:15px/1.6 sans-serif;margin:0 auto;max-width:60em;padding:1em}.infobox{float:right;margin:0 0 1em 1em;border:1px solid #aaa}' +
    '.wikitable{border-collapse:collapse;margin:1em 0}.wikitable td,.wikitable th{border:1px solid #aaa;padding:.2em .4em}sup{font-size:.75em}.edit{font-size:.6em;margin-left:1em}</style>' +
    '<script>window.pageConfig={wgPageName:"Valley",wgRevisionId:1234567,wgUserLanguage:"en"};</script>';
  return { html: doc(name, head, h.toString()), chars: h.chars, frames: 0 };
}

/** An ad-like frame's document: a box with a line of text and a link. */
function adDoc(random, slots, i) {
  return doc(`ad ${i}`, '<style>body{margin:0;font:13px sans-serif;background:#f4f4f4}a{display:block;padding:8px}</style>', `<a href="#ad">${esc(`${slots.town()} ${random.pick(['Outdoor', 'Kitchens', 'Insurance', 'Travel'])}: ${slots.n()}% off this ${slots.month()}`)}</a><script>window.adSlot=${i};</script>`);
}

export function newsPageHtml(seed, write) {
  const { random, slots } = sources(seed);
  const h = new Html();
  const town = slots.town();
  // One frame after each article: empty about:blank ones (a hidden tracker, or an ad slot not filled
  // yet), then srcdoc and same-origin ads, in a shuffled order.
  const frames = [];
  for (let i = 0; i < BLANK_FRAMES; i++) {
    frames.push(i % 2 ? '<iframe src="about:blank" width="0" height="0" style="display:none"></iframe>' : '<iframe width="300" height="250" title="advertisement"></iframe>');
  }
  for (let k = 0; k < AD_FRAMES; k++) {
    if (k % 2 === 0) frames.push(`<iframe width="300" height="60" title="ad" srcdoc="${esc(adDoc(random, slots, k))}"></iframe>`);
    else {
      write(`news-ad-${k}.html`, adDoc(random, slots, k));
      frames.push(`<iframe width="300" height="60" title="ad" src="news-ad-${k}.html"></iframe>`);
    }
  }
  for (let i = frames.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [frames[i], frames[j]] = [frames[j], frames[i]];
  }
  h.raw(`<header><h1>${h.t(`The ${town} Gazette`)}</h1><nav>${['News', 'Sport', 'Business', 'Culture', 'Weather', 'Opinion'].map((s) => `<a href="#${s}">${h.t(s)}</a>`).join(' ')}</nav></header><main>\n`);
  for (let i = 0; i < 60; i++) {
    h.raw(`<article><h2><a href="#a${i}">${h.t(fill(random.pick(NEWS_HEADLINES), slots))}</a></h2>`);
    h.raw(`<p class="teaser">${h.t(`${fill(random.pick(NEWS_SENTENCES), slots)} ${fill(random.pick(NEWS_SENTENCES), slots)}`)}</p><p class="meta">${h.t(`${slots.n()} min read · ${slots.n()} comments`)}</p></article>\n`);
    if (i < frames.length) h.raw(frames[i] + '\n');
  }
  h.raw(`</main><footer><p>${h.t(`© ${slots.year()} ${town} Gazette. All rights reserved.`)}</p></footer>`);
  const { head, tail } = newsScripts(write);
  const style = '<style>body{font:16px/1.5 Georgia,serif;max-width:70em;margin:0 auto;padding:1em}article{border-bottom:1px solid #ddd;padding:.5em 0}.meta{color:#777;font-size:.8em}</style>';
  return { html: doc(`The ${town} Gazette`, style + head, h.toString() + tail), chars: h.chars, frames: frames.length };
}

export function forumPageHtml(seed) {
  const { random, slots } = sources(seed);
  const h = new Html();
  h.raw(`<div class="crumbs"><a href="#">${h.t('Forums')}</a> › <a href="#">${h.t('Maintenance and repair')}</a></div><h1>${h.t('Creak under load, only when standing: where do I start?')}</h1>\n`);
  const users = Array.from({ length: 24 }, (_, i) => (i === 3 ? 'Juan_M' : i === 7 ? 'helena.k' : slots.user()));
  const posts = [];
  for (let i = 0; i < 80; i++) {
    const user = random.pick(users);
    const quote = i > 0 && random.chance(0.3) ? `<blockquote><cite>${h.t(`${random.pick(users)} said:`)}</cite>${h.t(fill(random.pick(FORUM_POSTS), slots))}</blockquote>` : '';
    const body = Array.from({ length: random.int(1, 3) }, () => `<p>${h.t(fill(random.pick(FORUM_POSTS), slots))}</p>`).join('');
    posts.push(
      `<div class="post" id="p${i}"><div class="author"><span class="avatar">${h.t(user[0].toUpperCase())}</span><a href="#u">${h.t(user)}</a><span class="rank">${h.t(`${slots.big()} posts`)}</span></div>` +
        `<div class="content"><div class="date">${h.t(`${slots.n()} ${slots.month()} ${slots.year()}`)} · <a href="#p${i}">#${i + 1}</a></div>${quote}${body}` +
        `<div class="sig">${h.t(fill(random.pick(SIGNATURES), slots))}</div><div class="actions"><button>${h.t('Like')}</button><button>${h.t('Quote')}</button><button>${h.t('Report')}</button></div></div></div>\n`,
    );
  }
  h.raw(posts.join(''));
  h.raw(`<div class="pager">${Array.from({ length: 6 }, (_, i) => `<a href="#page${i + 1}">${i + 1}</a>`).join(' ')}</div>`);
  const head = '<style>body{font:14px/1.5 sans-serif;max-width:64em;margin:0 auto}.post{display:flex;border:1px solid #ddd;margin:.5em 0}.author{width:10em;padding:.5em;background:#f6f6f6}.content{flex:1;padding:.5em}blockquote{border-left:3px solid #ccc;margin:.5em 0;padding-left:.5em;color:#555}.sig{color:#888;font-size:.85em;border-top:1px dashed #ddd}</style>';
  return { html: doc('Creak under load, only when standing — Bike Forums', head, h.toString()), chars: h.chars, frames: 0 };
}

export function tinyPageHtml(seed, { blankFrames = 0 } = {}) {
  const { slots } = sources(seed);
  const h = new Html();
  const name = slots.person().replace(/^(Juan|Helena) /, 'Anna ');
  h.raw(`<h1>${h.t(name)}</h1><p>${h.t(`Furniture maker in ${slots.town()}. I build tables, shelves and the odd chair from local oak and walnut.`)}</p>`);
  h.raw(`<ul>${['Workshop', 'Recent pieces', 'Commissions', 'Contact'].map((s) => `<li><a href="#${s}">${h.t(s)}</a></li>`).join('')}</ul>`);
  h.raw(`<p>${h.t('Open Tuesday to Saturday, or by appointment.')}</p><footer>${h.t(`© ${slots.year()}`)}</footer>`);
  for (let i = 0; i < blankFrames; i++) h.raw('<iframe src="about:blank" width="0" height="0" style="display:none"></iframe>');
  return { html: doc(name, '<style>body{font:16px/1.5 sans-serif;margin:2em}</style>', h.toString()), chars: h.chars, frames: blankFrames };
}

/**
 * Writes the ordinary pages into `dir`. Returns one description per page: name, file, sizes,
 * element and frame counts, and which of the catalog's words its text holds (the gate looks for them).
 */
export function writeOrdinaryPages(dir, { seed = 14 } = {}) {
  const write = (file, html) => writeFileSync(join(dir, file), html);
  const built = {
    wiki: wikiPageHtml(seed),
    news: newsPageHtml(seed + 1, write),
    forum: forumPageHtml(seed + 2),
    tiny: tinyPageHtml(seed + 3),
    'blank-frames': tinyPageHtml(seed + 3, { blankFrames: BLANK_FRAMES }),
  };
  const catalog = catalogWords();
  return ORDINARY_PAGES.map((name) => {
    const { html, chars, frames } = built[name];
    const file = `ordinary-${name}.html`;
    write(file, html);
    const words = html.replace(/<[^>]*>/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
    const hits = {};
    for (const w of words) if (catalog.has(w)) hits[w] = (hits[w] ?? 0) + 1;
    return { name, kind: 'ordinary', file, htmlBytes: Buffer.byteLength(html), textChars: chars, elements: (html.match(/<[a-z]/g) ?? []).length, frames, catalogWordHits: hits };
  });
}
