// @vitest-environment happy-dom
// Follow-on replies (src/shield/follow-on.ts): a reply that takes up what the comment it answers said ("exactly,",
// "por eso", "ese hombre…") tells what that comment tells, however short; other replies are judged by their own words.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const body = (id: string, user: string, text: string) => `<div class="comment-body" id="${id}"><span class="user">${user}</span> <p>${text}</p></div>`;

describe('a reply nested under a comment of an episode thread', () => {
  const THREAD = `
    <main><h1>Prison Cell 211 – Episode 3 discussion thread</h1>
      <p>Talk about the third episode here. Later episodes go in their own threads, please.</p>
      <ol class="comment-list">
        <li>${body('parent', 'marta_q', 'what got me was how calmly he handled it afterwards, like it was any other tuesday, and nobody inside suspects a thing yet')}
          <ol class="children">
            <li>${body('exactly', 'rob_t', 'exactly, that guy is gone for good')}</li>
            <li>${body('mismo', 'lupita', 'eso mismo digo, ya no tiene regreso')}</li>
            <li>${body('own', 'kiko', 'the soundtrack in this one slaps')}</li>
          </ol>
        </li>
      </ol>
    </main>`;

  it('that takes up its words is hidden with the episode the comment is hidden for, in English and Spanish', async () => {
    document.title = 'Episode 3 discussion';
    shield = await startShield(THREAD, 2);
    expect(state('parent')).toBe('hidden');
    for (const id of ['exactly', 'mismo']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '3']);
  });

  it('that says something of its own, in few words, is chatter left readable', async () => {
    document.title = 'Episode 3 discussion';
    shield = await startShield(THREAD, 2);
    expect(state('own')).toBeNull();
  });
});

describe('a flat list whose replies carry one more class', () => {
  const FEED = `
    <main><h1>Celda 211</h1>
      <div class="c" id="told"><b>Rosa M.</b> lo peor fue cuando matan a Helena en la carga de los antimotines<div class="acc">Me gusta · Responder · 3 h</div></div>
      <div class="c c2" id="poreso"><b>Lalo V.</b> por eso ya no le importó nada<div class="acc">Me gusta · Responder · 3 h</div></div>
      <div class="c" id="quiet"><b>Toño P.</b> la música de los créditos está buenísima<div class="acc">Me gusta · Responder · 2 h</div></div>
      <div class="c c2" id="exacto"><b>Ana G.</b> exacto, no la he dejado de oír<div class="acc">Me gusta · Responder · 2 h</div></div>
    </main>`;

  it('hides a reply that takes up a hidden comment with its episode, and not one under a comment that tells nothing', async () => {
    document.title = 'Celda 211 - grupo de series';
    shield = await startShield(FEED, 1);
    expect(episode('told')).toBe('5');
    expect([state('poreso'), episode('poreso')]).toEqual(['hidden', '5']);
    expect(state('exacto')).toBeNull();
  });
});
