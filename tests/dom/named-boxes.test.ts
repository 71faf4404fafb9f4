// @vitest-environment happy-dom
// A box of links under a heading that names it ("Related", "More reviews", "Te puede interesar") lies around the
// article however its site marks it: its links point at other pages, and the article's scope does not cover them
// (src/shield/asides.ts isNamedBox). The third test guards the whole decision (a scoped article, its box readable).
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { installFakeHighlights, state } from '../helpers/dom-marks';
import { Asides } from '@/src/shield/asides';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const page = (boxHeading: string) => `<article>
  <h1>Reseña: 'Celda 211' temporada completa, un drama que no suelta</h1>
  <p id="body">El tramo final corre rápido, y lo que el abogado termina siendo se te queda varios días.</p>
  <section><h3>${boxHeading}</h3><ul>
    <li><a href="/a" id="link1">Los mejores dramas nuevos del otoño</a></li>
    <li><a href="/b" id="link2">Entrevista: los sonidistas detrás de las escenas del motín</a></li>
  </ul></section>
</article>`;

describe('a box of links named by its heading', () => {
  it('lies around the article, in English and Spanish', () => {
    for (const heading of ['More reviews', 'Related', 'Read next', 'You may also like', 'Te puede interesar', 'Más reseñas', 'Lo más visto']) {
      document.body.innerHTML = page(heading);
      expect([heading, new Asides().isAside(document.getElementById('link1')!)]).toEqual([heading, true]);
      expect([heading, new Asides().isAside(document.getElementById('body')!)]).toEqual([heading, false]);
    }
  });

  it('is not made of a section whose heading names no box, nor of one without links', () => {
    document.body.innerHTML = page('Dónde queda');
    expect(new Asides().isAside(document.getElementById('link1')!)).toBe(false);
    document.body.innerHTML = '<section><h3>Related</h3><p id="p">Two other series came out of the same writers room.</p></section>';
    expect(new Asides().isAside(document.getElementById('p')!)).toBe(false);
  });

  it('keeps its links readable under a page scoped to the whole season, while the article is hidden', async () => {
    document.title = 'Celda 211, temporada completa: reseña | El Sillón';
    shield = await startShield(page('Más reseñas'), 2);
    expect([state('body'), state('link1'), state('link2')]).toEqual(['hidden', null, null]);
  });
});
