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

/** The episode the row around `el` (a row, or a cell of one) gives in its table's episode column, up to `lastEpisode()`; undefined if none. */
export function rowEpisode(el: Element, lastEpisode: () => number): { row: Element; episode: number } | undefined {
  const row = el.tagName === 'TR' ? el : el.tagName === 'TD' || el.tagName === 'TH' ? el.parentElement : null;
  if (!row || row.tagName !== 'TR' || !row.querySelector('td')) return undefined;
  const table = row.closest('table');
  const column = table ? episodeColumn(table) : -1;
  if (column < 0) return table ? (gridEpisode(row, table, lastEpisode) ?? taggedEpisode(row, lastEpisode)) : undefined;
  const cell = cellAt(row, column);
  if (!cell) return undefined;
  const m = EPISODE_CELL.exec(scopeText(cell.textContent ?? ''));
  if (!m) return undefined;
  const episode = Number(m[2] ?? m[1]);
  // The show's length is asked only now: a page that names nobody never rebuilds the catalog.
  return episode >= 1 && episode <= lastEpisode() ? { row, episode } : undefined;
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
function taggedEpisode(row: Element, lastEpisode: () => number): { row: Element; episode: number } | undefined {
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
  return episode >= 1 && episode <= lastEpisode() ? { row, episode } : undefined;
}

/** The index of the cell of `table`'s header row that names the episode, or -1. */
function episodeColumn(table: Element): number {
  for (const { cell, column } of headerCells(table)) if (EPISODE_HEADER.test(scopeText(cell.textContent ?? ''))) return column;
  return -1;
}

/** The cells of `table`'s header row (a first row of `th` alone) and the column each starts at; none without one. */
function headerCells(table: Element): { cell: Element; column: number }[] {
  const header = table.querySelector('tr');
  if (!header || header.querySelector('td')) return [];
  const cells: { cell: Element; column: number }[] = [];
  let at = 0;
  for (let c = header.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
    cells.push({ cell: c, column: at });
    at += Math.max(1, Number(c.getAttribute('colspan')) || 1);
  }
  return cells;
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

/**
 * A status grid: a column per episode ("Character | Actor | 1 | 2 | 3 | 4 | 5 | 6"), each cell what became of the row's
 * person by then ("A", "A (mole)", "D"). A row tells of the last episode whose cell differs from the one before it:
 * "Carajo | A | A | D | D | D | D" tells of episode 3, "Juan | A | … | A (leader)" of episode 6. A grid is one whose
 * cells mostly carry over from one episode to the next (a status); a TV guide's air times never do. A timeline grid
 * is one too: each cell what the row's person does in that episode, and a dash once the person is gone ("Carajo |
 * Starts the riot | Distrusts Juan | Dies | — | — | —" tells of episode 3); a blank cell tells nothing.
 */
function gridEpisode(row: Element, table: Element, lastEpisode: () => number): { row: Element; episode: number } | undefined {
  const grid = gridOf(table);
  if (!grid) return undefined;
  let episode = 0;
  let before: string | undefined;
  for (const [i, g] of grid.columns.entries()) {
    const text = cellText(row, g.column);
    if (!text) continue;
    // A status grid's first cell is where its person starts; a timeline's tells what they do in that episode.
    if ((i > 0 || grid.timeline) && text !== before) episode = g.episode;
    before = text;
  }
  return episode >= 1 && episode <= lastEpisode() ? { row, episode } : undefined;
}

interface GridColumn {
  column: number;
  episode: number;
}

interface Grid {
  columns: GridColumn[];
  timeline: boolean;
}

/** Each table's episode columns, when it is a status or timeline grid (see gridEpisode); null when it is not. */
const grids = new WeakMap<Element, Grid | null>();
/** Fewer episode columns than this make no grid. */
const MIN_GRID_COLUMNS = 3;
/** The share of a grid's next-episode cells that carry over the one before (the rest change). */
const MIN_CARRIED = 0.5;

function gridOf(table: Element): Grid | null {
  let grid = grids.get(table);
  if (grid !== undefined) return grid;
  grid = null;
  const columns: GridColumn[] = [];
  for (const { cell, column } of headerCells(table)) {
    const m = EPISODE_CELL.exec(scopeText(cell.textContent ?? ''));
    // Episodes in order, one column each: 1, 2, 3…
    if (m && !m[2] && Number(m[1]) === (columns.at(-1)?.episode ?? 0) + 1) columns.push({ column, episode: Number(m[1]) });
  }
  const kind = columns.length >= MIN_GRID_COLUMNS ? gridKind(table, columns) : false;
  if (kind) grid = { columns, timeline: kind === 'timeline' };
  // Too few rows parsed yet to tell: asked again at the next row.
  else if (kind === undefined) return null;
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
 * Whether `table` is a status grid or a timeline grid (see gridEpisode), as far as its rows are parsed; undefined
 * while too few are to tell. Most cells hold no digit (a grid of air times or dates is neither), and either most
 * next-episode cells repeat the one before (status) or some row's cells end in blanks (timeline: its person is gone).
 */
function gridKind(table: Element, columns: GridColumn[]): 'status' | 'timeline' | false | undefined {
  let same = 0;
  let pairs = 0;
  let ends = false;
  let filled = 0;
  let digits = 0;
  for (const row of table.querySelectorAll('tr')) {
    if (!row.querySelector('td')) continue;
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
  if (wordy && same >= pairs * MIN_CARRIED && pairs > 0) return 'status';
  if (wordy && ends) return 'timeline';
  return pairs >= MIN_PAIRS ? false : undefined;
}

/** The words of `row`'s cell under `column`, folded to lower case: '' for a blank cell (a dash), undefined for none. */
function cellText(row: Element, column: number): string | undefined {
  const cell = cellAt(row, column);
  if (!cell) return undefined;
  const text = (cell.textContent ?? '').trim().toLowerCase();
  return BLANK.test(text) ? '' : text;
}

