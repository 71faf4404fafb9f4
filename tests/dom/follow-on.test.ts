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

/** The episode of the hidden element in (or at) the element with `id`. */
const hiddenEpisode = (id: string) => document.querySelector(`#${id}[data-spoiler-shield="hidden"], #${id} [data-spoiler-shield="hidden"]`)?.getAttribute('data-spoiler-episode') ?? undefined;

describe('a forum post that quotes an earlier one', () => {
  const post = (id: string, user: string, body: string) =>
    `<table class="tablebg" id="${id}"><tr><td class="profile"><span class="postauthor">${user}</span><br>Posts: 12</td><td><div class="postbody">${body}</div></td></tr></table>`;
  const FORUM = `
    <main><h1>Prison Cell 211 - general discussion</h1>
      ${post('told', 'harbor_kate', 'Calancho\'s sister is murdered and he finally loses it, that was brutal to watch.')}
      ${post('quoting', 'mesa_mike', '<div class="quotetitle">harbor_kate wrote:</div><div class="quotecontent">he finally loses it</div>Yep, nothing was the same after.')}
      ${post('cita', 'la_tere', '<div class="quotetitle">Cita de harbor_kate:</div><div class="quotecontent">he finally loses it</div>Tal cual, ya nada fue igual.')}
      ${post('calm', 'quiet_quinn', 'Great cast all round, and the soundtrack is lovely too.')}
      ${post('plain', 'desert_rat', '<div class="quotetitle">quiet_quinn wrote:</div><div class="quotecontent">the soundtrack is lovely</div>Ha, fair enough.')}
    </main>`;

  it('carries the episode the quoted post is hidden for, in English and Spanish', async () => {
    document.title = 'Prison Cell 211 - general discussion';
    shield = await startShield(FORUM, 1);
    for (const id of ['told', 'quoting', 'cita']) expect([id, hiddenEpisode(id)]).toEqual([id, '5']);
  });

  it('is judged by its own words when the quoted post hides nothing', async () => {
    document.title = 'Prison Cell 211 - general discussion';
    shield = await startShield(FORUM, 1);
    expect(hiddenEpisode('plain')).toBeUndefined();
  });
});
