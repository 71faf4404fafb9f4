// @vitest-environment happy-dom
// A signature under a post (its writer's line, "Voy en el cap 5", "currently on ep 4") is not the post's words: the
// episode it names does not make the post about that episode (post-talk.ts wordsIn).
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const post = (id: string, user: string, text: string, sig: string) =>
  `<div class="post" id="${id}"><div class="who">${user}</div><div class="body">${text}</div><div class="firma">${sig}</div></div>`;

describe('a forum post with a signature that names an episode', () => {
  const FORUM = `
    <main><h1>Celda 211 (Netflix): opiniones generales</h1>
      ${post('sig', 'norteño_88', 'Calancho me cae muy bien, qué buen personaje y qué bien lo actúan', 'Saludos desde Delicias | voy en el cap 5')}
      ${post('own', 'la_güera', 'Calancho me cae muy bien, ya voy en el cap 5 y sigue siendo mi favorito', 'Saludos desde Parral')}
      ${post('en', 'boxcar_bill', 'Calancho is such a great character, the actor nails every scene he is in', 'currently on ep 5 | Tucson')}
    </main>`;

  it('is judged by its own words, not by the episode its signature names, in Spanish and English', async () => {
    document.title = 'Celda 211 (Netflix): opiniones generales - Foro';
    shield = await startShield(FORUM, 1);
    expect(state('sig')).toBeNull();
    expect(state('en')).toBeNull();
  });

  it('still takes an episode its own words name', async () => {
    document.title = 'Celda 211 (Netflix): opiniones generales - Foro';
    shield = await startShield(FORUM, 1);
    expect([state('own'), episode('own')]).toEqual(['hidden', '5']);
  });
});
