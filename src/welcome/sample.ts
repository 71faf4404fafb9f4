/**
 * The welcome page's live example of reveal: one sentence of a review of an invented show, hidden
 * with the shield's own look (its highlight and stylesheet, src/shield/paint/look.ts), revealed by a
 * click, Enter or Space, and hidden again on request. Nothing leaves the page.
 */
import type { Look } from '../settings';
import { HIGHLIGHT_NAME } from '../shield/paint/highlight';
import { ANY_HIGHLIGHT, lookCss } from '../shield/paint/look';

export class RevealSample {
  private readonly sheet = new CSSStyleSheet();
  private readonly range: Range;
  private readonly label: string;

  constructor(
    private readonly doc: Document,
    private readonly hidden: HTMLElement,
    private readonly revealedNote: HTMLElement,
    private readonly again: HTMLButtonElement,
  ) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    this.range = doc.createRange();
    this.range.selectNodeContents(hidden);
    this.label = hidden.getAttribute('aria-label') ?? '';
    hidden.addEventListener('click', () => this.reveal());
    hidden.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      this.reveal();
    });
    again.addEventListener('click', () => {
      this.hide();
      hidden.focus();
    });
    this.hide();
  }

  /** The reader's look (blur and strength, or the bar), as pages get it. */
  showLook(look: Look, strength: number): void {
    this.sheet.replaceSync(lookCss(look, strength, ANY_HIGHLIGHT));
  }

  hide(): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    if ('highlights' in CSS) CSS.highlights.set(HIGHLIGHT_NAME, new win.Highlight(this.range));
    this.hidden.dataset.state = 'hidden';
    this.hidden.setAttribute('role', 'button');
    this.hidden.setAttribute('aria-label', this.label);
    this.hidden.tabIndex = 0;
    this.revealedNote.hidden = true;
    this.again.hidden = true;
  }

  reveal(): void {
    if (this.hidden.dataset.state === 'revealed') return;
    CSS.highlights?.delete(HIGHLIGHT_NAME);
    this.hidden.dataset.state = 'revealed';
    this.hidden.removeAttribute('role');
    this.hidden.removeAttribute('aria-label');
    this.hidden.removeAttribute('tabindex');
    this.revealedNote.hidden = false;
    this.again.hidden = false;
    this.again.focus();
  }
}
