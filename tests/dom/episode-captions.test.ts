// @vitest-environment happy-dom
// A caption or post that opens on its episode as a label ("cap. 4 · la carne asada del motín") is that episode's, even
// when it names nobody of the show and holds a few words: the label says what it shows (src/decide/scope/region-reveal.ts
// labelsItsEpisode). A post that only names an episode in a sentence of its own ("ep 4 is where i got hooked") stays chatter.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { labelsItsEpisode } from '@/src/decide/scope/region-reveal';
import { startShield } from '../helpers/dom-shield';
import { installFakeHighlights } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const figure = (caption: string) => `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Meme"><figcaption>${caption} <span class="votes">▲ 6 330</span></figcaption></figure>`;
const PAGE = `
  <h1>Los mejores memes de Celda 211</h1>
  <p>Los memes sin spoilers van primero; los demás, por capítulo.</p>
  <div class="g">
    ${figure('la evolución del outfit 👔➡️👕')}
    ${figure('cap. 4 · la carne asada del motín &gt; la posada de mi chamba')}
    ${figure('cap. 6 · la CFE apagando la luz de todo el penal')}
    ${figure('ep 4 is where i got hooked')}
  </div>`;

describe('a caption that opens on its episode as a label', () => {
  it('is hidden as that episode, picture and all, under a page about the show', async () => {
    document.title = 'Los 24 mejores memes de Celda 211 | MemeRama';
    shield = await startShield(PAGE, 2);
    const [outfit, party, blackout, hooked] = [...document.querySelectorAll('figure')];
    expect(outfit!.getAttribute('data-spoiler-shield')).toBeNull();
    expect([party!.getAttribute('data-spoiler-shield'), party!.getAttribute('data-spoiler-episode')]).toEqual(['hidden', '4']);
    expect([blackout!.getAttribute('data-spoiler-shield'), blackout!.getAttribute('data-spoiler-episode')]).toEqual(['hidden', '6']);
    expect(hooked!.getAttribute('data-spoiler-shield')).toBeNull();
  });

  it('stays readable once its episode is watched', async () => {
    document.title = 'Los 24 mejores memes de Celda 211 | MemeRama';
    shield = await startShield(PAGE, 4);
    expect(document.querySelectorAll('figure')[1]!.getAttribute('data-spoiler-shield')).toBeNull();
  });
});

describe('an item that tags itself with its episode in brackets', () => {
  const lesson = (title: string, body: string) => `<div class="lec"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Fotograma"><div><b>${title}</b><br><span class="d">18:02</span><br>${body}</div></div>`;
  const COURSE = `
    <h1>Curso: recrea escenas de Celda 211 con software libre</h1>
    <h2>Contenido del curso</h2>
    ${lesson('Lección 2 · Polvo y luz en el patio', 'Partículas y desenfoque para un patio de penal al mediodía.')}
    ${lesson('Lección 9 · Apagón de ciudad completa (cap. 6)', 'Apagar una ciudad por sectores en postproducción, con el cielo del desierto de fondo.')}
    ${lesson('Lección 11 · El último cuchillo (cap. 6)', 'Cómo filmar una escena con un cuchillo retráctil y ángulos cerrados.')}`;

  it('is hidden as that episode, picture and all, under a page about the show', async () => {
    document.title = 'Curso: recrea escenas de Celda 211 | Efectos en Casa';
    shield = await startShield(COURSE, 2);
    const [plain, blackout, knife] = [...document.querySelectorAll('.lec')];
    expect(plain!.getAttribute('data-spoiler-shield')).toBeNull();
    for (const card of [blackout!, knife!]) {
      expect([card.getAttribute('data-spoiler-shield'), card.getAttribute('data-spoiler-episode')]).toEqual(['hidden', '6']);
      expect(card.querySelector('img')!.hasAttribute('data-spoiler-shield')).toBe(true);
    }
  });
});

describe('labelsItsEpisode', () => {
  it('reads a short episode label, a separator and words of its own', () => {
    expect(labelsItsEpisode('cap. 4 · la carne asada del motín')).toBe(true);
    expect(labelsItsEpisode('Ep 6 — the blackout and the rescue')).toBe(true);
    expect(labelsItsEpisode('S01E03: the hole in the wall')).toBe(true);
  });

  it('reads an episode in brackets that tags an item, with words of its own', () => {
    expect(labelsItsEpisode('Lección 9 · Apagón de ciudad completa (cap. 6)')).toBe(true);
    expect(labelsItsEpisode('[Ep 4] the party before the fight')).toBe(true);
    expect(labelsItsEpisode('(cap. 6) 18:02')).toBe(false);
    expect(labelsItsEpisode('Who is Baldor? (episode 1)')).toBe(false);
    expect(labelsItsEpisode('the best pacing (of all six) and the best cast')).toBe(false);
    // Only the first line's tag: a signature further down dates where its writer is.
    expect(labelsItsEpisode('Half of you are ahead of me and I am still on 3.\nCurrently watching: Prison Cell 211 (ep 6)')).toBe(false);
    expect(labelsItsEpisode('Hilo de discusión del FINAL (capítulo 6) Aquí se vale hablar de toda la serie.')).toBe(false);
  });

  it('not a sentence that names an episode, a label alone, or a label that is no episode', () => {
    expect(labelsItsEpisode('ep 4 is where i got hooked')).toBe(false);
    expect(labelsItsEpisode('Ep 3 · 12 min')).toBe(false);
    expect(labelsItsEpisode('Update: the finale drops friday at noon')).toBe(false);
  });
});
