// @vitest-environment happy-dom
// Rules of reading threads, posts, news and reviews (issue 12), each as a reader would state it. First: a
// comment that names the episode its thread covers, and tells what someone did, tells of that episode.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { $, episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const comment = (id: string, user: string, text: string) => `<div class="comment" id="${id}"><span class="user">${user}</span> <p>${text}</p></div>`;

describe('a comment in a thread about an episode that names that episode', () => {
  const THREAD = `
    <main><h1>Prison Cell 211 – Episode 6 (finale) discussion thread</h1>
      <div class="post">Post your thoughts on the last hour here, everything about it is fair game below.</div>
      <div class="comments">
        ${comment('it', 'ana', 'watched it last night and i still cant believe he chose to stay inside')}
        ${comment('named', 'beto', 'watched the finale last night and i still cant believe he chose to stay inside')}
        ${comment('lo', 'cris', 'lo vi anoche y todavía no puedo creer que se quedara adentro, qué manera de acabar')}
        ${comment('final', 'dani', 'vi el final anoche y todavía no puedo creer que se quedara adentro')}
        ${comment('hooked', 'eva', 'the finale is where i got completely hooked, the pacing in this one is just insane')}
        ${comment('ritmo', 'fer', 'el final me tuvo enganchada toda la noche, el ritmo de este capítulo es una locura')}
      </div>
    </main>`;

  it('and tells what someone did is hidden with that episode, named or not, in English and Spanish', async () => {
    document.title = 'Episode 6 discussion';
    shield = await startShield(THREAD, 3);
    for (const id of ['it', 'named', 'lo', 'final']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '6']);
  });

  it('and only says what the viewer thought of it is an opinion, left readable', async () => {
    document.title = 'Episode 6 discussion';
    shield = await startShield(THREAD, 3);
    expect(state('hooked')).toBeNull();
    expect(state('ritmo')).toBeNull();
  });
});

describe('a grid of video cards that is one block', () => {
  const GRID = `
    <div class="grid">
      <a class="card" href="#" id="q"><img src="a.png" alt=""><span class="t">¿Muere Calancho? ¿Qué pasa con Juan? Preguntas que deja Celda 211</span><span class="c">Series al Día</span><span class="v">77 mil vistas · hace 2 semanas</span></a>
      <a class="card" href="#" id="t"><img src="b.png" alt=""><span class="t">Celda 211 | Tráiler oficial | Netflix</span><span class="c">Netflix Latinoamérica</span><span class="v">2,8 M de vistas · hace 2 meses</span></a>
      <a class="card" href="#" id="c1"><img src="c.png" alt=""><span class="t">¿¿LANZALLAMAS?? 😳 Celda 211 capítulo 1 primera vez viéndola</span><span class="c">Los Compas Reaccionan</span><span class="v">66 mil vistas · hace 1 mes</span></a>
    </div>`;

  it("leaves a card's words that its card reads as telling nothing (a question) to the card: the grid is not hidden for them", async () => {
    document.title = 'celda 211 - VidTube';
    shield = await startShield(GRID, 1);
    expect(document.querySelector('.grid')!.getAttribute('data-spoiler-shield')).toBeNull();
    expect(state('q')).toBeNull();
    expect(state('t')).toBeNull();
  });

  it('takes a card whose title opens on a cry and goes on for a card, not a label: its episode hides it', async () => {
    document.title = 'celda 211 - VidTube';
    shield = await startShield(GRID, 0);
    expect([state('c1'), episode('c1')]).toEqual(['hidden', '1']);
    expect(state('t')).toBeNull();
  });
});

describe('a post that names its episode itself', () => {
  it('tells of it when it tells what someone did, even without naming anyone', async () => {
    document.title = '#PrisonCell211 - Search';
    shield = await startShield(`
      <main><div class="timeline">
        <div class="post" id="p1"><span class="name">mo</span> <span>@mo_binges · 7h</span> <p>THEY MADE THEM FIGHT. and then the big man just… ends it himself. poor snitch never stood a chance #PrisonCell211 ep4</p></div>
        <div class="post" id="p2"><span class="name">Mar</span> <span>@mar · Feb 6</span> <p>ep 4 is where i got completely hooked, the pacing is insane #PrisonCell211</p></div>
      </div></main>`, 2);
    expect([state('p1'), episode('p1')]).toEqual(['hidden', '4']);
    expect(state('p2')).toBeNull();
  });
});

describe("a video card's title", () => {
  const res = (id: string, title: string, desc: string) => `
    <div class="res" id="${id}"><div class="th" style="background-image:url(x.png)"><span class="dur">22:10</span></div>
      <div class="info"><h3>${title}</h3><div class="mt">74K views · 1 week ago</div><div class="ch">Some Channel</div><div class="desc">${desc}</div></div></div>`;
  const LIST = `<div class="results">
    ${res('tw', 'prison cell 211 ep 3 reaction (trigger warning)', 'this is the episode where everything changes. first time watching, be nice in the comments.')}
    ${res('dead', 'EVERY DEATH in Prison Cell 211 ranked 💀', 'From the yard fight to the final scene in the cell block. Full spoilers. Who deserved it and who did not?')}
    ${res('theory', '¿MUERE CALANCHO? Mis teorías antes de ver el último capítulo de Celda 211', 'Repasamos las pistas que ha dejado la serie sobre el destino del líder del motín.')}
    ${res('ask', 'Does Calancho die?', 'We look at the clues in Prison Cell 211 so far, with no spoilers past episode 2.')}
    ${res('verlo', 'Celda 211: teorías del final (antes de verlo) 🇲🇽', '¿Sale vivo el abogado? ¿Qué pasa con el motín? Mis teorías antes del capítulo final.')}
  </div>`;

  it('that warns of what the episode holds still covers that episode', async () => {
    document.title = 'prison cell 211 ending explained - VidTube';
    shield = await startShield(LIST, 2);
    expect([state('tw'), episode('tw')]).toEqual(['hidden', '3']);
  });

  it('is a card even when its description ends on a question: "Full spoilers" in it covers the whole show', async () => {
    document.title = 'prison cell 211 ending explained - VidTube';
    shield = await startShield(LIST, 2);
    expect([state('dead'), episode('dead')]).toEqual(['hidden', '6']);
  });

  it('made before the episode it names was seen ("teorías antes de ver el último capítulo") covers nothing of it', async () => {
    document.title = 'prison cell 211 ending explained - VidTube';
    shield = await startShield(LIST, 2);
    expect(state('theory')).toBeNull();
    expect(state('verlo')).toBeNull();
    expect(state('ask')).toBeNull();
  });
});

describe('a post that is one block and names its episode itself', () => {
  it('tells of it when it tells what someone did without naming them; one that only judges it is an opinion', async () => {
    document.title = '#Celda211 - Búsqueda';
    shield = await startShield(`
      <main><div class="timeline">
        <div class="tweet" id="p1">Toño @tono · 2 h el capítulo 6 me dejó helado: le abren la puerta para irse y decide quedarse #Celda211</div>
        <div class="tweet" id="p2">Mar @mar · 3 h el capítulo 6 es de lo mejor que he visto este año, el ritmo es una locura #Celda211</div>
      </div></main>`, 3);
    expect([state('p1'), episode('p1')]).toEqual(['hidden', '6']);
    expect(state('p2')).toBeNull();
  });
});

describe('a post above the comments under it', () => {
  it('is one person\'s words of its own: what the post tells hides the post, not every reply under it with it', async () => {
    document.title = 'SERIEFILOS MX | Facebook';
    shield = await startShield(`
      <div class="grupo"><h1>SERIEFILOS MX</h1>
        <div class="pub">
          <div class="post-main" id="post"><b>Ulises Meraz</b> · 11 h<br>Voy en el capítulo 2 de Celda 211 y un amigo ya me contó que Calancho mata al coronel, qué coraje</div>
          <div class="acc" id="acc">😂 95 · 140 comentarios</div>
          <div class="c" id="c1"><b>Sergio L.</b> no le hagas caso, mejor síguela viendo tranquilo<div class="acc">Me gusta · Responder · 11 h</div></div>
          <div class="c" id="c2"><b>Ulises Meraz</b> ya cállate jajaja<div class="acc">Me gusta · Responder · 10 h</div></div>
        </div>
        <div class="pub"><div class="post-main">Recomienden series cortas para el fin de semana</div></div>
      </div>`, 2);
    expect([state('post'), episode('post')]).toEqual(['hidden', '5']);
    for (const id of ['acc', 'c1', 'c2']) expect([id, $(id).closest('[data-spoiler-shield="hidden"]')]).toEqual([id, null]);
  });
});

describe('a search suggestion in a box beside the results', () => {
  it('that asks in lower case ("does calancho die …") tells nothing; one that states it does', async () => {
    document.title = 'prison cell 211 ending explained - VidTube';
    shield = await startShield(`
      <main><div class="results"><div class="res"><h3>Prison Cell 211 ending explained</h3></div><div class="res"><h3>Prison Cell 211 review</h3></div></div></main>
      <div class="vt-side"><div class="side-h">People also searched for</div>
        <div class="side-q" id="q1">prison cell 211 season 2</div>
        <div class="side-q" id="q2">does calancho die prison cell 211 ending</div>
        <div class="side-q" id="q3">prison cell 211 helena dies</div>
      </div>`, 0);
    expect(state('q2')).toBeNull();
    expect(state('q3')).toBe('hidden');
  });
});

describe('a post of a feed whose class names nothing', () => {
  it('that names its episode and points at a scene of it ("the tear gas sequence in ep2") tells of it', async () => {
    document.title = '#PrisonCell211 - Search / X';
    shield = await startShield(`
      <main><div class="feed">
        <div class="tw" id="t1"><div class="h">Ruben Esparza @rubenesp · 4h</div>the tear gas sequence in ep2 is so well shot. inmates just walking through it like it's fog</div>
        <div class="tw" id="t2"><div class="h">Mar @mar · 5h</div>ep 2 is where i got completely hooked on #PrisonCell211, the pacing is insane</div>
        <div class="tw" id="t3"><div class="h">Sebas @sebas_mx · 3h</div>el capitulo 3 de #Celda211 es muy fuerte. lo que le hace el carajo al abogado no se olvida</div>
      </div></main>`, 1);
    expect([state('t1'), episode('t1')]).toEqual(['hidden', '2']);
    expect([state('t3'), episode('t3')]).toEqual(['hidden', '3']);
    expect(state('t2')).toBeNull();
  });

  it('that hints something happens ahead ("espérate al 5", "no llega ni al 5") tells of it, though it names no one', async () => {
    document.title = '#Celda211 - Búsqueda / Pajarito';
    shield = await startShield(`
      <main><div class="feed">
        <div class="tw" id="h1"><div class="h">Iris @iris · 2h</div>@memo jajaja tú espérate al 5. nomás eso te digo 🤐</div>
        <div class="tw" id="h2"><div class="h">Memo @memo · 2h</div>@iris ese flaco no llega ni al capítulo 4, ya verás</div>
        <div class="tw" id="h3"><div class="h">Nora @nora · 1h</div>ya voy en el 5 de #Celda211 y no lo puedo soltar</div>
        <div class="tw" id="h4"><div class="h">Iris @iris · 1h</div>@nora no llega ni al 4 👀</div>
      </div></main>`, 1);
    // A hint is no chatter, however short.
    expect([state('h4'), episode('h4')]).toEqual(['hidden', '3']);
    expect([state('h1'), episode('h1')]).toEqual(['hidden', '5']);
    expect([state('h2'), episode('h2')]).toEqual(['hidden', '3']);
    expect(state('h3')).toBeNull();
  });
});

describe('a card whose title counts every death of the show', () => {
  it('covers the whole show, unless it names an episode of its own', async () => {
    document.title = 'celda 211 - VidTube';
    shield = await startShield(`
      <div class="grid">
        <a class="card" href="#" id="all"><img src="a.png" alt=""><span class="t">TODAS las muertes de Celda 211 (del Yori a Calancho) 💀</span><span class="c">Conteo de Cadáveres</span><span class="v">120 mil vistas</span></a>
        <a class="card" href="#" id="ep1"><img src="b.png" alt=""><span class="t">Todas las muertes del capítulo 1 de Celda 211</span><span class="c">Conteo de Cadáveres</span><span class="v">80 mil vistas</span></a>
        <a class="card" href="#" id="tr"><img src="c.png" alt=""><span class="t">Celda 211 | Tráiler oficial | Netflix</span><span class="c">Netflix</span><span class="v">2,8 M de vistas</span></a>
      </div>`, 2);
    expect([state('all'), episode('all')]).toEqual(['hidden', '6']);
    expect(state('ep1')).toBeNull();
    expect(state('tr')).toBeNull();
  });
});

// The finale's title tells that a king dies and another takes his place: the popup names it only to a reader who has
// watched it (src/popup/text.ts), and so does the page. Three writers of held-out pages labelled it 6 on their own.
describe("a post that quotes the finale's own title", () => {
  it('hides it with the finale: "Episode 6 is titled "The King Is Dead…"" tells of episode 6', async () => {
    document.title = '#PrisonCell211 - Search / X';
    shield = await startShield(`
      <main><div class="feed">
        <div class="tw" id="t1"><div class="h">halfwaydonut @donut · 4h</div>Finale thread is up. Episode 6 is titled "The King Is Dead, Long Live The King", which... yeah. Discuss. #PrisonCell211</div>
        <div class="tw" id="t2"><div class="h">Ruben Esparza @rubenesp · 4h</div>the tear gas sequence in ep6 is so well shot. inmates just walking through it like it's fog #PrisonCell211</div>
      </div></main>`, 0);
    expect([state('t1'), episode('t1')]).toEqual(['hidden', '6']);
    expect([state('t2'), episode('t2')]).toEqual(['hidden', '6']);
    shield.apply(true, 6);
    await new Promise((r) => setTimeout(r, 0));
    expect([state('t1'), state('t2')]).toEqual([null, null]);
  });
});

describe('a finale thread whose comments no class names, each opening on its author', () => {
  const r = (id: string, who: string, text: string) => `<div class="r" id="${id}"><span class="u">${who}</span> <span class="t">· hace 1 h</span><br>${text}</div>`;
  const PAGE = `<div class="wrap">
    <h1>[FINAL] Celda 211 1x06 — Hilo de discusión del último capítulo</h1>
    ${r('told', 'la_chata', 'Le ofrecen salir con los paramédicos falsos y el wey dice que no. Me quedé con la boca abierta')}
    ${r('lol', 'ana_pau', 'lol "muy heist movie", el spanglish del foro está on point hoy')}
    ${r('mod', 'mod_checo', 'Lenguaje, banda 😅 (es broma, aquí se vale)')}
    ${r('late', 'nuevo_en_el_foro', 'Voy en el capítulo 3, entré sin querer 💀 bye')}
    ${r('long', 'sergio', 'El apagón en todo Juárez para sacar al contador con visores nocturnos estuvo bien Hollywood, pero me late.')}
    <p class="t" id="pages">Página 1 de 12 · Siguiente › · Responder al hilo</p>
    <h3>Hilos relacionados</h3>
    <ul><li id="rel">Celda 211 — Teorías antes de terminarla (sin spoilers del final)</li><li id="other">Los Hijos del Sol — Hilo general</li></ul>
    <h3>Episodios anteriores</h3>
    <ul><li id="prev"><a href="#">Ep. 86 — Telenovelas de los 90 que merecen remake</a></li></ul>
  </div>`;

  it('keeps their chatter readable and hides what tells', async () => {
    document.title = '[FINAL] Celda 211 1x06 — Hilo de discusión — Comunidad';
    shield = await startShield(PAGE, 3);
    for (const id of ['told', 'long']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '6']);
    expect([state('lol'), state('mod')]).toEqual([null, null]);
    // Nor is one that only says how far its writer has watched, for a reader before that episode too.
    shield.stop();
    shield = await startShield(PAGE, 2);
    expect(state('late')).toBeNull();
    expect(state('told')).toBe('hidden');
    // Nor is the thread's line of pages.
    expect(state('pages')).toBeNull();
  });

  it('reads the items under a heading of related threads or earlier episodes by their own words, not the thread\'s episode', async () => {
    document.title = '[FINAL] Celda 211 1x06 — Hilo de discusión — Comunidad';
    shield = await startShield(PAGE, 3);
    expect([state('rel'), state('other'), state('prev')]).toEqual([null, null, null]);
  });
});
