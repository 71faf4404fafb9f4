/**
 * The stylesheet for the reader's choice of look: the blur at a strength, or a
 * solid bar. It is adopted by the document and by each shadow root after the
 * shield's own stylesheet (style.css), so it wins where they differ. Only the
 * properties a highlight may paint are used: no layout changes.
 *
 * The highlight's declarations are !important: Firefox cascades the manifest's stylesheet (style.css)
 * after the document's adopted sheets, so without it the reader's look lost to the default there
 * (docs/firefox.md).
 */
import type { Look } from '../../settings-schema';
import { PICTURE_ATTR, STATE_ATTR } from './marks';
import { HIGHLIGHT_NAME, PENDING_ATTR } from './highlight';

/** The bar's colour: dark enough that no letter shows through, on light and dark pages alike. */
const BAR = '#44403c';

/**
 * The pictures of a hidden unit, and images whose alt text would spoil (style.css has the default).
 * `clip-path: inset(0)` keeps a blur inside the picture's own box, so nothing around it changes.
 */
export const HIDDEN_PICTURES = ['img', 'picture', 'video', `[${PICTURE_ATTR}]`].map((s) => `${s}[${STATE_ATTR}='hidden']`).join(', ');

/**
 * The highlight on a page: only inside marked blocks, where the shield puts its ranges (hidden-blocks.ts
 * marks a block before it adds the block's ranges). A bare `::highlight()` rule could match any element,
 * so adopting a sheet that holds one makes the browser style every element of the page again: 6,000 on
 * a page of 3,000 paragraphs, 15–20 ms on the 100 KB review (docs/issue-14-ordinary-pages.md, "Seventh
 * session"). A rule tied to an attribute no element has yet restyles none.
 */
export const PAGE_HIGHLIGHT = `[${STATE_ATTR}]::highlight(${HIGHLIGHT_NAME}), [${STATE_ATTR}] ::highlight(${HIGHLIGHT_NAME})`;
/** The highlight anywhere: for the options' and welcome page's previews, whose sample is not marked as a page's block is. */
export const ANY_HIGHLIGHT = `::highlight(${HIGHLIGHT_NAME})`;

/** CSS for `look`; `strength` is 1 (light) to 5 (strong); `highlight` selects the highlighted text. */
export function lookCss(look: Look, strength: number, highlight = PAGE_HIGHLIGHT): string {
  if (look === 'bar') {
    // A solid bar over a picture: black, lifted to the bar's grey (brightness(0) then invert(0.26) ≈ #424242).
    return `${HIDDEN_PICTURES} { filter: brightness(0) invert(0.26) !important; clip-path: inset(0) !important; }
${highlight} { color: transparent !important; background-color: ${BAR} !important; text-shadow: none !important; }
[${PENDING_ATTR}], [${PENDING_ATTR}] * { color: transparent !important; background-color: ${BAR} !important; text-shadow: none !important; }
@supports not selector(::highlight(${HIGHLIGHT_NAME})) {
  [${STATE_ATTR}='hidden'] { filter: none; color: transparent !important; background-color: ${BAR} !important; }
  [${STATE_ATTR}='hidden'] * { color: transparent !important; }
}`;
  }
  const s = Math.min(5, Math.max(1, Math.round(strength))) - 1;
  const near = (0.3 + 0.175 * s).toFixed(3);
  const far = (0.55 + 0.275 * s).toFixed(3);
  const tint = (0.2 + 0.05 * s).toFixed(2);
  const shadow = `0 0 ${near}em rgba(90, 90, 90, 1), 0 0 ${far}em rgba(90, 90, 90, 0.7)`;
  return `${HIDDEN_PICTURES} { filter: blur(${6 + 3 * s}px) !important; clip-path: inset(0) !important; }
${highlight} { color: transparent !important; background-color: rgba(128, 128, 128, ${tint}) !important; text-shadow: ${shadow} !important; }
[${PENDING_ATTR}], [${PENDING_ATTR}] * { color: transparent !important; text-shadow: ${shadow} !important; }
@supports not selector(::highlight(${HIGHLIGHT_NAME})) {
  [${STATE_ATTR}='hidden'] { filter: blur(${3 + 2 * s}px); }
}`;
}
