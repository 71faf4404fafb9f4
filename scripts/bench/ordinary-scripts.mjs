// The news page's own scripts (ordinary-pages.mjs): what a front page carries besides its text —
// a configuration object, consent and analytics stubs, structured data, a few same-origin libraries
// that define functions and build small objects, and a deferred widget that adds a "most read" box
// after the page is parsed (so the shield also sees the page change). Their work is the same in every
// variant of the bench; they are there because real pages are not only text.

const INLINE = [
  'window.dataLayer=window.dataLayer||[];dataLayer.push({event:"pageview",section:"front",ts:Date.now()});',
  'window.siteConfig={edition:"local",paywall:false,abTests:{headline:"B",layout:"grid"},adSlots:["top","side","mid"]};',
  '(function(){var c=document.cookie.split(";").map(function(p){return p.trim().split("=")});window.consent={given:c.some(function(p){return p[0]==="consent"})};})();',
  'window.perfMarks=[];window.mark=function(n){perfMarks.push([n,performance.now()])};mark("head");',
  '(function(){var q=[];window.adQueue={push:function(f){q.push(f)},run:function(){while(q.length)q.shift()()}};})();',
  'window.fontsLoaded=false;document.fonts&&document.fonts.ready.then(function(){window.fontsLoaded=true});',
];

/** A same-origin library: a few functions, a lookup table, a little work at load. */
function library(i) {
  const table = Array.from({ length: 200 }, (_, k) => `"k${i}_${k}":${(k * 7919 + i) % 1000}`).join(',');
  return `/* news-lib-${i}.js */
(function(global){
  var table={${table}};
  function format(n){return n<10?"0"+n:String(n)}
  function slug(t){return String(t).toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(/^-|-$/g,"")}
  function sum(){var s=0;for(var k in table)s+=table[k];return s}
  function debounce(f,ms){var t;return function(){clearTimeout(t);var a=arguments;t=setTimeout(function(){f.apply(null,a)},ms)}}
  global.newsLib${i}={format:format,slug:slug,total:sum(),debounce:debounce};
})(window);
`;
}

function mostRead() {
  addEventListener('DOMContentLoaded', () => {
    const box = document.createElement('aside');
    box.className = 'most-read';
    const title = box.appendChild(document.createElement('h2'));
    title.textContent = 'Most read';
    const list = box.appendChild(document.createElement('ol'));
    for (const a of [...document.querySelectorAll('article h2 a')].slice(0, 10)) {
      const li = list.appendChild(document.createElement('li'));
      li.appendChild(document.createElement('a')).textContent = a.textContent;
    }
    document.querySelector('main').prepend(box);
    window.mark?.('most-read');
  });
}

/** Writes the libraries with `write(file, text)`; returns the HTML for the head and for the end of the body. */
export function newsScripts(write) {
  const libraries = [];
  for (let i = 0; i < 12; i++) {
    write(`news-lib-${i}.js`, library(i));
    libraries.push(`<script src="news-lib-${i}.js"${i < 4 ? '' : ' defer'}></script>`);
  }
  const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: 'Gazette', url: 'https://example.org/' });
  const head =
    INLINE.map((code) => `<script>${code}</script>`).join('') +
    libraries.slice(0, 4).join('') +
    `<script type="application/ld+json">${jsonLd}</script>` +
    `<script>(${mostRead.toString()})()</script>`;
  const tail = libraries.slice(4).join('') + '<script>window.adQueue.run();window.mark("end")</script>' + '<script>window.mark("tail")</script>'.repeat(3);
  return { head, tail, count: INLINE.length + libraries.length + 6 };
}
