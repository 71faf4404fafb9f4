// @vitest-environment happy-dom
// A status grid (src/shield/table-rows.ts gridEpisode): a table with a column per episode, each cell what became of
// the row's person by then. A row tells of the last episode whose cell changes; a grid of air times is no status grid.
// A timeline grid has a cell per episode of what the person does then, and dashes once they are gone.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const row = (id: string, cells: string[]) => `<tr id="${id}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const GRID = `<h1>Prison Cell 211: who is where after each episode</h1>
  <table>
    <tr><th>Name</th><th>Ep 1</th><th>Ep 2</th><th>Ep 3</th><th>Ep 4</th><th>Ep 5</th><th>Ep 6</th></tr>
    ${row('first', ['Estelle', 'held', 'held', 'held', 'freed', 'freed', 'freed'])}
    ${row('second', ['Chivo', 'in', 'in', 'in', 'in', 'in', 'in'])}
    ${row('third', ['Jackson', 'out', 'out', 'out', 'out', 'out', 'arrested'])}
    ${row('fourth', ['The governor', 'out', 'out', 'out', 'out', 'out', 'out'])}
  </table>`;

describe('a status grid', () => {
  it('hides a row with the last episode whose cell changes', async () => {
    document.title = 'Prison Cell 211: status by episode - Cell wiki';
    shield = await startShield(GRID, 2);
    expect([state('first'), episode('first')]).toEqual(['hidden', '4']);
    expect([state('third'), episode('third')]).toEqual(['hidden', '6']);
  });

  it('leaves a row whose cells never change to its own words, and every row once its episode is watched', async () => {
    document.title = 'Prison Cell 211: status by episode - Cell wiki';
    shield = await startShield(GRID, 4);
    expect([state('first'), state('second'), state('fourth')]).toEqual([null, null, null]);
    expect(state('third')).toBe('hidden');
  });

  it('is not a grid of air times, whose cells never carry over', async () => {
    document.title = 'Prison Cell 211: when each episode airs';
    shield = await startShield(`<table>
      <tr><th>Channel</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th></tr>
      ${row('tv1', ['Canal 5', 'Mon 9pm', 'Tue 9pm', 'Wed 9pm', 'Thu 9pm', 'Fri 9pm', 'Sat 9pm'])}
      ${row('tv2', ['Canal 7', 'Mon 10pm', 'Tue 10pm', 'Wed 10pm', 'Thu 10pm', 'Fri 10pm', 'Sat 10pm'])}
    </table>`, 0);
    expect([state('tv1'), state('tv2')]).toEqual([null, null]);
  });

  it('reads a timeline grid: a row tells of its last cell before the dashes', async () => {
    document.title = 'Celda 211: qué hace cada quien, capítulo por capítulo';
    shield = await startShield(`<table>
      <tr><th>Quién</th><th>Cap. 1</th><th>Cap. 2</th><th>Cap. 3</th><th>Cap. 4</th><th>Cap. 5</th><th>Cap. 6</th></tr>
      ${row('mano', ['Carajo', 'Arma el alboroto', 'No se fía del nuevo', 'Se acaba', '—', '—', '—'])}
      ${row('chivato', ['Yori', 'Preso más', 'Preso más', 'Pasa recados', 'Se acaba', '—', '—'])}
      ${row('jefa', ['La gobernadora', '—', '—', '—', '—', 'Llama por teléfono', 'Sonríe a la prensa'])}
      ${row('visita', ['Un primo', 'De visita', '—', '—', '—', '—', '—'])}
    </table>`, 2);
    expect([state('mano'), episode('mano')]).toEqual(['hidden', '3']);
    expect([state('chivato'), episode('chivato')]).toEqual(['hidden', '4']);
    expect([state('jefa'), episode('jefa')]).toEqual(['hidden', '6']);
    expect(state('visita')).toBe(null);
  });

  it('is not a timeline of air dates, though episodes not yet aired are dashes', async () => {
    document.title = 'Prison Cell 211: release dates by country';
    shield = await startShield(`<table>
      <tr><th>Country</th><th>Ep 1</th><th>Ep 2</th><th>Ep 3</th><th>Ep 4</th><th>Ep 5</th><th>Ep 6</th></tr>
      ${row('mx', ['Mexico', 'Feb 5', 'Feb 5', 'Feb 12', 'Feb 12', 'Feb 19', '—'])}
      ${row('us', ['United States', 'Feb 6', 'Feb 6', 'Feb 13', 'Feb 13', '—', '—'])}
    </table>`, 0);
    expect([state('mx'), state('us')]).toEqual([null, null]);
  });
});
