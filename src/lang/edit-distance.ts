/** How far apart two words are, for forgiving typos (the catalog's resolver and the reader's own words). */

/**
 * Whether `a` and `b` are at most `max` edits apart, an edit being a letter added, dropped or changed, or two
 * neighbouring letters swapped (Damerau–Levenshtein, each letter edited once at most).
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const cols = b.length + 1;
  // Three rows of the distance table: two back (for a swap), the last, and this one.
  let back2 = new Array<number>(cols).fill(0);
  let back1 = Array.from({ length: cols }, (_, j) => j);
  let row = new Array<number>(cols).fill(0);
  let bestBefore = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j < cols; j++) {
      let v = Math.min(back1[j]! + 1, row[j - 1]! + 1, back1[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, back2[j - 2]! + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    // A later row comes from this one, or from the one before plus a swap: past `max` both, it stays past.
    if (best > max && bestBefore + 1 > max) return false;
    bestBefore = best;
    [back2, back1, row] = [back1, row, back2];
  }
  return back1[b.length]! <= max;
}
