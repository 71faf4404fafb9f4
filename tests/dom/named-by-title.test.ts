// @vitest-environment happy-dom
// A page that names two of the show's people but never the show may be about other people who share their names: a
// boxing report on a "Juan «El Abogado» Olivera" who loses his belt at a card numbered 211 ("¡El rey ha muerto, viva el
// rey!"), with a promoter nicknamed Calancho. There an event is told only of someone named, never by a name of the event
// with nobody in it (the finale's title, "the blackout", "the hole in the wall"). Once the page names the show by its
// title, even later, those names tell again.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const BOXING = `<main><h1>Golpe a Golpe: la función 211 de la Arena Bravo</h1>
  <p id="card">Juan «El Abogado» Olivera defendía su cinturón welter ante el joven Helio Carrasco; el promotor Calancho llenó la arena.</p>
  <p id="idiom">Pero en el séptimo round el campeón se dobló y el réferi detuvo la pelea. ¡El rey ha muerto, viva el rey!</p>
  <p id="told">Calancho muere en el último capítulo.</p>
</main>`;

const settle = () => new Promise((r) => setTimeout(r, 20));

describe("a page that names two of the show's people but never the show", () => {
  it('reads no name of an event said with nobody in it, and still reads what it tells of someone named', async () => {
    document.title = 'Golpe a Golpe: Olivera pierde el cinturón';
    shield = await startShield(BOXING, 0);
    expect(state('idiom')).toBeNull();
    expect([state('told'), episode('told')]).toEqual(['hidden', '6']);
  });

  it('reads them again once the page names the show by its title, also when that comes later', async () => {
    document.title = 'Golpe a Golpe: Olivera pierde el cinturón';
    shield = await startShield(BOXING, 0);
    expect(state('idiom')).toBeNull();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Nota: el título del round final es un guiño a Celda 211, la serie de Netflix.</p>');
    await settle();
    expect([state('idiom'), episode('idiom')]).toEqual(['hidden', '6']);
  });
});
