// @vitest-environment happy-dom
// Rules of reading a page (issue 12), each as a reader would state it: a card's title is its heading,
// not its description; naming where the show streams speaks of it as something to watch; a line that
// calls an episode the bloodiest tells that people die in it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { $, episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

/** A list of video results, each a link holding a title, a channel line and a description. */
const card = (id: string, title: string, desc: string) => `
  <a class="result" id="${id}" href="#"><div class="info">
    <h3>${title}</h3><div class="meta">Un canal · 61 mil vistas · hace 2 semanas</div><div class="desc">${desc}</div>
  </div></a>`;

describe("a card's title", () => {
  it('is its heading: a description that mentions a film\'s ending does not make the card a finale', async () => {
    document.title = 'celda 211 netflix - YouTube';
    const html = `<main>
      ${card('c1', 'Celda 211: la serie vs la película de 2009 | Diferencias', 'Malamadre contra Calancho, Juan el funcionario contra Juan el abogado, y por qué el final de la peli sigue doliendo.')}
      ${card('c2', 'Celda 211: el final explicado', 'Te lo contamos todo, con calma y con un café, en veinte minutos de vídeo.')}
    </main>`;
    shield = await startShield(html, 0);
    expect(state('c1')).toBeNull();
    expect([state('c2'), episode('c2')]).toEqual(['hidden', '6']);
  });
});

describe("a card's description that warns of full spoilers", () => {
  it('covers the whole show: a card that only names characters under "Full spoilers!" is the last episode\'s', async () => {
    document.title = 'prison cell 211 - YouTube';
    const html = `<main>
      ${card('c1', 'Every Death in Prison Cell 211, Ranked', 'From the first ten minutes to Carajo, Yori and Ramírez. Full spoilers!')}
      ${card('c2', 'Every Death in Prison Cell 211, Ranked', 'From the first ten minutes to Carajo, Yori and Ramírez. Full spoilers for episode 1 only.')}
      ${card('c3', 'Prison Cell 211 cast interview', 'Diego Calva and Noé Hernández talk about the shoot. No spoilers!')}
    </main>`;
    shield = await startShield(html, 0);
    expect([state('c1'), episode('c1')]).toEqual(['hidden', '6']);
    // Its warning names an episode of its own: that episode decides it.
    expect(episode('c2')).not.toBe('6');
    expect(state('c3')).toBeNull();
  });
});

describe('a line break', () => {
  it('separates the words on either side: a trend "QEPD Calancho" between two <br> is read as its own line', async () => {
    document.title = '#Celda211 - Búsqueda';
    const html = `<main><h1>Celda 211 en redes</h1><p>Entró al penal como abogado. Celda 211, los 6 episodios ya disponibles en Netflix.</p></main>
      <aside><ul>
        <li id="t1">Series · Tendencia<br><b>#Celda211</b><br>48,2 mil posts</li>
        <li id="t2">Tendencia en México<br><b>QEPD Calancho</b><br>12 mil posts</li>
      </ul></aside>`;
    shield = await startShield(html, 0);
    expect([state('t2'), episode('t2')]).toEqual(['hidden', '6']);
    expect(state('t1')).toBeNull();
    // Marking it rewrote nothing: the page's text is as it was.
    expect($('t2').textContent).toBe('Tendencia en MéxicoQEPD Calancho12 mil posts');
  });
});

describe('a box around the main content', () => {
  it('names the show when a line of it is the show\'s hashtag, even with no space before the next line ("#Celda211<br>48,2 mil posts")', async () => {
    document.title = 'Liga MX: resultados de la jornada';
    const html = `<main><h1>Resultados de la jornada</h1><p>Tigres ganó dos a uno en casa y sigue líder de la tabla.</p></main>
      <aside class="trends"><ul>
        <li id="t1">Series · Tendencia<br><b>#Celda211</b><br>48,2 mil posts</li>
        <li id="t2">Tendencia en México<br><b>QEPD Calancho</b><br>12 mil posts</li>
      </ul></aside>`;
    shield = await startShield(html, 0);
    expect([state('t2'), episode('t2')]).toEqual(['hidden', '6']);
    expect(state('t1')).toBeNull();
  });
});

describe('a heading that asks what became of someone in an episode', () => {
  it('tells that something did, in that episode: "What happened to Carajo? (episode 3)"', async () => {
    document.title = 'Prison Cell 211 explained: your questions answered';
    const html = `<main><h1>Prison Cell 211 explained: your questions answered</h1>
      <h2 id="q1">What happened to Carajo? (episode 3)</h2><p>Read on only if you have seen it.</p>
      <h2 id="q2">¿Qué le pasó a Yori en el capítulo 4?</h2><p>Sigue leyendo solo si ya lo viste.</p>
      <h2 id="q3">Who is Baldor? (episode 1)</h2><p>The accountant everybody wants.</p>
      <h2 id="q4">What happened to the ratings? (episode 2)</h2><p>They went up.</p>
    </main>`;
    shield = await startShield(html, 0);
    expect([state('q1'), episode('q1')]).toEqual(['hidden', '3']);
    expect([state('q2'), episode('q2')]).toEqual(['hidden', '4']);
    // It asks who someone is, not what befell them; and a question that names no one of the show tells nothing.
    expect(state('q3')).toBeNull();
    expect(state('q4')).toBeNull();
    shield.stop();
    shield = await startShield(html, 3);
    expect(state('q1')).toBeNull();
  });
});

describe('a section on who would come back for another season', () => {
  it('tells who is alive at the end: it covers the last episode, and so does a nod to what those who saw the ending know', async () => {
    document.title = 'Celda 211: ¿habrá segunda temporada? | Noticias';
    const html = `<main><h1>Celda 211: ¿habrá segunda temporada?</h1>
      <h2 id="h1">¿Hay renovación oficial?</h2>
      <p id="p1">Netflix no ha dicho nada todavía sobre una segunda temporada de la serie.</p>
      <h2 id="h2">¿Quién volvería?</h2>
      <p id="p2">Diego Calva sería imprescindible en una hipotética segunda entrega.</p>
      <p id="p3">Lo de Noé Hernández ya es más difícil, por razones obvias para quien haya visto el final.</p>
      <div class="tarjetas">
        <div class="tarjeta" id="c1">Si te gustó ‘Celda 211’, prueba con estas cinco series carcelarias</div>
        <div class="tarjeta" id="c2">‘Celda 211’ y la película de 2009: nueve diferencias</div>
      </div>
    </main>`;
    shield = await startShield(html, 0);
    expect([state('p2'), episode('p2')]).toEqual(['hidden', '6']);
    expect([state('p3'), episode('p3')]).toEqual(['hidden', '6']);
    // The question itself, and a section that asks nothing of the kind, tell nothing.
    expect(state('h2')).toBeNull();
    expect(state('p1')).toBeNull();
    // Cards in the section are pointers to other stories: their own words decide them.
    expect(state('c1')).toBeNull();
    expect(state('c2')).toBeNull();
  });
});

describe('a link in a box around the main content', () => {
  it('that says what befell someone in an episode tells that something did: "capítulo 4: lo que le hicieron a Yori"', async () => {
    document.title = 'Celda 211: el reparto, personaje a personaje';
    const html = `<main><h1>Celda 211: el reparto, personaje a personaje</h1><p>Diego Calva es Juan Olivera, un abogado de derechos humanos.</p></main>
      <aside class="sidebar"><ul>
        <li id="l1"><a href="#">Celda 211, capítulo 4: lo que le hicieron a Yori, explicado</a></li>
        <li id="l2"><a href="#">Celda 211, capítulo 3: explicado</a></li>
        <li id="l3"><a href="#">Dónde has visto a Noé Hernández antes</a></li>
      </ul></aside>`;
    shield = await startShield(html, 0);
    expect([state('l1'), episode('l1')]).toEqual(['hidden', '4']);
    // A bare pointer to an episode's page tells nothing.
    expect(state('l2')).toBeNull();
    expect(state('l3')).toBeNull();
  });
});

describe('words that name where the show streams', () => {
  const PAGE = `
    <main><h1>Prison Cell 211 Episode 3 recap</h1>
      <p id="s1">The Netflix prison thriller takes its darkest turn yet, and it does so without a word.</p>
      <p id="s2">Nobody in the wing sleeps, and the men on the roof count the trucks arriving one by one.</p>
      <div class="comments">
        <div class="comment" id="c1"><span class="user">sin_sueno</span> <p>me la aventé toda en una noche y ahora no puedo dormir jaja gracias netflix</p></div>
        <div class="comment" id="c2"><span class="user">otra</span> <p>me la aventé toda en una noche y ahora no puedo dormir de lo que pasó con el pobre</p></div>
      </div>
    </main>`;

  it("speak of the show as something to watch: the region's scope leaves them to their own sentences", async () => {
    document.title = 'Prison Cell 211 Episode 3 recap';
    shield = await startShield(PAGE, 1);
    expect([state('s2'), episode('s2')]).toEqual(['hidden', '3']);
    expect([state('c2'), episode('c2')]).toEqual(['hidden', '3']);
    expect(state('s1')).toBeNull();
  });

  it("do not take a viewer's comment out of its thread's episode: it still tells what they watched", async () => {
    document.title = 'Episode 6 discussion';
    shield = await startShield(`
      <main><h1>Prison Cell 211 – Episode 6 (finale) discussion thread</h1>
        <div class="post">Post your thoughts on the last hour here, everything about it is fair game below.</div>
        <div class="comments">
          <div class="comment" id="w0"><span class="user">beto</span> <p>Still shaking after that last hour, I did not see any of it coming at all.</p></div>
          <div class="comment" id="w1"><span class="user">ana</span> <p>I can't believe how that last hour played out on netflix, what a way to go.</p></div>
        </div>
      </main>`, 3);
    expect([state('w0'), episode('w0')]).toEqual(['hidden', '6']);
    expect([state('w1'), episode('w1')]).toEqual(['hidden', '6']);
  });
});

describe('a line that calls an episode the bloodiest', () => {
  const STATS = `
    <main>
      <h1>Prison Cell 211 by the numbers</h1>
      <ul>
        <li id="b-en">Bloodiest single hour, by our count: episode 5.</li>
        <li id="b-es">El capítulo 5 es el más sangriento de la serie.</li>
        <li id="b-none">The quietest hour, by our count: episode 2.</li>
      </ul>
    </main>`;

  it('tells that people die in it: hidden until that episode is watched', async () => {
    document.title = 'Prison Cell 211: every death, by episode';
    shield = await startShield(STATS, 4);
    for (const id of ['b-en', 'b-es']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '5']);
    expect(state('b-none')).toBeNull();
    shield.stop();
    shield = await startShield(STATS, 5);
    for (const id of ['b-en', 'b-es']) expect([id, state(id)]).toEqual([id, null]);
  });

  it('says nothing on a page that is not about the show', async () => {
    document.title = 'The Long Winter: every death, by episode';
    shield = await startShield(STATS.replace('Prison Cell 211 by the numbers', 'The Long Winter, by the numbers'), 0);
    expect(state('b-en')).toBeNull();
  });
});

describe('a list of custom elements', () => {
  // <ytd-video-renderer> has no class: its tag names its kind, as a class does.
  const tile = (id: string, title: string) =>
    `<ytd-video-renderer id="${id}"><img id="${id}-img" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><h3>${title}</h3><div class="views">12K views</div></ytd-video-renderer>`;

  it('is a list of cards: a card whose title says its episode is hidden whole, thumbnail and all', async () => {
    document.title = 'prison cell 211 reaction - VidTube';
    const html = `<main>${tile('v1', 'R.I.P. CALANCHO 👑💀 | Prison Cell 211 FINALE Reaction')}${tile('v2', 'Prison Cell 211 Episode 1 Reaction')}${tile('v3', 'Does CALANCHO survive?? Prison Cell 211 theories before the finale')}</main>`;
    shield = await startShield(html, 1);
    expect([state('v1'), episode('v1'), state('v1-img')]).toEqual(['hidden', '6', 'hidden']);
    expect([state('v2'), state('v3')]).toEqual([null, null]);
  });
});

describe('a card whose only link is its thumbnail', () => {
  it('takes its title from what its classes call its title', async () => {
    document.title = 'prison cell 211 theories - VidTube';
    const item = (id: string, title: string) =>
      `<li class="result" id="${id}"><a class="thumb-link" href="#"><div class="thumb-bg"></div></a><div><div class="r-title">${title}</div><div class="r-sub">Lalo · 29K views</div></div></li>`;
    shield = await startShield(`<main><ul>${item('t1', 'I was WRONG about Prison Cell 211 (my theories vs the finale)')}${item('t2', 'Prison Cell 211: my favourite scenes')}${item('t3', 'Prison Cell 211: the cast, ranked')}</ul></main>`, 0);
    expect([state('t1'), episode('t1'), state('t2')]).toEqual(['hidden', '6', null]);
  });
});

describe("an episode guide's card", () => {
  it('is hidden whole, still and all, when its title gives its episode and names nobody', async () => {
    document.title = 'Prison Cell 211 (2025) - Episode list';
    const card = (id: string, title: string, plot: string) =>
      `<article class="ep-card" id="${id}"><img id="${id}-img" class="still" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><div><div class="ep-title">${title}</div><div class="ep-plot">${plot}</div></div></article>`;
    const html = `<main>${card('e5', 'S1.E5 ∙ Episode #1.5', 'The morning after, nobody at the gate can say who is still breathing.')}${card('e6', 'S1.E6 ∙ The King Is Dead, Long Live The King', 'A blackout across the city, and a choice of a lifetime.')}${card('e1', 'S1.E1 ∙ Change of Plans', 'A visit to a prison goes wrong.')}</main>`;
    shield = await startShield(html, 4);
    expect([state('e5'), episode('e5'), state('e5-img'), state('e6'), episode('e6'), state('e6-img')]).toEqual(['hidden', '5', 'hidden', 'hidden', '6', 'hidden']);
    expect(state('e1')).toBeNull();
  });
});

describe('a table with an episode column', () => {
  const TABLE = `<main><h1>Celda 211: el conteo de muertos</h1><table>
    <tr><th>#</th><th>Quién</th><th>Cómo</th><th>Cap.</th></tr>
    <tr id="r3"><td>3</td><td>1</td><td>El brazo derecho del jefe</td><td>3</td></tr>
    <tr id="r5"><td>8</td><td>El coronel</td><td>Apuñalado cuando confiesa la verdad</td><td>5</td></tr>
    <tr id="all"><td>—</td><td colspan="2">Total con nombre: 6</td><td>1–6</td></tr>
  </table></main>`;

  it('says in each row which episode the row is about, a short row too', async () => {
    document.title = 'Celda 211: el conteo de muertos, capítulo por capítulo';
    shield = await startShield(TABLE, 3);
    expect([state('r3'), state('r5'), episode('r5'), state('all'), episode('all')]).toEqual([null, 'hidden', '5', 'hidden', '6']);
  });

  it('counts no episode in a column of counts ("Episodes"), nor on a page that is not about the show', async () => {
    document.title = 'Celda 211: el reparto';
    shield = await startShield('<main><table><tr><th>Actor</th><th>Episodes</th></tr><tr id="c"><td>Diego Calva</td><td>6</td></tr></table></main>', 0);
    expect(state('c')).toBeNull();
    shield.stop();
    document.title = 'Liga MX: la tabla, jornada por jornada';
    shield = await startShield(TABLE.replace('Celda 211: el conteo de muertos', 'La tabla'), 0);
    expect(state('r3')).toBeNull();
  });
});
