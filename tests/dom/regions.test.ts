// @vitest-environment happy-dom
// Regions and episode scope (src/shield/regions.ts, src/decide/scope): a section or page whose own
// words say it covers an episode after the reader's progress is hidden whole, each block carrying the
// contract; one action shows the whole region; a recap of a watched episode stays readable and its
// sentences are still checked; sidebars, menus and bylines are never the region's; a sidebar naming
// the show never makes an unrelated page about it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { $, episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

const RECAPS = `
  <header class="site-header"><nav><a href="/">Home</a> <a href="/tv">TV recaps</a></nav></header>
  <main>
    <h1 id="h1">Prison Cell 211 recaps, week by week</h1>
    <p id="byline" class="byline">By Dani Ferrer · February 9, 2025</p>
    <section>
      <h2 id="h-e2">Episode 2 recap</h2>
      <p id="e2-p1">Chivo corners the new man in a corridor, threatens him and drags him in front of the riot's leader.</p>
      <p id="e2-p2">Later that night the warden's men try tear gas on the gym and are driven straight back out.</p>
    </section>
    <section>
      <h2 id="h-e5">Episode 5 recap</h2>
      <p id="e5-p1">A nurse from outside walks a small group out through the kitchens towards a waiting vehicle.</p>
      <p id="e5-p2">Nobody in the wing sleeps, and the men on the roof count the trucks arriving one by one.</p>
      <h3 id="h-e5-thoughts">Final thoughts</h3>
      <p id="e5-op">Diego Calva carries this hour with very little dialogue and a lot of sweat on his face.</p>
    </section>
  </main>
  <aside class="sidebar"><h3>Most read</h3><p id="side">Prison Cell 211 ending explained: every question answered in one place today</p></aside>`;

let shield: Shield | undefined;
afterEach(() => shield?.stop());

describe('a recap of a later episode', () => {
  it('is hidden whole at an earlier progress: every story block carries the contract and its episode', async () => {
    shield = await startShield(RECAPS, 1);
    for (const id of ['e2-p1', 'e2-p2']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '2']);
    for (const id of ['e5-p1', 'e5-p2']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '5']);
    // Headings, the byline, an opinion section, the sidebar and the menu are not the story.
    for (const id of ['h1', 'h-e2', 'h-e5', 'byline', 'e5-op', 'side']) expect([id, state(id)]).toEqual([id, null]);
  });

  it('stays readable once watched, and only the later region is hidden', async () => {
    shield = await startShield(RECAPS, 2);
    expect(state('e2-p1')).toBeNull();
    expect(state('e2-p2')).toBeNull();
    expect(state('e5-p1')).toBe('hidden');
  });

  it('still has its sentences checked when its episode is watched', async () => {
    const html = RECAPS.replace('Later that night the warden', 'Later that night (long before Helena dies in episode 5) the warden');
    shield = await startShield(html, 2);
    expect(state('e2-p1')).toBeNull();
    expect(state('e2-p2')).toBe('hidden');
    expect(episode('e2-p2')).toBe('5');
  });

  it('is shown whole by one action on any of its blocks, and hidden again whole', async () => {
    shield = await startShield(RECAPS, 0);
    expect(shield.hintFor($('e5-p2'))?.labels).toEqual(['A part of the page about episode 5']);
    shield.reveal($('e5-p2'));
    expect(state('e5-p1')).toBe('revealed');
    expect(state('e5-p2')).toBe('revealed');
    // The other region is another action.
    expect(state('e2-p1')).toBe('hidden');
    shield.hideBlock($('e5-p1'));
    expect(state('e5-p1')).toBe('hidden');
    expect(state('e5-p2')).toBe('hidden');
  });

  it('leaves the page as it was when the shield goes off: no text or node changed', async () => {
    shield = await startShield(RECAPS, 0);
    expect(document.body.innerHTML.replace(/ (data-spoiler-[a-z]+|tabindex|role|aria-label)="[^"]*"/g, '')).toBe(RECAPS);
    shield.apply(false, 0);
    expect(document.body.innerHTML).toBe(RECAPS);
  });
});

describe('scope from the page title', () => {
  const PAGE = (title: string) => `
    <main><h1 id="h1">${title}</h1>
      <p id="p1">Juan talks his way past the man with the flamethrower by claiming he killed a neighbour.</p>
      <p id="prev">Previously on the show: the hostages were herded into the gym and the tear gas was thrown straight back out.</p>
      <p id="premise">It is still the story of a lawyer caught inside a prison riot who passes himself off as an inmate.</p>
    </main>`;

  it('gives the page its episode; a reminder of last week covers the week before', async () => {
    document.title = 'Prison Cell 211, S01E03 – Couch Critic';
    shield = await startShield(PAGE('Prison Cell 211: a hole in the wall'), 0);
    expect([state('p1'), episode('p1')]).toEqual(['hidden', '3']);
    expect([state('prev'), episode('prev')]).toEqual(['hidden', '2']);
    // A paragraph that tells only the premise (the riot, the lawyer passing for an inmate) tells nothing of the episode.
    expect(state('premise')).toBeNull();
  });

  it('lets a section headed as a reminder ("Where we are coming in") cover the week before', async () => {
    document.title = 'Prison Cell 211, S01E03 – Couch Critic';
    shield = await startShield(`<main><h1>Prison Cell 211: a hole in the wall</h1>
      <h2>Where we are coming in</h2><p id="before">Juan talks his way past the man with the flamethrower by claiming he killed a neighbour.</p>
      <h2>The wall</h2><p id="now">Juan talks his way past the man with the flamethrower by claiming he killed a neighbour.</p></main>`, 2);
    expect(state('before')).toBeNull();
    expect([state('now'), episode('now')]).toEqual(['hidden', '3']);
  });

  it('counts only when the title or headings name the show', async () => {
    document.title = 'Harbor Lights, episode 3 recap';
    shield = await startShield(PAGE('Harbor Lights: the lighthouse'), 0);
    expect(state('p1')).toBeNull();
  });
});

describe("the page's title", () => {
  const BODY = `<main><h1>Recap</h1><p id="p">Juan talks his way past the man with the flamethrower by claiming he killed a neighbour.</p></main>`;

  it('is covered before its episode when its subtitle tells of that episode, and shown once watched', async () => {
    document.title = 'Prison Cell 211 episode 3 recap: a door in the laundry | Binge Page';
    shield = await startShield(BODY, 2);
    expect(document.title).not.toContain('laundry');
    shield.stop();
    document.title = 'Prison Cell 211 episode 3 recap: a door in the laundry | Binge Page';
    shield = await startShield(BODY, 3);
    expect(document.title).toBe('Prison Cell 211 episode 3 recap: a door in the laundry | Binge Page');
  });

  it('so does the main heading: hidden with its episode when its subtitle tells of it, readable when it only names the episode', async () => {
    document.title = 'Binge Page';
    shield = await startShield(`<main><h1 id="h1">Prison Cell 211 episode 3 recap: a door in the laundry</h1><h2 id="h2">Episode 3: a door in the laundry</h2></main>`, 2);
    expect([state('h1'), episode('h1')]).toEqual(['hidden', '3']);
    // A section's heading is still judged by its own words.
    expect(state('h2')).toBeNull();
    shield.stop();
    shield = await startShield(`<main><h1 id="h1">Prison Cell 211 Episode 3 Recap: 'A Door in the Laundry'</h1></main>`, 0);
    expect(state('h1')).toBeNull();
  });

  it("stays when it only names the episode, its own quoted title, or what the page is", async () => {
    for (const title of ["Prison Cell 211 Episode 3 Recap: 'A Door' | Binge Page", 'Prison Cell 211 – Episode 3: discussion thread | Forum', 'Prison Cell 211, episode 3 recap | Binge Page']) {
      document.title = title;
      shield = await startShield(BODY, 0);
      expect(document.title).toBe(title);
      shield.stop();
      shield = undefined;
    }
  });
});

describe('quiet where the show is absent', () => {
  it('a sidebar that names the show does not make a news story about a Helena a page about it', async () => {
    document.title = 'Local news';
    const html = `
      <main><h1>Helena woman opens a bakery</h1>
        <p id="n1">Helena Ruiz and her neighbour Juan say the bakery dies if the rent goes up again this year.</p>
        <p id="n2">Alameda Street, where the shop stands, will be closed to traffic on Sunday for the parade.</p>
      </main>
      <aside class="trending"><h3>Trending</h3><ul><li>Prison Cell 211: Helena dies in episode 5</li><li>Prison Cell 211 ending explained</li></ul></aside>`;
    shield = await startShield(html, 0);
    expect(state('n1')).toBeNull();
    expect(state('n2')).toBeNull();
    expect(shield.showMentioned).toBe(false);
  });

  it("the neutral title the shield shows in place of a spoiling one never scopes the page", async () => {
    // The title names an event of the show ("rescues"), so the tab shows "Spoiler · Prison Cell 211 · episode 6";
    // that text must not make the sports story under it a region of episode 6.
    document.title = 'Aguilar, with 25 on his back, rescues the draw in the last minute | Pitch North';
    const html = `
      <main><h1 id="h1">Aguilar, with 25 on his back, rescues the draw in the last minute</h1>
        <p id="s1">When the stadium was already emptying, Gustavo Aguilar turned up in the box to push a cross home.</p>
        <p id="s2">The visitors had gone ahead twice, taking advantage of two lapses in the home defence early on.</p>
      </main>`;
    shield = await startShield(html, 0);
    expect(state('s1')).toBeNull();
    expect(state('s2')).toBeNull();
  });
});

describe('a thread about an episode', () => {
  const THREAD = `
    <main><h1 id="t">Prison Cell 211 – Episode 6 (finale) discussion thread</h1>
      <div class="post" id="op">Post your thoughts on the last hour here, everything about it is fair game below.</div>
      <div class="comments">
        <div class="comment" id="c1"><span class="user">ana</span> <p>I can't believe how that last hour played out, what a way to go.</p></div>
        <div class="comment" id="c2"><span class="user">beto</span> <p>still not over the hand thing from ep 4 tbh, I had to look away twice.</p></div>
        <div class="replies">
          <div class="comment" id="c3"><span class="user">cris</span> <p>same here, that scene was way too much for a weeknight honestly.</p></div>
        </div>
        <div class="comment" id="c4"><span class="user">dani</span> <p>Yo sigo pensando en el del lanzallamas del cap 1, qué personaje tan raro.</p></div>
      </div>
    </main>`;

  it("hides the comments that look back at an earlier episode by that episode, and the rest by the thread's", async () => {
    document.title = 'Episode 6 discussion';
    shield = await startShield(THREAD, 4);
    expect([state('c1'), episode('c1')]).toEqual(['hidden', '6']);
    expect(state('c2')).toBeNull();
    // A reply takes the episode of the comment it answers.
    expect(state('c3')).toBeNull();
    expect(state('c4')).toBeNull();
    shield.stop();
    shield = await startShield(THREAD, 0);
    expect([state('c2'), episode('c2')]).toEqual(['hidden', '4']);
    // A one-line reply that names no one and no event is chatter: it tells nothing of either episode.
    expect(state('c3')).toBeNull();
    expect([state('c4'), episode('c4')]).toEqual(['hidden', '1']);
  });
});

describe('a content warning in a region of an episode', () => {
  it("is the region's: it names what the episode holds, even in a thread's first post and beside a spoiler warning", async () => {
    document.title = 'Prison Cell 211 - S01E03 - Episode Discussion';
    shield = await startShield(`
      <main><div class="post"><h1>Prison Cell 211 - S01E03 - Episode Discussion</h1>
        <p id="cn">Content note: this episode contains sexual violence.</p>
        <p id="rules">Be kind to each other in the comments below.</p></div>
        <div class="cw" id="cw">Content warning: this recap discusses sexual violence. Spoilers for episodes 1 to 3.</div>
      </main>`, 2);
    expect([state('cn'), episode('cn')]).toEqual(['hidden', '3']);
    expect([state('cw'), episode('cw')]).toEqual(['hidden', '3']);
    expect(state('rules')).toBeNull();
  });
});

describe("a thing of the story that shares the show's title", () => {
  it('is no mention of the show: "en la celda 211" is a cell, and its paragraph is the region\'s', async () => {
    document.title = 'Celda 211, capítulo 3 | Series';
    shield = await startShield(`
      <main><h1>Celda 211, capítulo 3: resumen</h1>
        <p id="cell">Recorre el penal buscando dónde esconden al contador, sin saber que lo tienen en la celda 211.</p>
        <p id="work">La serie Celda 211 sabe muy bien lo que hace con un reparto tan grande como este.</p>
      </main>`, 2);
    expect([state('cell'), episode('cell')]).toEqual(['hidden', '3']);
    // Names the show as a work: its own sentences decide it.
    expect(state('work')).toBeNull();
  });
});

describe('a post that names its episode itself, on a page that covers none', () => {
  const FEED = `
    <main><div class="timeline">
      <div class="post" id="t1"><span class="name">Ale</span> <span>@ale · Feb 6</span> <p>can't get over episode 3. Carajo had it coming #PrisonCell211</p> <div class="stats">9 17 260</div></div>
      <div class="post" id="t2"><span class="name">Mar</span> <span>@mar · Feb 6</span> <p>ep 4 is where i got completely hooked, the pacing is insane #PrisonCell211</p> <div class="stats">3 1 40</div></div>
      <div class="post" id="t3"><span class="name">Kiko</span> <span>@kiko · Feb 7</span> <p>poor Carajo, that haircut though</p> <div class="stats">4 6 133</div></div>
    </div></main>`;

  it("is that episode's when it names someone of the show; its hashtag names the show", async () => {
    document.title = '#PrisonCell211 - Search';
    shield = await startShield(FEED, 2);
    expect([state('t1'), episode('t1')]).toEqual(['hidden', '3']);
    // Names no one: an opinion of the episode, not a recap of it.
    expect(state('t2')).toBeNull();
    // Names no episode: its own words decide it.
    expect(state('t3')).toBeNull();
    shield.stop();
    shield = await startShield(FEED, 3);
    expect(state('t1')).toBeNull();
  });
});

describe('the comments under a recap', () => {
  it("are the recap's episode's: a comments heading is no opinion section; one that names the episode but no one is an opinion of it", async () => {
    document.title = 'Prison Cell 211 Episode 4 Recap – TV Page';
    shield = await startShield(`
      <main><h1>Prison Cell 211 Episode 4 Recap</h1>
        <p>Juan finally learns where the accountant is being kept and passes it on through the wall.</p>
        <h3>Comments (2)</h3>
        <div class="comment" id="k1"><span class="who">grim</span> i had to pause after that scene, did NOT expect juan to actually go through with it</div>
        <div class="comment" id="k2"><span class="who">mari</span> ep 4 is where i got completely hooked, the pacing in this one is just insane</div>
      </main>`, 3);
    expect([state('k1'), episode('k1')]).toEqual(['hidden', '4']);
    expect(state('k2')).toBeNull();
  });
});

describe('a box around the main content that names the show', () => {
  const PAGE = `
    <main><h1>Helena woman opens a bakery on Alameda Street</h1>
      <p id="n1">Helena Ruiz says the bakery dies if the rent goes up again this year, and Juan agrees with her.</p>
    </main>
    <aside class="sidebar"><div class="widget"><h4 id="box-h">Trending: Prison Cell 211</h4><ul>
      <li id="t1"><a href="#">Prison Cell 211 ending: why the lawyer ends up running the prison</a></li>
      <li id="t2"><a href="#">Prison Cell 211: does Calancho die?</a></li>
      <li id="t3"><a href="#">Prison Cell 211, episode 4: what they did to Yori, explained</a></li>
      <li id="t4"><a href="#">Where you have seen Noé Hernández before</a></li>
    </ul></div></aside>`;

  it("judges its items one by one by their own words, and never makes the page about the show", async () => {
    document.title = 'Riverside Gazette';
    shield = await startShield(PAGE, 0);
    expect([state('t1'), episode('t1')]).toEqual(['hidden', '6']);
    // A headline about an actor tells nothing.
    expect(state('t4')).toBeNull();
    expect(state('box-h')).toBeNull();
    expect(state('n1')).toBeNull();
    expect(shield.showMentioned).toBe(false);
  });
});

describe('a box of links to other pages', () => {
  it('does not hide a bare pointer to another page ("ending explained", "Episode 3")', async () => {
    document.title = 'Prison Cell 211 episode 2 recap';
    const html = `
      <main><h1>Prison Cell 211 episode 2 recap: a name and a lie</h1>
        <p id="p1">Juan claims he killed a neighbour and is hauled in front of the riot's leader to prove it.</p></main>
      <aside class="related"><h4>More on Prison Cell 211</h4><ul>
        <li id="r1"><a href="#">Prison Cell 211 ending explained</a></li>
        <li id="r2"><a href="#">Episode 3</a></li>
      </ul></aside>`;
    shield = await startShield(html, 0);
    expect(state('r1')).toBeNull();
    expect(state('r2')).toBeNull();
  });
});

describe('a page that grows after it was read', () => {
  const settle = () => new Promise((r) => setTimeout(r, 20));
  const add = (html: string, where: Element, position: InsertPosition = 'beforeend') => where.insertAdjacentHTML(position, html);

  it('scopes new sections by their own headings, and blocks after a heading that came in the middle by that heading', async () => {
    shield = await startShield(RECAPS, 1);
    const main = document.querySelector('main')!;
    // A recap of a later episode appended at the end.
    add('<section><h2 id="h-e6">Episode 6 recap</h2><p id="e6-p1">The men on the roof watch the gate open slowly in the grey light of the morning.</p></section>', main);
    await settle();
    expect([state('e6-p1'), episode('e6-p1')]).toEqual(['hidden', '6']);
    // A heading put in the middle of the episode 2 recap: what comes after it later is that heading's.
    add('<h3 id="h-e4">Episode 4 recap</h3>', $('e2-p1'), 'afterend');
    await settle();
    add('<p id="e2-p3">The men in the yard stand around the fire and nobody says a word until dawn.</p>', $('e2-p2'), 'afterend');
    await settle();
    expect([state('e2-p3'), episode('e2-p3')]).toEqual(['hidden', '4']);
    // A paragraph added under the episode 2 heading, before the new one, is still episode 2's.
    add('<p id="e2-p0">The new man is searched twice before he reaches the yard for the first time.</p>', $('h-e2'), 'afterend');
    await settle();
    expect([state('e2-p0'), episode('e2-p0')]).toEqual(['hidden', '2']);
  });

  it("reads a heading's words again when they change, for the blocks that come under it later", async () => {
    shield = await startShield(RECAPS, 2);
    // The episode 2 heading becomes episode 5's (text added into it), then a paragraph comes under it.
    $('h-e2').append(document.createTextNode(' (and episode 5)'));
    await settle();
    add('<p id="e2-p3">The men in the yard stand around the fire and nobody says a word until dawn.</p>', $('e2-p2'), 'afterend');
    await settle();
    expect([state('e2-p3'), episode('e2-p3')]).toEqual(['hidden', '5']);
  });

  it('in a region about the end, takes a paragraph that tells only earlier events for their episode, not the end', async () => {
    const PAGE = `<main><h1>Prison Cell 211 ending explained: every question about the finale</h1>
      <p id="back">Juan kills Carajo in the laundry room and hides the body behind the machines.</p>
      <p id="plain">The last hour moves fast, and every choice in it pays off something set up early on.</p></main>`;
    shield = await startShield(PAGE, 1);
    expect([state('back'), episode('back')]).toEqual(['hidden', '3']);
    expect([state('plain'), episode('plain')]).toEqual(['hidden', '6']);
    shield.stop();
    shield = await startShield(PAGE, 3);
    expect(state('back')).toBeNull();
    expect([state('plain'), episode('plain')]).toEqual(['hidden', '6']);
  });
});
