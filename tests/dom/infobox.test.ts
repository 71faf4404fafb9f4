// @vitest-environment happy-dom
// A fan wiki's infobox: a box titled with a character's name whose rows are a label and a value. A row names nobody
// ("Status | Deceased", "Killed by | Juan Olivera"), yet a reader takes it as the title's subject's: it is hidden with
// what it tells of them, and the rows that tell nothing stay readable.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const row = (id: string, label: string, value: string) => `<tr id="${id}"><th>${label}</th><td>${value}</td></tr>`;
const PAGE = (title: string, rows: string) => `
  <main><h1>Prison Cell 211 Wiki</h1><p>Welcome to the fan wiki of the Netflix series Prison Cell 211.</p></main>
  <aside><div class="infobox">
    <div class="title"><b>${title}</b></div>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${title} in the prison yard (promotional still)">
    <table>${rows}</table>
  </div></aside>`;

describe('a row of an infobox', () => {
  const ROWS = [
    row('actor', 'Portrayed by', 'Noé Hernández'),
    row('gang', 'Affiliation', 'North Division'),
    row('status', 'Status', 'Deceased'),
    row('killer', 'Killed by', 'Juan Olivera'),
    row('first', 'First appearance', '"Change of Plans"'),
  ].join('');

  it('is read as its title\'s subject\'s: the death rows are hidden as episode 6, the rest readable', async () => {
    shield = await startShield(PAGE('Calancho', ROWS), 2);
    expect([state('status'), episode('status')]).toEqual(['hidden', '6']);
    expect([state('killer'), episode('killer')]).toEqual(['hidden', '6']);
    for (const id of ['actor', 'gang', 'first']) expect([id, state(id)]).toEqual([id, null]);
  });

  it('in Spanish too, and readable once the episode is watched', async () => {
    const es = [row('a', 'Interpretado por', 'Noé Hernández'), row('b', 'Estado', 'Fallecido'), row('c', 'Primera aparición', 'Capítulo 1')].join('');
    shield = await startShield(PAGE('Calancho', es), 5);
    expect([state('b'), episode('b')]).toEqual(['hidden', '6']);
    expect(state('a')).toBeNull();
    shield.stop();
    shield = await startShield(PAGE('Calancho', es), 6);
    expect(state('b')).toBeNull();
  });

  it('of someone the show does not have tells nothing of the show', async () => {
    shield = await startShield(PAGE('Don Teodoro', ROWS.replace('Juan Olivera', 'his nephew')), 0);
    for (const id of ['status', 'killer', 'actor']) expect([id, state(id)]).toEqual([id, null]);
  });
});

describe('an infobox titled otherwise', () => {
  it('by its own first row across the table', async () => {
    shield = await startShield(`<main><h1>Prison Cell 211 Wiki</h1><p>A wiki about the Netflix series Prison Cell 211.</p>
      <table class="ib"><tr><th colspan="2">Calancho</th></tr>
        <tr><td colspan="2"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Calancho"></td></tr>
        ${row('actor', 'Portrayed by', 'Noé Hernández')}${row('gang', 'Affiliation', 'North Division')}${row('status', 'Status', 'Deceased')}
      </table></main>`, 0);
    expect([state('status'), episode('status')]).toEqual(['hidden', '6']);
    expect(state('actor')).toBeNull();
  });

  it("by the page's own heading, on a page about one character", async () => {
    shield = await startShield(`<main><h1>Calancho</h1><p>Calancho is a character of the Netflix series Prison Cell 211.</p>
      <div class="infobox"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Noé Hernández as Calancho">
      <table>${row('actor', 'Portrayed by', 'Noé Hernández')}${row('gang', 'Affiliation', 'North Division')}${row('killer', 'Killed by', 'Juan Olivera (at his own request)')}</table></div></main>`, 0);
    expect([state('killer'), episode('killer')]).toEqual(['hidden', '6']);
    expect(state('gang')).toBeNull();
  });
});
