// @vitest-environment happy-dom
// A video card that sets its title in bold (a thumbnail, "<b>title</b>", a channel line; no heading, link or
// title class) is a card: its title says which episode it covers, and a title that adds words of its own to
// "Episode 2 recap" tells of that episode, as a page's heading does (src/shield/region-blocks.ts boldTitle,
// src/shield/regions.ts cardScope).
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const THUMB = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
const card = (id: string, title: string) =>
  `<div class="vid" id="${id}"><img id="${id}-img" src="${THUMB}" alt="" width="160" height="90"><br><b>${title}</b><br><span class="meta">Some Channel · 12K views · 2 days ago · 14:05</span></div>`;

describe('a card titled in bold', () => {
  it('takes the episode its title names when the title adds words of its own, thumbnail included', async () => {
    document.title = 'prison cell 211 recap - VidTube';
    shield = await startShield(`<div class="results">
      ${card('recap2', 'Prison Cell 211 Episode 2 RECAP: the warden sends in the gas')}
      ${card('es2', 'El gas del director sale al revés | Celda 211 episodio 2')}
      ${card('plain', 'Prison Cell 211 Episode 2 recap')}
      ${card('other', 'Ten easy dinners for a busy week, all under thirty minutes')}
    </div>`, 1);
    for (const id of ['recap2', 'recap2-img', 'es2', 'es2-img']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '2']);
    // A title that only points at a recap tells nothing itself.
    expect([state('plain'), state('other')]).toEqual([null, null]);
  });

  it('is seen by the episode it covers: readable once that episode is watched', async () => {
    document.title = 'prison cell 211 recap - VidTube';
    shield = await startShield(`<div class="results">${card('recap2', 'Prison Cell 211 Episode 2 RECAP: the warden sends in the gas')}</div>`, 2);
    expect(state('recap2')).toBeNull();
  });

  it('is not made of a comment whose author is in bold: the comment is still read as a post', async () => {
    document.title = 'Prison Cell 211 fans';
    shield = await startShield(`<div class="feed">
      <div class="cm" id="post"><img src="${THUMB}" alt="" width="32" height="32"><b>mari.q</b> ep 3 had me yelling at the screen, Juan and Calancho in that cell the whole hour</div>
      <div class="cm" id="post2"><img src="${THUMB}" alt="" width="32" height="32"><b>tom_b</b> loved the soundtrack, can't wait to start it this weekend honestly</div>
    </div>`, 1);
    expect([state('post'), episode('post')]).toEqual(['hidden', '3']);
    expect(state('post2')).toBeNull();
  });
});

describe('a list whose heading names the show', () => {
  // A channel's page: the title names the channel, the heading over the grid names the show, each card names its episode.
  const grid = (cards: string) => `<h2 id="h">Past broadcasts · Prison Cell 211 watch-along week</h2>
    <div class="grid">${cards}</div>`;
  const vod = (id: string, title: string) =>
    `<div class="v" id="${id}"><img id="${id}-img" src="${THUMB}" alt="Thumbnail: a reaction face" width="160" height="90"><div class="t">${title}</div><div class="m">2:58:10 · 37K views · 3 weeks ago</div></div>`;

  it("lends it to its cards: each is the episode its title opens with, thumbnail included", async () => {
    document.title = 'couchcoyote - Videos - Streamhaus';
    shield = await startShield(grid(`
      ${vod('e2', "ep 2: our boy is on CAMERA now?? he's the inmates' spokesman | PC211 watch-along")}
      ${vod('e4', 'ep 4: party → fight → snitch gets got → THE HAND | PC211 watch-along')}
      ${vod('e5', 'ep 5: I was not ready for Helena. Ramírez deserved it. Stream ended early')}`), 2);
    expect(state('e2')).toBeNull();
    for (const id of ['e4', 'e4-img', 'e5', 'e5-img']) expect([id, state(id)]).toEqual([id, 'hidden']);
    expect([episode('e4'), episode('e5')]).toEqual(['4', '5']);
  });

  it('does not when the heading names no show, nor a card that names no episode', async () => {
    document.title = 'couchcoyote - Videos - Streamhaus';
    shield = await startShield(`<h2>Past broadcasts · horror week</h2><div class="grid">
      ${vod('other', 'ep 4: party → fight → snitch gets got → THE HAND | watch-along')}</div>
      ${grid(vod('plain', 'chat losing it at the homemade flamethrower, best stream of the month'))}`, 0);
    expect([state('other'), state('plain')]).toEqual([null, null]);
  });
});
