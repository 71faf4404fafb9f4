/**
 * A table with a column for the episode ("Episode", "Ep.", "Capítulo", "Cap."): each of its rows tells which
 * episode it is about in its cell of that column ("Coronel Ramírez | Juan | Stabbed when he admits the truth | 5",
 * "3 | 1 | El brazo derecho del jefe"), as a recap's heading does for its section. Not a column that counts
 * them ("Episodes": a cast table's "6"): only the singular names one.
 */
import { scopeText } from '../decide/scope/episode-scope';

/** A header cell that names the episode column, folded as scopeText folds. */
const EPISODE_HEADER = /^(?:episode|ep|episodio|capitulo|cap|chapter)\s*\.?\s*(?:#|no\.?|n\.?o)?$/;
/** A cell that gives an episode: "5", "Ep. 5", "E5", "cap 5", a range "1–6" (its last). */
const EPISODE_CELL = /^(?:(?:ep|cap|e)\s*\.?\s*)?(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?$/;

/**
 * The episode a table says the cell or row `el` covers, up to `lastEpisode()`, and what it takes it from: the row's cell
 * in the table's episode column (a row), or, in an episode grid, the header of the cell's column (see gridOf); undefined
 * if none. A grid's row, and its cells that are no episode's (the names), get none: they are read by their own words.
 */
export function tableScope(el: Element, lastEpisode: () => number): { source: Element; episode: number } | undefined {
  const cell = el.tagName === 'TD' || el.tagName === 'TH' ? el : undefined;
  const row = el.tagName === 'TR' ? el : cell?.parentElement;
  if (!row || row.tagName !== 'TR' || !row.querySelector('td')) return undefined;
  const table = row.closest('table');
  if (!table || row === headerRow(table)) return undefined;
  const column = episodeColumn(table);
  if (column < 0) {
    const grid = gridOf(table);
    if (!grid) return taggedEpisode(row, lastEpisode);
    const under = cell ? grid.find((g) => g.column === columnOf(cell)) : undefined;
    return under && under.episode <= lastEpisode() ? { source: under.header, episode: under.episode } : undefined;
  }
  const episodeCell = cellAt(row, column);
  if (!episodeCell) return undefined;
  const m = EPISODE_CELL.exec(scopeText(episodeCell.textContent ?? ''));
  if (!m) return undefined;
  const episode = Number(m[2] ?? m[1]);
  // The show's length is asked only now: a page that names nobody never rebuilds the catalog.
  return episode >= 1 && episode <= lastEpisode() ? { source: row, episode } : undefined;
}

/** Whether `row` is a row of an episode grid, whose cells are read one by one (no unit). */
export function isGridRow(row: Element): boolean {
  const table = row.closest('table');
  return table !== null && row.querySelector('td') !== null && row !== headerRow(table) && gridOf(table) !== null;
}

/** An episode tag in parentheses: "(E2)", "(ep. 4)", "(S1E6)", "(cap. 3)", "(episodio 5)". */
const EPISODE_TAG = /\((?:s\d{1,2}\s*)?(?:e|ep|episode|episodio|cap|cap[ií]tulo|chapter)\s*\.?\s*(\d{1,2})\)/gi;
/**
 * Words the tag's part of a cell says before it, for the tag to date what it tells ("Where the hostages are held (E2)"),
 * not a schedule's "Ep. 3 (E3)" or a signature's "Currently watching: Prison Cell 211 (ep 3)".
 */
const TAGGED_WORDS = 4;

/**
 * A row whose cell tells something and tags it with its episode, in a table with no episode column (a crossword's
 * "Where the hostages are held (E2) (3) | GYM"): the row is about that episode, the latest its cells tag.
 */
function taggedEpisode(row: Element, lastEpisode: () => number): { source: Element; episode: number } | undefined {
  let episode = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const text = c.textContent ?? '';
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(EPISODE_TAG)) {
      // The words of its own part of the cell: "Currently watching: Prison Cell 211 (ep 3)" dates where its writer is, not a story.
      const start = Math.max(...[',', ';', ':', '·', '|', '\n'].map((sep) => text.lastIndexOf(sep, m.index!))) + 1;
      if ((text.slice(start, m.index).match(/\p{L}+/gu)?.length ?? 0) >= TAGGED_WORDS) episode = Math.max(episode, Number(m[1]));
    }
  }
  return episode >= 1 && episode <= lastEpisode() ? { source: row, episode } : undefined;
}

/** The index of the cell of `table`'s header row that names the episode, or -1. */
function episodeColumn(table: Element): number {
  for (const { cell, column } of headerCells(table)) if (EPISODE_HEADER.test(scopeText(cell.textContent ?? ''))) return column;
  return -1;
}

/**
 * The cells of `table`'s header row and the column each starts at; none without one. A header row is a first row of
 * `th` cells, but for one `td` (a spreadsheet's row number).
 */
function headerCells(table: Element): { cell: Element; column: number }[] {
  const header = headerRow(table);
  if (!header) return [];
  const cells: { cell: Element; column: number }[] = [];
  let at = 0;
  for (let c = header.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
    cells.push({ cell: c, column: at });
    at += Math.max(1, Number(c.getAttribute('colspan')) || 1);
  }
  return cells;
}

/** `table`'s header row (see headerCells), or null. */
function headerRow(table: Element): Element | null {
  const header = table.querySelector('tr');
  return header && header.querySelector(':scope > th') && header.querySelectorAll(':scope > td').length <= 1 ? header : null;
}

/** The column `cell` starts at, cells that span several columns counted for each. */
function columnOf(cell: Element): number {
  let at = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (c.tagName === 'TD' || c.tagName === 'TH') at += Math.max(1, Number(c.getAttribute('colspan')) || 1);
  }
  return at;
}

/** The cell of `row` under column `column`, cells that span several columns counted for each. */
function cellAt(row: Element, column: number): Element | undefined {
  let at = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
    at += Math.max(1, Number(c.getAttribute('colspan')) || 1);
    if (at > column) return c;
  }
  return undefined;
}

/** A column of an episode grid: where it starts, its episode, and its header cell. */
interface GridColumn {
  column: number;
  episode: number;
  header: Element;
}

/** Each table's episode columns, when it is an episode grid; null when it is not. */
const grids = new WeakMap<Element, GridColumn[] | null>();
/** Fewer episode columns than this make no grid. */
const MIN_GRID_COLUMNS = 3;
/** The share of a grid's next-episode cells that carry over the one before (the rest change). */
const MIN_CARRIED = 0.5;

/**
 * An episode grid: a column per episode, each cell what became of the row's person by then, or what they do in that
 * episode ("Character | Ep 1 | Ep 2 | … | Ep 6", "Carajo | A | A | D | D | D | D", "Carajo | Starts the riot | Distrusts
 * Juan | Dies | — | — | —"). Each cell tells of its column's episode: a reader two episodes in reads every name and the
 * first two columns, as a fan wiki's grid hides the columns ahead. Headers that say "Ep" or "Cap" name episodes; bare
 * numbers do when the cells mostly carry over from one episode to the next (a status) or end in blanks once someone is
 * gone (a timeline): a TV guide's days never do. Neither is one whose cells are mostly times, dates or ratings.
 */
function gridOf(table: Element): GridColumn[] | null {
  let grid = grids.get(table);
  if (grid !== undefined) return grid;
  let columns: GridColumn[] = [];
  let named = true;
  for (const { cell, column } of headerCells(table)) {
    const text = scopeText(cell.textContent ?? '');
    const m = EPISODE_CELL.exec(text);
    if (!m || m[2]) continue;
    // Episodes in order, one column each: 1, 2, 3… A "1" starts them again (the spreadsheet's row number was none).
    const episode = Number(m[1]);
    if (episode === 1) [columns, named] = [[], true];
    if (episode !== (columns.at(-1)?.episode ?? 0) + 1) continue;
    columns.push({ column, episode, header: cell });
    named &&= /\p{L}/u.test(text);
  }
  const kind = columns.length >= MIN_GRID_COLUMNS ? isGrid(table, columns, named) : false;
  // Too few rows parsed yet to tell: asked again at the next row.
  if (kind === undefined) return null;
  grid = kind ? columns : null;
  grids.set(table, grid);
  return grid;
}

/** Pairs of cells to read before a table is known to be no grid. */
const MIN_PAIRS = 10;
/** A cell that tells nothing: empty, a dash, a question mark. */
const BLANK = /^[\s\-\u2013\u2014?.·]*$/;
/** A cell that gives a time or a date, as a TV guide's do. */
const HAS_DIGIT = /\d/;

/**
 * Whether `table` is an episode grid (see gridOf), as far as its rows are parsed; undefined while too few are to tell.
 * `named`: its headers say "Ep" or "Cap".
 */
function isGrid(table: Element, columns: GridColumn[], named: boolean): boolean | undefined {
  let same = 0;
  let pairs = 0;
  let ends = false;
  let filled = 0;
  let digits = 0;
  const header = headerRow(table);
  for (const row of table.querySelectorAll('tr')) {
    if (row === header || !row.querySelector('td')) continue;
    const texts = columns.map((c) => cellText(row, c.column));
    for (let i = 1; i < texts.length; i++) {
      const a = texts[i - 1];
      const b = texts[i];
      if (!a || !b) continue;
      pairs++;
      if (a === b) same++;
    }
    const words = texts.filter((t): t is string => !!t);
    filled += words.length;
    digits += words.filter((t) => HAS_DIGIT.test(t)).length;
    if (words.length > 0 && texts.at(-1) === '') ends = true;
  }
  // Times, dates and ratings are no one's story.
  const wordy = digits * 2 < filled;
  if (wordy && (named || (same >= pairs * MIN_CARRIED && pairs > 0) || ends)) return true;
  return pairs >= MIN_PAIRS ? false : undefined;
}

/** The words of `row`'s cell under `column`, folded to lower case: '' for a blank cell (a dash), undefined for none. */
function cellText(row: Element, column: number): string | undefined {
  const cell = cellAt(row, column);
  if (!cell) return undefined;
  const text = (cell.textContent ?? '').trim().toLowerCase();
  return BLANK.test(text) ? '' : text;
}

