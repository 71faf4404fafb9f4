/**
 * An infobox: a fan wiki's box of facts about one character, titled with the name, whose rows are a label and a value
 * ("Status | Deceased", "Killed by | Juan Olivera", "Estado | Fallecido"). A row names nobody; its box's title says whom
 * it is about, as a reader takes it. So a row is read as its subject's: "Calancho | Status Deceased". Pure DOM, no
 * catalog: whether the subject is someone of the show is the matcher's to say.
 */

/** A box of facts has at least this many rows of a label and a value. */
const MIN_ROWS = 3;
/** A title is a name: at most this many words, and this many characters. */
const TITLE_WORDS = 4;
const TITLE_CHARS = 40;
/** How many elements before the table its title may be (a picture may sit between). */
const TITLE_DISTANCE = 3;

/** Whether `row` is a label and a value: one header cell, then one data cell. */
function isFactRow(row: HTMLTableRowElement): boolean {
  return row.cells.length === 2 && row.cells[0]!.tagName === 'TH' && row.cells[1]!.tagName === 'TD';
}

/** A row of one cell across the table: its title ("Juan Olivera"), or its picture. */
function isSpanRow(row: HTMLTableRowElement): boolean {
  return row.cells.length === 1;
}

/**
 * The element that holds the short title a table of facts is under: its own first row of one cell, its caption, an
 * element just before it, or else the page's own heading (a wiki's page on one character: "Calancho"); null if none.
 */
function titleElementOf(table: HTMLTableElement): Element | null {
  const own = [...table.rows].find(isSpanRow);
  if (own && /\S/.test(own.textContent ?? '')) return own;
  if (table.caption) return table.caption;
  let el = table.previousElementSibling;
  for (let i = 0; el && i < TITLE_DISTANCE; i++, el = el.previousElementSibling) if (/\S/.test(el.textContent ?? '')) return el;
  return table.ownerDocument.querySelector('h1');
}

function asTitle(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= TITLE_CHARS && t.split(' ').length <= TITLE_WORDS ? t : undefined;
}

/**
 * What a table is, as last looked at: whether its rows are all a label and a value (at least MIN_ROWS of them) or one
 * cell across (a title, a picture), and where its title is. Kept while its number of rows stays the same: every cell
 * of a table asks, and a long table of two columns is walked once, not once per cell.
 */
const tables = new WeakMap<HTMLTableElement, { rows: number; title: Element | null }>();

/** The table of facts `row` is a row of, with its title (see titleElementOf), if it is one. */
function factTable(row: Element): { table: HTMLTableElement; title: string } | undefined {
  if (row.tagName !== 'TR' || !isFactRow(row as HTMLTableRowElement)) return undefined;
  const table = row.closest('table');
  if (!table || table.rows.length < MIN_ROWS) return undefined;
  let known = tables.get(table);
  if (known?.rows !== table.rows.length) {
    let facts = 0;
    let all = true;
    for (const r of table.rows) {
      if (isFactRow(r)) facts++;
      else if (!isSpanRow(r)) all = false;
      if (!all) break;
    }
    known = { rows: table.rows.length, title: all && facts >= MIN_ROWS ? titleElementOf(table) : null };
    tables.set(table, known);
  }
  const title = known.title ? asTitle(known.title.textContent ?? '') : undefined;
  return title ? { table, title } : undefined;
}

/** Whether `row` is a row of an infobox (see factTable). */
export function isInfoboxRow(row: Element): boolean {
  return factTable(row) !== undefined;
}

/** Whether a block (a cell) lies in a row of an infobox. */
export function inInfobox(block: Element): boolean {
  const row = block.tagName === 'TD' || block.tagName === 'TH' ? block.parentElement : null;
  return row !== null && isInfoboxRow(row);
}

/**
 * How a reader takes a row of an infobox: its subject, then its label and value as one phrase ("Calancho | Killed by
 * Juan Olivera"); undefined for any other row.
 */
export function infoboxReading(row: Element): string | undefined {
  const box = factTable(row);
  if (!box) return undefined;
  const [label, value] = [...(row as HTMLTableRowElement).cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
  return `${box.title} | ${label} ${value}`;
}
