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
  if (column < 0) return undefined;
  const cell = cellAt(row, column);
  if (!cell) return undefined;
  const m = EPISODE_CELL.exec(scopeText(cell.textContent ?? ''));
  if (!m) return undefined;
  const episode = Number(m[2] ?? m[1]);
  // The show's length is asked only now: a page that names nobody never rebuilds the catalog.
  return episode >= 1 && episode <= lastEpisode() ? { row, episode } : undefined;
}

/** The index of the cell of `table`'s header row that names the episode, or -1. */
function episodeColumn(table: Element): number {
  const header = table.querySelector('tr');
  if (!header || header.querySelector('td') || !header.querySelector('th')) return -1;
  let at = 0;
  for (let c = header.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
    if (EPISODE_HEADER.test(scopeText(c.textContent ?? ''))) return at;
    at += Math.max(1, Number(c.getAttribute('colspan')) || 1);
  }
  return -1;
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
