// @vitest-environment happy-dom
// A row that tags what it tells with its episode ("… (E4)", "(ep. 5)", "(cap. 3)"), in a table with no episode
// column (a crossword's clues, a quiz's answers): the row is about that episode, on a page about the show.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const TABLE = `<main><h1>Sunday puzzle: Prison Cell 211</h1><table>
  <tr><th>No.</th><th>Clue</th><th>Answer</th></tr>
  <tr id="job"><td>1</td><td>What Juan does for a living (6)</td><td>LAWYER</td></tr>
  <tr id="gate"><td>4</td><td>Where the families wait for news, until the police move in (E4) (4)</td><td>GATE</td></tr>
  <tr id="cap"><td>6</td><td>Lo que la gente arma en el patio con tortillas (cap. 4) (6)</td><td>FIESTA</td></tr>
  <tr id="night"><td>9</td><td>Ep. 3 (E3)</td><td>SAT 9 PM</td></tr>
  <tr id="sig"><td>pencil_bob</td><td>Solved in 12 minutes. Currently watching: Prison Cell 211 (ep 3)</td><td>★★★</td></tr>
</table></main>`;

describe('a row tagged with its episode', () => {
  it('is hidden with the episode its tag names when it tells something; an untagged row, a bare tag and a signature\'s progress are not', async () => {
    document.title = 'Sunday puzzle: Prison Cell 211 | Grid & Pencil';
    shield = await startShield(TABLE, 2);
    expect([state('gate'), episode('gate'), state('cap'), episode('cap')]).toEqual(['hidden', '4', 'hidden', '4']);
    expect([state('job'), state('night'), state('sig')]).toEqual([null, null, null]);
  });

  it('is left alone once its episode is watched, and on a page that is not about the show', async () => {
    document.title = 'Sunday puzzle: Prison Cell 211 | Grid & Pencil';
    shield = await startShield(TABLE, 4);
    expect([state('gate'), state('cap')]).toEqual([null, null]);
    shield.stop();
    document.title = 'Sunday puzzle: garden words | Grid & Pencil';
    shield = await startShield(TABLE.replace('Sunday puzzle: Prison Cell 211', 'Sunday puzzle: garden words').replace(/Juan/g, 'Pat'), 0);
    expect([state('gate'), state('cap')]).toEqual([null, null]);
  });
});
