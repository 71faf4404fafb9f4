/**
 * The card shown on a hidden block when the reader points at it, focuses it or
 * taps it: what it is ("Spoiler · Prison Cell 211 · episode 5"), and its buttons
 * ("Reveal" and "Not a spoiler"; "Hide again" on a block the reader revealed).
 * It fits a 360 px screen, and opened by a tap its buttons are 44 px targets. It lives in a shadow root under <html>, outside <body>, so the page's
 * own text and layout are untouched and the page's styles cannot reach it. Its
 * buttons act only on the reader's own (trusted) clicks, so a page script that
 * finds them can press nothing.
 */
import { adoptSheets } from '../paint/adopt-sheets';

export interface HintButton {
  label: string;
  primary?: boolean;
  act: (block: Element) => void;
}

export interface HintContent {
  title: string;
  detail: string;
  buttons: HintButton[];
  /** Opened by a tap: finger-sized buttons (44 px, WCAG 2.5.5), whatever the device says it is. */
  touch?: boolean;
}

/** Space the card keeps from the window's edges, and from the block. */
const EDGE = 4;
const GAP = 6;

const STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: min(320px, calc(100vw - 8px)); box-sizing: border-box;
  font: 13px/1.4 system-ui, sans-serif; color: #1c1917; background: #fffbeb; border: 1px solid #b45309;
  border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: 8px 10px; display: grid; gap: 6px; }
.card[hidden] { display: none; }
.title { font-weight: 600; }
.detail { color: #57534e; }
.row { display: flex; gap: 6px; }
button { font: inherit; border-radius: 6px; border: 1px solid #b45309; padding: 3px 9px; cursor: pointer;
  background: #fff; color: #7c2d12; }
button.primary { background: #9a3412; border-color: #9a3412; color: #fff; }
.card.touch { font-size: 15px; padding: 10px 12px; gap: 8px; }
.card.touch .row { flex-wrap: wrap; gap: 8px; }
.card.touch button { min-height: 44px; min-width: 44px; padding: 0 16px; }
@media (pointer: coarse) { button { min-height: 44px; min-width: 44px; padding: 0 16px; } .row { flex-wrap: wrap; gap: 8px; } }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
`;

export class HintCard {
  private card: HTMLElement | undefined;
  private titleEl!: HTMLElement;
  private detailEl!: HTMLElement;
  private row!: HTMLElement;
  private block: Element | undefined;
  private hideTimer: number | undefined;
  private touched = false;

  constructor(
    private readonly doc: Document,
    private readonly trustedOnly: boolean,
  ) {}

  /**
   * Shows the card for `block`: above it where there is room, else below it, and never over it, so
   * that the card can never take a click meant for the block.
   */
  show(block: Element, content: HintContent): void {
    this.cancelHide();
    const card = this.ensure();
    this.block = block;
    this.titleEl.textContent = content.title;
    this.detailEl.textContent = content.detail;
    this.detailEl.hidden = content.detail === '';
    this.row.replaceChildren(...content.buttons.map((b) => this.button(b)));
    this.touched = content.touch === true;
    card.classList.toggle('touch', this.touched);
    const r = block.getBoundingClientRect();
    const view = this.doc.defaultView!;
    card.style.left = '0px';
    card.style.top = '0px';
    card.hidden = false;
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const width = view.document.documentElement.clientWidth || view.innerWidth;
    card.style.left = `${Math.max(EDGE, Math.min(r.left, width - w - EDGE))}px`;
    if (r.top - h - GAP >= EDGE) card.style.top = `${r.top - h - GAP}px`;
    else if (r.bottom + GAP + h <= view.innerHeight - EDGE) card.style.top = `${r.bottom + GAP}px`;
    else {
      // A block taller than the window: beside its top edge, at the window's edge, whichever side has
      // room; on a narrow screen with room on neither side, over the block's top edge.
      card.style.top = `${Math.max(EDGE, Math.min(r.top, view.innerHeight - h - EDGE))}px`;
      const right = r.right + GAP;
      if (right + w <= width - EDGE) card.style.left = `${right}px`;
      else if (r.left - w - GAP >= EDGE) card.style.left = `${r.left - w - GAP}px`;
    }
  }

  /** Whether the card showing was opened by a tap. */
  get touch(): boolean {
    return this.touched;
  }

  /** Hides the card soon, unless the pointer moves onto it first. */
  hideSoon(): void {
    this.cancelHide();
    this.hideTimer = this.doc.defaultView!.setTimeout(() => this.hide(), 250);
  }

  hide(): void {
    this.cancelHide();
    if (this.card) this.card.hidden = true;
    this.block = undefined;
  }

  /** The block the card is for, if shown. */
  get target(): Element | undefined {
    return this.block;
  }

  /** Removes the card from the document. */
  destroy(): void {
    this.hide();
    const root = this.card?.getRootNode();
    if (root && 'host' in root) (root as ShadowRoot).host.remove();
    this.card = undefined;
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) this.doc.defaultView!.clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private ensure(): HTMLElement {
    if (this.card?.isConnected) return this.card;
    const doc = this.doc;
    const host = doc.createElement('spoiler-shield-hint');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(STYLE);
    adoptSheets(root, [sheet]); // Not `root.adoptedStyleSheets = ...`, which Firefox ESR 140 refuses to a content script.
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.hidden = true;
    this.titleEl = doc.createElement('div');
    this.titleEl.className = 'title';
    this.detailEl = doc.createElement('div');
    this.detailEl.className = 'detail';
    this.row = doc.createElement('div');
    this.row.className = 'row';
    card.append(this.titleEl, this.detailEl, this.row);
    card.addEventListener('mouseenter', () => this.cancelHide());
    card.addEventListener('mouseleave', () => this.hideSoon());
    root.append(card);
    // Under <html>, after <body>: never part of the page's text.
    doc.documentElement.append(host);
    this.card = card;
    return card;
  }

  private button({ label, primary, act }: HintButton): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (primary) b.className = 'primary';
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      if (this.trustedOnly && !e.isTrusted) return;
      const block = this.block;
      this.hide();
      if (block) act(block);
    });
    return b;
  }
}
