/**
 * Sentence boundaries with Intl.Segmenter. Segmenting is quadratic in the length
 * of the string in Node 20 (see shared/MEASURED.md), so callers segment one block
 * at a time, and very long blocks fall back to splitting after . ! ? and line breaks.
 */

export interface Span {
  start: number;
  end: number;
}

const LONG_BLOCK = 8_000;
let segmenter: Intl.Segmenter | undefined;

/** Splits `text` into sentence spans that cover it from start to end. */
export function splitSentences(text: string): Span[] {
  if (text.length === 0) return [];
  const spans: Span[] = [];
  if (text.length <= LONG_BLOCK && typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const s of segmenter.segment(text)) spans.push({ start: s.index, end: s.index + s.segment.length });
    return spans;
  }
  const boundary = /(?<=[.!?…])\s+|\n\s*/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
