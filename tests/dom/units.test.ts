// @vitest-environment happy-dom
// Units (src/shield/units.ts, unit-text.ts, unit-reader.ts): a comment, a post, a card, a video tile
// or a table row that reveals anything past the reader's progress is hidden whole — every block in
// it and its pictures marked, all of its text painted over — and restored exactly. (Headings here name
// no episode, so that what is tested is the units; a region's episode scope is tested in regions.test.ts.)
import { shippedCatalog } from '@/src/catalog/compiled';
import { Shield } from '@/src/shield/shield';
import { listenForReveals } from '@/src/shield/reveal/reveal';
import { MAX_UNIT_TEXT, UnitFinder } from '@/src/shield/units';
import type { Grown } from '@/src/shield/changes';
import { tEn } from '../helpers/i18n';
import { startShield } from '../helpers/dom-shield';

// happy-dom has no CSS Custom Highlight API: a registry with the same surface lets the tests read what
// the shield paints over. (happy-dom's window.CSS is a new object at each read, so it is pinned first.)
class FakeHighlight extends Set<AbstractRange> {}
const registry = new Map<string, FakeHighlight>();
const css = Object.defineProperty(window.CSS, 'highlights', { value: registry, configurable: true });
Object.defineProperty(window, 'CSS', { value: css, configurable: true });
Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });

const tick = () => new Promise((r) => setTimeout(r, 0));
const $ = (id: string) => document.getElementById(id)!;
const state = (id: string) => $(id).getAttribute('data-spoiler-shield');
const episode = (id: string) => $(id).getAttribute('data-spoiler-episode');
/** Every element carrying a shield mark, as id:state:episode. */
const marked = () =>
  [...document.querySelectorAll('[data-spoiler-shield]')].map(
    (el) => `${el.id || el.tagName.toLowerCase()}:${el.getAttribute('data-spoiler-shield')}:${el.getAttribute('data-spoiler-episode')}`,
  );
/** The text the highlight paints over, in document order. */
const painted = () =>
  [...(registry.get('spoiler-shield') ?? [])].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString().replace(/\s+/g, ' ').trim();
  });

const THREAD = `
  <main>
    <h1>Prison Cell 211 - discussion</h1>
    <p id="op">Episodes 1 to 3 can be discussed freely; later ones go in spoiler tags.</p>
    <div class="comments">
      <div class="comment" id="c1">
        <div class="author" id="c1-author">kestrel_kid <span class="meta">· 2d</span></div>
        <p id="c1-p1">I was not ready for the last episode at all.</p>
        <p id="c1-p2">Helena dies and the baby with her. I cried for an hour.</p>
        <img id="c1-avatar" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
      </div>
      <div class="comment" id="c2">
        <div class="author" id="c2-author">lupita <span class="meta">· 1d</span></div>
        <p id="c2-p1">Diego Calva is incredible in this, I binged all six in one night.</p>
      </div>
    </div>
  </main>`;

let shield: Shield;
async function shieldPage(html: string, watched = 0) {
  shield = await startShield(html, watched);
}

afterEach(() => shield?.stop());

describe('a comment', () => {
  it('is hidden whole: the comment, every block in it and its avatar, all its text painted over', async () => {
    await shieldPage(THREAD);
    expect(marked()).toEqual(['c1:hidden:5', 'c1-author:hidden:5', 'c1-p1:hidden:5', 'c1-p2:hidden:5', 'c1-avatar:hidden:5']);
    expect(shield.hiddenCount).toBe(1);
    expect(painted().join(' ')).toBe($('c1').textContent!.replace(/\s+/g, ' ').trim());
    // One passage: the comment is what takes the focus and names the episode.
    expect($('c1').getAttribute('tabindex')).toBe('0');
    expect($('c1').getAttribute('aria-label')).toMatch(/episode 5/);
    expect($('c1-p2').hasAttribute('tabindex')).toBe(false);
    expect(state('c2')).toBeNull();
  });

  it('is revealed whole by a click on any of it, and restored exactly when the shield goes off', async () => {
    await shieldPage(THREAD);
    // While hidden, the page is its own but for the shield's attributes: no text or node changed.
    expect(document.body.innerHTML.replace(/ (data-spoiler-[a-z]+|tabindex|role|aria-label)="[^"]*"/g, '')).toBe(THREAD);
    const controller = new AbortController();
    listenForReveals(document, shield, {
      trustedOnly: false,
      t: tEn,
      listen: (target, type, handler) => target.addEventListener(type, handler, { capture: true, signal: controller.signal }),
    });
    $('c1-author').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(marked()).toEqual(['c1:revealed:5', 'c1-author:revealed:5', 'c1-p1:revealed:5', 'c1-p2:revealed:5', 'c1-avatar:revealed:5']);
    expect(painted()).toEqual([]);
    expect($('c1').hasAttribute('tabindex')).toBe(false);
    shield.hideAgain();
    expect(state('c1-p1')).toBe('hidden');
    shield.apply(false, 0);
    controller.abort();
    expect(marked()).toEqual([]);
    expect(document.body.innerHTML).toBe(THREAD);
  });

  it('follows the progress, and a change of progress restores it exactly', async () => {
    await shieldPage(THREAD, 4);
    expect(state('c1')).toBe('hidden');
    shield.apply(true, 5);
    expect(marked()).toEqual([]);
    expect(document.body.innerHTML).toBe(THREAD);
  });

  it('Reveal all shows it, Hide again hides it whole again', async () => {
    await shieldPage(THREAD);
    shield.revealAll();
    expect(state('c1')).toBe('revealed');
    expect(state('c1-avatar')).toBe('revealed');
    expect(painted()).toEqual([]);
    shield.hideAgain();
    expect(marked()).toContain('c1-avatar:hidden:5');
    expect(shield.hiddenCount).toBe(1);
  });

  it('is read again when its text changes, and let go when it no longer reveals anything', async () => {
    await shieldPage(THREAD);
    ($('c1-p2').firstChild as Text).data = 'What a show, honestly.';
    await tick();
    expect(marked()).toEqual([]);
    expect(shield.hiddenCount).toBe(0);
    ($('c2-p1').firstChild as Text).data = 'Juan refuses to leave and stays behind in the prison.';
    await tick();
    expect(marked()).toEqual(['c2:hidden:6', 'c2-author:hidden:6', 'c2-p1:hidden:6']);
  });

  it('is hidden whole when it is a lone reply nested beside the comment it answers', async () => {
    await shieldPage(`
  <main>
    <h1>Prison Cell 211 - discussion</h1>
    <div class="thread-item">
      <div class="comment" id="top"><span id="top-author">rook_77</span> <p id="top-p">Best show of the year, no contest.</p></div>
      <div class="replies">
        <div class="comment" id="re"><span id="re-author">kestrel_kid</span> <span id="re-pts">· 12 pts</span>
          <p id="re-p">Helena dies and the baby with her.</p>
        </div>
      </div>
    </div>
  </main>`);
    expect(marked()).toEqual(['re:hidden:5', 're-p:hidden:5']);
    expect(painted().join(' ')).toBe($('re').textContent!.replace(/\s+/g, ' ').trim());
    expect(state('top')).toBeNull();
  });

  it('stays revealed while a counter in it changes, and is hidden again when it reveals something new', async () => {
    await shieldPage(THREAD);
    shield.reveal($('c1'));
    ($('c1-author').lastElementChild!.firstChild as Text).data = '· 3d · 12 likes';
    await tick();
    expect(state('c1')).toBe('revealed');
    ($('c1-p1').firstChild as Text).data = 'And Juan stays behind in the prison at the end.';
    await tick();
    expect(state('c1')).toBe('hidden');
    expect(episode('c1')).toBe('6');
  });

  it('lets its own buttons work: a click on one is the page\'s, a click anywhere else reveals it', async () => {
    await shieldPage(THREAD.replace('<img id="c1-avatar"', '<button id="c1-like" type="button">Like</button><img id="c1-avatar"'));
    let liked = 0;
    $('c1-like').addEventListener('click', () => liked++);
    const controller = new AbortController();
    listenForReveals(document, shield, {
      trustedOnly: false,
      t: tEn,
      listen: (target, type, handler) => target.addEventListener(type, handler, { capture: true, signal: controller.signal }),
    });
    $('c1-like').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(liked).toBe(1);
    expect(state('c1')).toBe('hidden');
    $('c1-p1').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(state('c1')).toBe('revealed');
    controller.abort();
  });

  it('gets its marks back when a page takes them off a block inside it', async () => {
    await shieldPage(THREAD);
    $('c1-p1').removeAttribute('data-spoiler-shield');
    await tick();
    await tick();
    expect(state('c1-p1')).toBe('hidden');
  });
});

describe('a reply inside a comment', () => {
  const NESTED = `
    <h1>Prison Cell 211 thread</h1>
    <ul class="thread">
      <li class="comment" id="parent"><div class="who" id="parent-who">nightowl</div><p id="parent-p">Helena dies and I am still not over it.</p>
        <ul class="replies"><li class="comment" id="reply"><div class="who">slowwatcher</div><p id="reply-p">Diego Calva was great in this.</p></li></ul>
      </li>
      <li class="comment" id="other"><p>Noé Hernández is frightening as Calancho.</p></li>
    </ul>`;

  it('is a unit of its own: hiding the comment leaves the reply readable, and unmarked', async () => {
    await shieldPage(NESTED);
    expect(marked()).toEqual(['parent:hidden:5', 'parent-who:hidden:5', 'parent-p:hidden:5']);
    expect(painted()).toEqual(['nightowl', 'Helena dies and I am still not over it.']);
    ($('reply-p').firstChild as Text).data = 'Juan stays behind in the prison at the end.';
    await tick();
    expect(state('reply')).toBe('hidden');
    expect(episode('reply')).toBe('6');
    expect(episode('parent')).toBe('5');
  });
});

describe('a table row', () => {
  const TABLE = `
    <h1>Who dies in Prison Cell 211</h1>
    <p>Calancho, Juan and Helena: every fate in the series, episode by episode.</p>
    <table><tbody>
      <tr id="head"><th>Character</th><th>What happens</th><th>Episode</th></tr>
      <tr id="helena"><td id="helena-name">Helena</td><td id="helena-fate">Dies of her injuries at the gate, with the baby</td><td>5</td></tr>
      <tr id="cast"><td>Calancho</td><td>Played by Noé Hernández</td><td>1</td></tr>
    </tbody></table>`;

  it('is hidden whole, each cell marked, when its cells together reveal something', async () => {
    await shieldPage(TABLE);
    expect(state('helena')).toBe('hidden');
    expect(episode('helena')).toBe('5');
    expect(state('helena-name')).toBe('hidden');
    expect(state('helena-fate')).toBe('hidden');
    expect(state('cast')).toBeNull();
    expect(state('head')).toBeNull();
    shield.apply(false, 0);
    expect(marked()).toEqual([]);
    expect(document.body.innerHTML).toBe(TABLE);
  });
});

describe('video cards', () => {
  const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  const CARDS = `
    <h1>Prison Cell 211 videos</h1>
    <div class="results">
      <a class="result" id="r1" href="#1"><img id="r1-img" src="${GIF}" alt=""><h3 id="r1-title">Prison Cell 211 | Official Trailer</h3><div class="meta" id="r1-meta">Netflix · 4.2M views</div></a>
      <a class="result" id="r2" href="#2"><img id="r2-img" src="${GIF}" alt=""><h3 id="r2-title">Ending explained: why Juan stays behind in the prison</h3><div class="meta" id="r2-meta">Screen Decoded · 612K views</div></a>
      <div class="result" id="r3"><video id="r3-video" poster="${GIF}"></video><h3 id="r3-title">Reaction: Calancho kills Yori and I screamed</h3></div>
    </div>
    <div class="grid">
      <a class="tile" id="t1" href="#t1"><div class="thumb" id="t1-thumb" style="background-image:url('${GIF}')"><span>2:14</span></div><span class="t">Prison Cell 211 | Official Teaser</span></a>
      <a class="tile" id="t2" href="#t2"><div class="thumb" id="t2-thumb" style="background-image:url('${GIF}')"><span>19:09</span></div><span class="t" id="t2-title">Helena dies: the scene that broke everyone</span><span class="c">Screen Decoded</span></a>
    </div>`;

  it('hides a card with its thumbnail, a poster video and a background-image tile, and nothing of the others', async () => {
    await shieldPage(CARDS);
    expect(marked()).toEqual([
      'r2:hidden:6', 'r2-img:hidden:6', 'r2-title:hidden:6', 'r2-meta:hidden:6',
      'r3:hidden:4', 'r3-video:hidden:4', 'r3-title:hidden:4',
      't2:hidden:5', 't2-thumb:hidden:5',
    ]);
    expect($('t2-thumb').hasAttribute('data-spoiler-picture')).toBe(true);
    expect($('t1-thumb').hasAttribute('data-spoiler-picture')).toBe(false);
    // The tile's text is painted over whole; the other tile's stays readable.
    expect(painted()).toEqual(expect.arrayContaining(['19:09', 'Helena dies: the scene that broke everyone', 'Screen Decoded']));
    expect(painted().join(' ')).not.toMatch(/Teaser/);
    shield.apply(false, 0);
    expect(document.body.innerHTML).toBe(CARDS);
  });
});

describe('pictures that reveal by themselves', () => {
  const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  const PAGE = `
    <h1>Prison Cell 211: talking points</h1>
    <p>A look back at the whole season of Prison Cell 211.</p>
    <img id="alt" src="${GIF}" alt="Juan stays behind in the prison as its new boss">
    <img id="plain" src="${GIF}" alt="Diego Calva on set">
    <figure id="fig"><img id="fig-img" src="${GIF}" alt=""><figcaption id="fig-cap">Helena dies at the gate.</figcaption></figure>`;

  it('hides an image whose alt text reveals a later plot point, and a figure whose caption does', async () => {
    await shieldPage(PAGE);
    expect(state('alt')).toBe('hidden');
    expect(episode('alt')).toBe('6');
    expect($('alt').getAttribute('alt')).not.toMatch(/Juan|stays/);
    expect(state('plain')).toBeNull();
    expect(marked()).toEqual(expect.arrayContaining(['fig:hidden:5', 'fig-img:hidden:5', 'fig-cap:hidden:5']));
    shield.apply(true, 6);
    await tick();
    expect(marked()).toEqual([]);
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('hides a still whose alt text opens with its episode and says what it shows, not one that only places it', async () => {
    document.title = 'Prison Cell 211 (2025) episode guide - ShowShelf';
    const STILLS = `
      <h1>Prison Cell 211</h1>
      <img id="still5" src="${GIF}" alt="Episode 5 still: a white van waiting by the kitchen door at night">
      <img id="still2" src="${GIF}" alt="Ep. 2 — smoke over the basketball court">
      <img id="placed" src="${GIF}" alt="Diego Calva and Noé Hernández in episode 5">
      <img id="bare" src="${GIF}" alt="Episode 5">`;
    await shieldPage(STILLS, 2);
    expect([state('still5'), episode('still5')]).toEqual(['hidden', '5']);
    expect($('still5').getAttribute('alt')).not.toMatch(/van/);
    expect([state('still2'), state('placed'), state('bare')]).toEqual([null, null, null]);
    shield.apply(true, 6);
    await tick();
    expect(document.body.innerHTML).toBe(STILLS);
    document.title = '';
  });

  it('puts the mark back when a page takes it off the image', async () => {
    await shieldPage(PAGE);
    $('alt').removeAttribute('data-spoiler-shield');
    await tick();
    await tick();
    expect(state('alt')).toBe('hidden');
    shield.apply(false, 0);
    expect(document.body.innerHTML).toBe(PAGE);
  });
});

describe('what is never a unit', () => {
  it('an article paragraph stays a paragraph: the article is not hidden whole', async () => {
    const ARTICLE = `
      <article id="review">
        <h1>Prison Cell 211 review</h1>
        <p id="p1">Diego Calva plays Juan, a lawyer trapped in a riot.</p>
        <p id="p2">The acting is superb. Helena dies, and the baby with her.</p>
        <p id="p3">The photography is grim and gorgeous.</p>
      </article>`;
    await shieldPage(ARTICLE);
    expect(marked()).toEqual(['p2:hidden:5']);
    expect(painted()).toEqual(['Helena dies, and the baby with her.']);
  });

  it('a long section, or a section of an article, is not a unit', async () => {
    const filler = 'The prison feels alive, loud and cramped, and every corridor has a story to tell. '.repeat(20);
    const SECTIONS = `
      <div class="ep" id="s1"><h2>Episode 5</h2><p id="s1-p1">Helena dies, and the baby with her.</p><p>${filler}</p></div>
      <div class="ep" id="s2"><h2>Episode 6</h2><p id="s2-p1">Calancho and Juan talk all night.</p><p>Short.</p></div>`;
    await shieldPage(SECTIONS);
    expect(marked()).toEqual(['s1-p1:hidden:5']);
  });

  /** What the change queue tells of `node` added to the page (changes.ts: the record's target and neighbours). */
  const grownBy = (node: Node): Grown => ({
    targets: new Set([node.parentNode!]),
    neighbours: new Set([node.previousSibling, node.nextSibling].filter((n): n is ChildNode => n !== null)),
    headings: [],
  });

  it('finds units by structure and caches the answer until content comes around it, or everything is forgotten', () => {
    document.body.innerHTML = `<main><article id="a"><p id="p">x</p></article>
      <ul><li id="li"><span id="s">y</span></li></ul>
      <div class="x" id="d1"><b id="b">z</b></div><div class="x" id="d2"></div><div id="lone"><i id="i">w</i></div></main>`;
    const finder = new UnitFinder();
    expect(finder.unitAround($('p'), 1)).toBeNull();
    expect(finder.unitAround($('s'), 1)).toBe($('li'));
    expect(finder.unitAround($('b'), 1)).toBe($('d1'));
    expect(finder.unitAround($('i'), 1)).toBeNull();
    $('d2').className = 'y';
    expect(finder.unitAround($('b'), 1)).toBe($('d1'));
    // A new batch alone does not make it look again: what d1 is was learnt, and nothing came around it.
    expect(finder.unitAround($('b'), 2)).toBe($('d1'));
    // Content added beside d1: its siblings changed, so what d1 is is worked out again (no twin now).
    const added = document.createElement('hr');
    $('d1').after(added);
    finder.changed(grownBy(added));
    expect(finder.unitAround($('b'), 3)).toBeNull();
    $('d2').className = 'x';
    finder.reset();
    expect(finder.unitAround($('b'), 3)).toBe($('d1'));
  });

  it('counts whitespace runs as one character when it measures a unit against its limit', () => {
    const words = (n: number) => 'x'.repeat(n);
    // Raw text far over the limit, but mostly indentation: one unit. Just over the limit once collapsed: none.
    const padded = `${words(MAX_UNIT_TEXT / 2)}${' \n\t '.repeat(MAX_UNIT_TEXT)}${words(MAX_UNIT_TEXT / 2 - 2)}`;
    const over = `${words(MAX_UNIT_TEXT / 2)}\u00a0\u2003${words(MAX_UNIT_TEXT / 2)}`;
    document.body.innerHTML = `<main><div class="c" id="c1"><p id="p1">${padded}</p></div><div class="c" id="c2"><p id="p2">${over}</p></div></main>`;
    const finder = new UnitFinder();
    expect(finder.unitAround($('p1'), 1)).toBe($('c1'));
    expect(finder.unitAround($('p2'), 1)).toBeNull();
  });

  it('keeps an element too big for a unit so while content is only added, and works out again the elements it went into', () => {
    const words = 'word '.repeat(400);
    document.body.innerHTML = `<main><div id="thread"><div class="c" id="c1"><p id="p1">${words}</p></div><div class="c" id="c2"><p id="p2">short</p></div></div></main>`;
    const finder = new UnitFinder();
    // c1 holds too much text for one unit; c2 is a comment beside its twin.
    expect(finder.unitAround($('p1'), 1)).toBeNull();
    expect(finder.unitAround($('p2'), 1)).toBe($('c2'));
    // A long reply goes into c2: it is too big now, once told it changed.
    const reply = document.createElement('p');
    reply.textContent = words;
    $('c2').append(reply);
    expect(finder.unitAround($('p2'), 2)).toBe($('c2'));
    finder.changed(grownBy(reply));
    expect(finder.unitAround($('p2'), 3)).toBeNull();
  });
});
