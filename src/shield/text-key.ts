/**
 * A short key for a block's text, so "Not a spoiler" can be remembered without
 * storing the page's text: FNV-1a over the normalised text, in hex.
 */
import { normalizeText } from '../lang/normalize';

export function textKey(text: string): string {
  const s = normalizeText(text).replace(/\s+/g, ' ').trim();
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
