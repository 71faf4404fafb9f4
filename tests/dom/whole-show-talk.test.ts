// @vitest-environment happy-dom
// Whole-show talk (issue 12): a post that invites its readers to talk about the whole show makes the comments
// under it a place of spoilers up to the last episode, apart from chatter counted in the comment's own words.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';
import { authorLine } from '@/src/shield/post-talk';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const cmt = (id: string, user: string, text: string) => `<div class="cm" id="${id}"><span class="u">${user}</span>${text}<div class="t">3d · 1,020 likes · Reply</div></div>`;

const PICTURE_POST = (caption: string) => `
  <div class="pic-post">
    <div class="pic-media"><img src="a.png" alt="A still of the show"></div>
    <div class="pic-side">
      <div class="owner">streamhouse · Follow</div>
      <div class="caption">${caption}</div>
      <div class="stats">9,100 likes · 804 comments</div>
      <div class="list">
        ${cmt('scene', 'lena.v', 'the walk back down the corridor with the box under his arm. that was the end of him')}
        ${cmt('hug', 'tom_b', 'the goodbye at the bus stop in the rain, she never looks back at him')}
        ${cmt('subs', 'rick.q', 'are the subtitles any good or should i watch it dubbed?')}
        ${cmt('actor', 'ana.p', 'Diego Calva can play anything, what a year for him honestly')}
        ${cmt('later', 'mia_w', 'saving this for the weekend, no peeking at the comments for me')}
      </div>
    </div>
  </div>`;

describe('comments under a post that invites talk about the whole show', () => {
  it('hide what they tell of it with the last episode, in English', async () => {
    document.title = 'streamhouse on Picgram';
    shield = await startShield(PICTURE_POST('24 hours, one riot. #PrisonCell211 is out now. Which scene broke you? 👇'), 2);
    for (const id of ['scene', 'hug']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '6']);
  });

  it('leave chatter readable, counted in its own words (not its author line and counters)', async () => {
    document.title = 'streamhouse on Picgram';
    shield = await startShield(PICTURE_POST('24 hours, one riot. #PrisonCell211 is out now. Which scene broke you? 👇'), 2);
    for (const id of ['subs', 'actor', 'later']) expect([id, state(id)]).toEqual([id, null]);
  });

  it('are left to their own words under a post that invites nothing', async () => {
    document.title = 'streamhouse on Picgram';
    shield = await startShield(PICTURE_POST('24 hours, one riot. #PrisonCell211 is out now.'), 2);
    for (const id of ['scene', 'hug']) expect([id, state(id)]).toEqual([id, null]);
  });
});

describe('a group post that says its writer finished the show', () => {
  const GROUP = (post: string) => `
    <div class="feed-x">
      <div class="k1">
        <div><span class="nm">Lupe Armenta</span> · 2 h<div>${post}</div></div>
        <div class="mt">😮❤️ 310 · 95 comentarios</div>
        <div class="bb"><span class="nm">Rafa Olmos</span><br>lo que más me dolió fue cuando lo sacan en la camilla y nadie voltea a verlo <span class="mt">Me gusta · Responder · 1 h</span></div>
        <div class="rr">
          <div class="bb"><span class="nm">Lupe Armenta</span><br>y luego el silencio en el patio, nadie dijo nada en toda la noche <span class="mt">Me gusta · Responder · 1 h</span></div>
          <div class="bb"><span class="nm">Rafa Olmos</span><br>tal cual 😢 <span class="mt">Me gusta · Responder · 1 h</span></div>
        </div>
        <div class="bb"><span class="nm">Chayo Gil</span><br>en qué plataforma la pasan? <span class="mt">Me gusta · Responder · 1 h</span></div>
      </div>
    </div>`;

  it('makes its comments and their replies spoilers up to the last episode, in Spanish', async () => {
    document.title = 'Grupo de series';
    shield = await startShield(GROUP('YA TERMINÉ CELDA 211 y necesito hablarlo con alguien'), 3);
    const [first, reply] = document.querySelectorAll('.bb');
    expect([first!.getAttribute('data-spoiler-shield'), first!.getAttribute('data-spoiler-episode')]).toEqual(['hidden', '6']);
    expect(reply!.getAttribute('data-spoiler-shield')).toBe('hidden');
    // Chatter: a reply of two words, a question about where it streams.
    for (const i of [2, 3]) expect(document.querySelectorAll('.bb')[i]!.getAttribute('data-spoiler-shield')).toBeNull();
  });

  it('not when the post does not name the show itself', async () => {
    document.title = 'Grupo de series';
    shield = await startShield(GROUP('ya terminé todo lo que tenía en mi lista, recomienden algo'), 3);
    for (const c of document.querySelectorAll('.bb')) expect(c.getAttribute('data-spoiler-shield')).toBeNull();
  });
});

describe('a comment under such a post that names only another work', () => {
  it('speaks of that work (the film the series remakes, its actors), not of the show: it is not hidden', async () => {
    document.title = 'Grupo de series';
    shield = await startShield(`
      <div class="k1">
        <div><span class="nm">Lupe Armenta</span> · 2 h<div>YA TERMINÉ CELDA 211 y necesito hablarlo con alguien</div></div>
        <div class="bb" id="film"><span class="nm">Toño Vega</span><br>a mí Luis Tosar me sigue pareciendo mejor actor que todos, y eso que esta me encantó de principio a fin <span class="mt">Me gusta · Responder · 1 h</span></div>
        <div class="bb" id="show"><span class="nm">Rafa Olmos</span><br>lo que más me dolió fue cuando lo sacan en la camilla y nadie voltea a verlo <span class="mt">Me gusta · Responder · 1 h</span></div>
      </div>`, 3);
    expect(state('show')).toBe('hidden');
    expect(state('film')).toBeNull();
  });
});

describe('a comment whose words lie in a bubble inside it, under such a post', () => {
  const BUBBLES = `
    <div class="q9">
      <div><span class="n1">Maru Salas</span> · 1 d<div>just finished Prison Cell 211 and I need to talk about it with someone</div></div>
      <div class="z2"><img src="p.png" alt=""><div class="z3"><span class="n1">Gil Ortega</span><br>the walk out to the yard at dawn with everyone watching him go. never again <span class="m1">Like · Reply · 1 d</span></div></div>
      <div class="z2"><div class="z3"><span class="n1">Ana Ríos</span><br>the very first scene, with the radio playing over the yard, still gives me chills every time <span class="m1">Like · Reply · 1 d</span></div></div>
      <div class="z2"><div class="z3"><span class="n1">Leo Paz</span><br>is it dubbed or subtitled? <span class="m1">Like · Reply · 1 d</span></div></div>
    </div>`;

  it('is that comment: it is hidden with the last episode, or with the one it looks back at', async () => {
    document.title = 'Series group';
    shield = await startShield(BUBBLES, 0);
    const [walk, first, dubbed] = document.querySelectorAll('.z3');
    expect([walk!.closest('[data-spoiler-shield="hidden"]') !== null, walk!.closest('[data-spoiler-episode]')?.getAttribute('data-spoiler-episode')]).toEqual([true, '6']);
    expect(first!.closest('[data-spoiler-episode]')?.getAttribute('data-spoiler-episode')).toBe('1');
    expect(dubbed!.closest('[data-spoiler-shield="hidden"]')).toBeNull();
  });
});

describe('a reply in a feed that names the handle it answers', () => {
  it('talks of the episode the post it answers names', async () => {
    document.title = '#PrisonCell211 - Search / Chirp';
    shield = await startShield(`
      <div class="stream">
        <div class="it" id="a"><div class="hd">Nico 🎬 @nico_watch · 2h</div>episode 3 of #PrisonCell211. i can't stop thinking about that hallway</div>
        <div class="it" id="x"><div class="hd">Bea @bea_r · 3h</div>the score in this show is so good, who composed it?</div>
        <div class="it" id="b"><div class="hd">Ivo @ivo · 3h</div>Replying to @nico_watch<br>and then he drags the body into the laundry like it's nothing. that man changed fast</div>
        <div class="it" id="c"><div class="hd">Ivo @ivo · 3h</div>Replying to @bea_r<br>and then he drags the body into the laundry like it's nothing. that man changed fast</div>
      </div>`, 1);
    expect([state('b'), episode('b')]).toEqual(['hidden', '3']);
    expect(episode('c')).not.toBe('3');
  });

  it('and a post whose author line runs into its words ("· 7h" then "ep 4") names its episode all the same', async () => {
    document.title = '#PrisonCell211 - Search / Chirp';
    shield = await startShield(`
      <div class="stream">
        <div class="it" id="e"><div class="hd">mo @mo_b · 7h</div>ep 4: THEY MADE THEM FIGHT. and then the big man just… ends it himself. poor snitch never stood a chance</div>
        <div class="it"><div class="hd">Bea @bea_r · 8h</div>the score in this show is so good, who composed it?</div>
      </div>`, 1);
    expect([state('e'), episode('e')]).toEqual(['hidden', '4']);
  });
});

describe("a comment's author line", () => {
  it('is the short line its words open with: a classed element, or a bare <b> in a comment with an action bar', () => {
    document.body.innerHTML = `
      <div class="cm" id="a1"><span class="u">rosa.t</span>the ending wrecked me<div class="t">2d · 80 likes · Reply</div></div>
      <div class="c" id="a2"><b>Yesenia Parra</b> ya me spoilearon todo<div class="acc">Me gusta · Responder · 6 h</div></div>
      <ul><li id="a3"><b>helena dies</b> in ep 5 and i was not ready</li></ul>`;
    expect(authorLine(document.getElementById('a1')!)).toBe('rosa.t');
    expect(authorLine(document.getElementById('a2')!)).toBe('Yesenia Parra');
    // A bare <b> that wraps the first words of a sentence is no author line: what is hidden does not depend on it.
    expect(authorLine(document.getElementById('a3')!)).toBeUndefined();
  });

  it('is a bare <b> that opens the comment and reads as a name, with no action bar ("<b>Ruth Ann Pickering</b> …")', () => {
    document.body.innerHTML = `
      <div class="cm" id="b1"><b>Ruth Ann Pickering</b> Is it dubbed or subtitled? My Spanish is from high school lol</div>
      <div class="cm" id="b2"><b>Admin · Paty Guerra</b> Love this thread! Mark which episode you're on 🙏</div>
      <div class="cm" id="b3"><b>Calancho dies</b> and then the whole yard goes quiet</div>
      <div class="cm" id="b4"><b>u/tacosdeadobada</b> · 88 pts<br>not clicking that, I'm strong</div>`;
    expect(authorLine(document.getElementById('b1')!)).toBe('Ruth Ann Pickering');
    expect(authorLine(document.getElementById('b2')!)).toBe('Admin · Paty Guerra');
    expect(authorLine(document.getElementById('b4')!)).toBe('u/tacosdeadobada');
    // Words in bold that are not all capitalised are a sentence's.
    expect(authorLine(document.getElementById('b3')!)).toBeUndefined();
  });
});

describe('a writer who says how far they have watched', () => {
  // A guess can be right, and a friend's word is no guess: "I'm only on 2" makes nothing after it a theory. A reader
  // on episode 2 who reads that Helena dies has learnt it, so the words keep the episode of what they tell.
  const PAGE = (text: string) => `
    <article>
      <h1>Prison Cell 211: first impressions</h1>
      <p id="on2">${text}</p>
      <p id="other">The prison set looks so real that I looked up where they filmed it.</p>
    </article>`;

  for (const text of ['Voy en el capítulo 2 y mi primo ya me contó que Helena se muere.', "I'm only on episode 2 and my cousin already told me that Helena dies."]) {
    it(`are still hidden at that progress: ${text}`, async () => {
      document.title = 'Prison Cell 211: first impressions';
      shield = await startShield(PAGE(text), 2);
      expect(state('on2')).toBe('hidden');
      expect(episode('on2')).toBe('5');
      expect(state('other')).toBeNull();
    });
  }
});

describe('a post that says its writer just watched an episode', () => {
  // A group post and its comments, each under the page's <main>: the post's sidebar is outside it.
  const GROUP = (post: string) => `
    <aside><h3>Binge Buddies (Private group · 41K members)</h3></aside>
    <main>
      <article class="post"><b>Dolores W</b> <small>· 3h · Binge Buddies</small>
        <p id="body">${post} That poor girl. Nine months pregnant and they let her lie there on the asphalt. And that colonel standing there telling Juan she is fine?? 😭</p>
        <small>👍😢 412 · 188 comments</small></article>
      <section class="comments">
        <div class="cm" id="water"><b>Rick P</b> <p>That scene where her water breaks and the other moms help her… I had to pause.</p><small>Like · Reply · 2h</small></div>
        <div class="cm" id="jury"><b>Lina T</b> <p>He did what he had to do with Ramírez. No jury would convict.</p><small>Like · Reply · 2h</small></div>
        <div class="cm" id="hug"><b>Ann B</b> <p>sending you a hug, that one hurt</p><small>Like · Reply · 2h</small></div>
      </section>
    </main>`;

  it('opens talk up to it: the post and the comments under it are hidden with that episode, chatter stays', async () => {
    document.title = '(3) Binge Buddies | Facebook-ish';
    shield = await startShield(GROUP('Just finished ep 5 of Prison Cell 211 and I need a group hug. Comment below, spoilers ok up to ep 5!'), 2);
    for (const id of ['body', 'water', 'jury']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '5']);
    expect(state('hug')).toBeNull();
  });

  it('leaves them readable at that episode', async () => {
    document.title = '(3) Binge Buddies | Facebook-ish';
    shield = await startShield(GROUP('Just finished ep 5 of Prison Cell 211 and I need a group hug. Comment below, spoilers ok up to ep 5!'), 5);
    for (const id of ['body', 'water', 'jury', 'hug']) expect([id, state(id)]).toEqual([id, null]);
  });

  it('opens none when it only names the episode', async () => {
    document.title = '(3) Binge Buddies | Facebook-ish';
    shield = await startShield(GROUP('Episode 5 of Prison Cell 211 is the best hour of TV this year.'), 2);
    for (const id of ['water', 'hug']) expect([id, state(id)]).toEqual([id, null]);
  });
});
