/**
 * The card shown on a hidden block when the reader points at it or focuses it:
 * what it is ("A death in episode 5"), and its buttons ("Reveal" and "Not a
 * spoiler"; "Hide again" on a block the reader revealed). It lives in a shadow root under <html>, outside <body>, so the page's
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
}

const STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; box-sizing: border-box;
  font: 13px/1.4 system-ui, sans-serif; color: #1c1917; background: #fffbeb; border: 1px solid #b45309;
  border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: 8px 10px; display: grid; gap: 6px; }
.card[hidden] { display: none; }
.title { font-weight: 600; }
.detail { color: #57534e; }
.row { display: flex; gap: 6px; }
button { font: inherit; border-radius: 6px; border: 1px solid #b45309; padding: 3px 9px; cursor: pointer;
  background: #fff; color: #7c2d12; }
button.primary { background: #9a3412; border-color: #9a3412; color: #fff; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
`;

export class HintCard {
  private card: HTMLElement | undefined;
  private titleEl!: HTMLElement;
  private detailEl!: HTMLElement;
  private row!: HTMLElement;
  private block: Element | undefined;
  private hideTimer: number | undefined;

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
    const r = block.getBoundingClientRect();
    const view = this.doc.defaultView!;
    card.style.left = `${Math.max(4, Math.min(r.left, view.innerWidth - 330))}px`;
    card.style.top = '0px';
    card.hidden = false;
    const h = card.offsetHeight;
    const gap = 6;
    if (r.top - h - gap >= 4) card.style.top = `${r.top - h - gap}px`;
    else if (r.bottom + gap + h <= view.innerHeight - 4) card.style.top = `${r.bottom + gap}px`;
    else {
      // A block taller than the window: beside its top edge, at the window's edge, whichever side has room.
      card.style.top = `${Math.max(4, Math.min(r.top, view.innerHeight - h - 4))}px`;
      const right = r.right + gap;
      card.style.left = right + 320 <= view.innerWidth ? `${right}px` : `${Math.max(4, r.left - 320 - gap)}px`;
    }
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
