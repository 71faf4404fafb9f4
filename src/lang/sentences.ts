/**
 * Sentence boundaries, by rule: after ! or ? and white space; after . or … (and
 * any closing quotes or brackets), white space and something that can start a
 * sentence (a capital, a digit, an opening quote, ¿ or ¡); and at line breaks. A full stop
 * after a known abbreviation ("Col.", "Dr.", "Sra.") or a single initial is not
 * a boundary. Intl.Segmenter gives the same sentences on 1,197 of our 1,198
 * labelled passages (it keeps "… way. 25 goes to prison" as one), but costs
 * about 2.4 times a bare text walk of the whole page in Chromium and is
 * quadratic in Node (docs/facts.md, "Text processing costs").
 */
import { ABBREVIATIONS } from './index';

export interface Span {
  start: number;
  end: number;
}

const BOUNDARY = /([.…]+)["'”’»)\]]*(\s+)(?=["'“‘«(¿¡]?[\p{Lu}\p{N}])|[!?]+["'”’»)\]]*\s+|\n\s*/gu;

/** Splits `text` into sentence spans that cover it from start to end. */
export function splitSentences(text: string): Span[] {
  if (text.length === 0) return [];
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[1] === '.' && isAbbreviation(text, m.index)) continue;
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** Whether the word that ends at `dot` is an abbreviation or a single initial ("J. Smith"). */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  // An initial stands alone: the "t" of "didn't." is not one.
  if (word.length === 1) return i === 0 || /[\s("“]/u.test(text[i - 1]!);
  return ABBREVIATIONS.has(word);
}
