// @vitest-environment happy-dom
// An episode grid (src/shield/table-rows.ts gridOf): a table with a column per episode, each cell what became of the
// row's person by then (a status grid) or what they do in that episode (a timeline). Each cell tells of its column's
// episode: a reader two episodes in reads every name and the first two columns, and one click shows a column. Headers
// that say "Ep" or "Cap" name episodes; bare numbers do when the cells carry over or end in dashes. A grid of air times
// or dates is none.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { $, episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

/** A row whose cells have the ids `${id}-0` (its name), `${id}-1`… */
const row = (id: string, cells: string[]) => `<tr id="${id}">${cells.map((c, i) => `<td id="${id}-${i}">${c}</td>`).join('')}</tr>`;
/** The shield's state on each cell of row `id`. */
const states = (id: string) => [...$(id).children].map((c) => c.getAttribute('data-spoiler-shield'));
const GRID = `<h1>Prison Cell 211: who is where after each episode</h1>
  <table>
    <tr><th>Name</th><th id="h1">Ep 1</th><th id="h2">Ep 2</th><th id="h3">Ep 3</th><th id="h4">Ep 4</th><th id="h5">Ep 5</th><th id="h6">Ep 6</th></tr>
    ${row('first', ['Estelle', 'held', 'held', 'held', 'freed', 'freed', 'freed'])}
    ${row('second', ['Chivo', 'in', 'in', 'in', 'in', 'in', 'in'])}
    ${row('third', ['Jackson', 'out', 'out', 'out', 'out', 'out', 'arrested'])}
  </table>`;

describe('an episode grid', () => {
  it("hides each cell under an episode after the reader's, and no row whole: the names and earlier columns stay", async () => {
    document.title = 'Prison Cell 211: status by episode - Cell wiki';
    shield = await startShield(GRID, 2);
    expect(states('first')).toEqual([null, null, null, 'hidden', 'hidden', 'hidden', 'hidden']);
    expect(states('second')).toEqual([null, null, null, 'hidden', 'hidden', 'hidden', 'hidden']);
    expect([episode('first-3'), episode('first-6'), episode('third-6')]).toEqual(['3', '6', '6']);
    expect(['first', 'second', 'third'].map(state)).toEqual([null, null, null]);
  });

  it('leaves every cell readable once its episode is watched', async () => {
    document.title = 'Prison Cell 211: status by episode - Cell wiki';
    shield = await startShield(GRID, 5);
    expect(states('third')).toEqual([null, null, null, null, null, null, 'hidden']);
    shield.stop();
    shield = await startShield(GRID, 6);
    expect(states('third')).toEqual([null, null, null, null, null, null, null]);
  });

  it('shows a whole column with one action on one of its cells, and hides it again', async () => {
    document.title = 'Prison Cell 211: status by episode - Cell wiki';
    shield = await startShield(GRID, 2);
    shield.reveal($('second-4'));
    expect(['first-4', 'second-4', 'third-4'].map(state)).toEqual(['revealed', 'revealed', 'revealed']);
    expect(['first-5', 'second-5', 'third-5'].map(state)).toEqual(['hidden', 'hidden', 'hidden']);
    shield.hideBlock($('third-4'));
    expect(['first-4', 'second-4', 'third-4'].map(state)).toEqual(['hidden', 'hidden', 'hidden']);
  });

  it('is not a grid of air times, whose cells never carry over', async () => {
    document.title = 'Prison Cell 211: when each episode airs';
    shield = await startShield(`<table>
      <tr><th>Channel</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th></tr>
      ${row('tv1', ['Canal 5', 'Mon 9pm', 'Tue 9pm', 'Wed 9pm', 'Thu 9pm', 'Fri 9pm', 'Sat 9pm'])}
      ${row('tv2', ['Canal 7', 'Mon 10pm', 'Tue 10pm', 'Wed 10pm', 'Thu 10pm', 'Fri 10pm', 'Sat 10pm'])}
    </table>`, 0);
    expect([...states('tv1'), ...states('tv2')].every((s) => s === null)).toBe(true);
  });

  it('reads a timeline under bare numbers, once its cells end in dashes', async () => {
    document.title = 'Celda 211: qué hace cada quien, capítulo por capítulo';
    shield = await startShield(`<table>
      <tr><th>Quién</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th></tr>
      ${row('mano', ['Carajo', 'Arma el alboroto', 'No se fía del nuevo', 'Se acaba', '—', '—', '—'])}
      ${row('jefa', ['La gobernadora', '—', '—', '—', '—', 'Llama por teléfono', 'Sonríe a la prensa'])}
    </table>`, 2);
    expect(states('mano')).toEqual([null, null, null, 'hidden', 'hidden', 'hidden', 'hidden']);
    expect(states('jefa')).toEqual([null, null, null, 'hidden', 'hidden', 'hidden', 'hidden']);
  });

  it("finds the episode columns after a spreadsheet's row numbers", async () => {
    document.title = 'Estado de personajes por episodio — Celda 211 (hoja colaborativa)';
    shield = await startShield(`<table>
      <tr><td>1</td><th>Personaje</th><th>Ep. 1</th><th>Ep. 2</th><th>Ep. 3</th><th>Ep. 4</th></tr>
      ${row('juan', ['2', 'Juan', 'vivo · disfrazado de reo', 'vivo · la cara del video', 'vivo · mata a Carajo', 'vivo · le corta la mano a Baldor'])}
    </table>`, 1);
    expect(states('juan')).toEqual([null, null, null, 'hidden', 'hidden', 'hidden']);
    expect(episode('juan-3')).toBe('2');
  });

  it('is not a timeline of air dates, though episodes not yet aired are dashes', async () => {
    document.title = 'Prison Cell 211: release dates by country';
    shield = await startShield(`<table>
      <tr><th>Country</th><th>Ep 1</th><th>Ep 2</th><th>Ep 3</th><th>Ep 4</th><th>Ep 5</th><th>Ep 6</th></tr>
      ${row('mx', ['Mexico', 'Feb 5', 'Feb 5', 'Feb 12', 'Feb 12', 'Feb 19', '—'])}
      ${row('us', ['United States', 'Feb 6', 'Feb 6', 'Feb 13', 'Feb 13', '—', '—'])}
    </table>`, 0);
    expect([...states('mx'), ...states('us')].every((s) => s === null)).toBe(true);
  });
});
