/**
 * What a unit holds: all of its text, read as one (so a table row's name cell and its "what happens"
 * cell are read together, and a comment's author line goes with its words), the blocks inside it,
 * and its pictures (images, posters, background thumbnails), which are hidden with it.
 */
import { BLOCK_TAGS, isSkipped, rangeOver, type BlockText } from './blocks';
import { looksLikeUnit } from './units';

export interface UnitContent {
  text: BlockText;
  /** The blocks inside the unit that hold text (the unit itself when it is a block). */
  blocks: Element[];
  /** Images, pictures, videos and elements with a background image, the unit itself included. */
  pictures: Element[];
}

/**
 * Between two blocks of a unit: a line break, which ends a paragraph. Between two cells of a row: a
 * bar, which ends nothing, so a row reads as one statement ("Helena | Dies of injuries at the gate").
 * (A full stop instead lost more rows than it saved on the labelled pages: "José Luis «25» | Vivo y
 * preso, convertido en chivo expiatorio" needs the name and the fate in one sentence.)
 */
const BLOCK_BREAK = '\n';
const CELL_BREAK = ' | ';

/** Reads a unit's text, blocks and pictures, leaving out skipped regions and units nested in it. */
export function readUnit(unit: Element): UnitContent {
  const out: UnitContent = { text: { text: '', pieces: [] }, blocks: [], pictures: [] };
  const blocks = new Set<Element>();
  if (isPicture(unit)) out.pictures.push(unit);
  /** Block elements open around the walk, innermost last. */
  const open: Element[] = BLOCK_TAGS.has(unit.tagName) ? [unit] : [];
  let pending = '';
  const crossed = (el: Element) => {
    if (el.tagName === 'BR') pending = BLOCK_BREAK;
    if (!BLOCK_TAGS.has(el.tagName)) return;
    const cell = el.tagName === 'TD' || el.tagName === 'TH';
    if (pending !== BLOCK_BREAK) pending = cell ? CELL_BREAK : BLOCK_BREAK;
  };
  let n: Node | null = unit.firstChild;
  while (n) {
    let inside = false;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      const t = out.text;
      if (/\S/.test(data)) {
        if (pending && t.text.length > 0) t.text += pending;
        pending = '';
        const block = open[open.length - 1];
        if (block) blocks.add(block);
      }
      if (data.length > 0) {
        t.pieces.push({ node: n as Text, start: t.text.length });
        t.text += data;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      if (isSkipped(el) || isNestedUnit(el)) inside = false;
      else if (isPicture(el)) {
        out.pictures.push(el);
        inside = el.tagName !== 'PICTURE' && el.tagName !== 'VIDEO';
      } else inside = el.namespaceURI !== SVG_NS;
      if (inside) {
        crossed(el);
        if (BLOCK_TAGS.has(el.tagName)) open.push(el);
      }
    }
    if (inside && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    if (inside) leave(n as Element);
    while (n !== unit && n.nextSibling === null) {
      n = n.parentNode!;
      if (n !== unit) leave(n as Element);
    }
    n = n === unit ? null : n.nextSibling;
  }
  out.blocks = [...blocks];
  return out;

  function leave(el: Element): void {
    if (open[open.length - 1] === el) open.pop();
    crossed(el);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Whether `el` shows a picture: an image, a <picture>, a video (its poster or frames), a CSS background image. */
export function isPicture(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'IMG' || tag === 'PICTURE' || tag === 'VIDEO') return true;
  const style = el.getAttribute('style');
  return style !== null && /url\(/i.test(style);
}

/** A descendant that is a unit of its own (a reply inside a comment, a row of a nested table): not part of this one. */
function isNestedUnit(el: Element): boolean {
  return el.firstChild !== null && looksLikeUnit(el);
}

/**
 * The ranges that paint a unit's text over: one per text node with something to read, so that the
 * text of a unit nested in it is left to that unit, and each block's text is painted within it.
 */
export function unitRanges(content: UnitContent): AbstractRange[] {
  const { text } = content;
  const out: AbstractRange[] = [];
  for (const p of text.pieces) {
    if (!/\S/.test(p.node.data)) continue;
    const r = rangeOver(text, p.start, p.start + p.node.data.length);
    if (r) out.push(r);
  }
  return out;
}
