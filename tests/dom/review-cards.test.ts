// @vitest-environment happy-dom
// A reader's review with its own title, a rating, its author and its words is an item of a list of reviews, hidden whole
// when it reveals (src/shield/units.ts isRated); a section of an article, a heading with paragraphs and no rating, is not.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { installFakeHighlights } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const review = (id: string, stars: string, title: string, body: string) =>
  `<div class="ur" id="${id}"><p class="st">${stars}</p><h3>${title}</h3><p><b>someone</b> · 10 de febrero de 2025</p><p>${body}</p><p>64 de 71 usuarios la encontraron útil</p></div>`;

describe("a reader's review with a title and a rating", () => {
  it('is hidden whole, title, rating and author with its words', async () => {
    document.title = 'Celda 211 (Serie de TV, 2025) — Reseñas de usuarios | CineBase';
    shield = await startShield(`
      <h1>Celda 211</h1>
      <h2>Reseñas de usuarios</h2>
      ${review('safe', '★★★★★★★★☆☆ 8/10', 'Se comen la pantalla', 'Se ve carísima y la fotografía es brutal, véanla.')}
      ${review('spoils', '★★★★★★★★★☆ 9/10', 'Un final que no perdona', 'Termina con Juan matando a Calancho con el cuchillo que él mismo le da.')}`, 2);
    const spoils = document.getElementById('spoils')!;
    expect([spoils.getAttribute('data-spoiler-shield'), spoils.getAttribute('data-spoiler-episode')]).toEqual(['hidden', '6']);
    expect(document.getElementById('safe')!.getAttribute('data-spoiler-shield')).toBeNull();
  });

  it('while a section of an article (a heading and paragraphs, no rating) is hidden sentence by sentence', async () => {
    document.title = 'Celda 211: todo lo que hay que saber | Revista';
    shield = await startShield(`
      <h1>Celda 211: todo lo que hay que saber</h1>
      <div class="sec" id="a"><h3>El reparto</h3><p>Diego Calva y Noé Hernández encabezan el reparto de la serie.</p><p>Termina con Juan matando a Calancho con el cuchillo que él mismo le da.</p></div>
      <div class="sec" id="b"><h3>La producción</h3><p>Se filmó en Durango durante varias semanas.</p><p>La música es de un compositor mexicano.</p></div>`, 2);
    expect(document.getElementById('a')!.getAttribute('data-spoiler-shield')).toBeNull();
    expect(document.querySelector('#a h3')!.closest('[data-spoiler-shield="hidden"]')).toBeNull();
  });
});
