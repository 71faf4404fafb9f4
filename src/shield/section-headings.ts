/**
 * The headings a block sits under: the nearest heading before an element in the document's order
 * (outside navigation and sidebars, and not a card's own title), and the heading of the section each
 * heading is in. Both are remembered per element until headings come, go or change (`reset`, called by
 * regions.ts), so that a page of thousands of blocks and sections is walked about once.
 */
import { HEADING_TAGS } from './blocks';
import { lastHeadingIn } from './region-blocks';
import { looksLikeUnit } from './units';

/** How far the search for a heading goes back, in elements (or sections), before it gives up. */
const MAX_BACK = 400;

/** A heading's level (1 to 6); 7 for any other element, below every heading. */
export const levelOf = (el: Element): number => (HEADING_TAGS.has(el.tagName) ? Number(el.tagName[1]) : 7);

export class SectionHeadings {
  private beforeOf = new WeakMap<Element, Element | null>();
  /** The heading of the section each heading is in (see `above`), by heading. */
  private parents = new WeakMap<Element, Element | null>();

  constructor(
    /** Whether an element lies around the main content (asides.ts): its headings head no section of it. */
    private readonly isAside: (el: Element) => boolean,
  ) {}

  reset(): void {
    this.beforeOf = new WeakMap();
    this.parents = new WeakMap();
  }

  /**
   * The nearest heading before `el` of a level above its own (the section `el` is in), or null. Found
   * through the sections of the headings on the way (`parents`), so that a page of two thousand sections
   * does not walk back over every one of them for each.
   */
  above(el: Element): Element | null {
    const level = levelOf(el);
    if (level <= 1) return null;
    const isHeading = level < 7;
    if (isHeading) {
      const known = this.parents.get(el);
      if (known !== undefined) return known;
    }
    let h = this.before(el);
    for (let steps = 0; h && levelOf(h) >= level && steps < MAX_BACK; steps++) {
      // Every heading between h and the section above it is of h's level or below, so of this one or below.
      const up = this.parents.get(h);
      h = up !== undefined ? up : this.before(h);
    }
    const answer = h && levelOf(h) < level ? h : null;
    if (isHeading) this.parents.set(el, answer);
    return answer;
  }

  /** The nearest heading before `el` in the document's order, outside navigation and sidebars. */
  before(el: Element): Element | null {
    const path: Element[] = [];
    let answer: Element | null = null;
    let e: Element | null = el;
    for (let steps = 0; e && steps < MAX_BACK; steps++) {
      const known = this.beforeOf.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(e);
      const prev: Element | null = e.previousElementSibling;
      if (!prev) {
        const parent: Element | null = e.parentElement;
        if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
        e = parent;
        continue;
      }
      if (!this.isAside(prev)) {
        if (HEADING_TAGS.has(prev.tagName)) {
          answer = prev;
          break;
        }
        // A card's title is the card's, not a section's heading (a grid of cards is not a run of sections).
        const inside = looksLikeUnit(prev) ? null : lastHeadingIn(prev);
        if (inside && !this.isAside(inside)) {
          answer = inside;
          break;
        }
      }
      e = prev;
    }
    for (const p of path) this.beforeOf.set(p, answer);
    return answer;
  }
}
