/**
 * How the gate (gate.ts) reads a document's text without the shield: while the page parses, before each
 * frame is painted, a TreeWalker hands over the text nodes parsed since the last frame; once it is parsed,
 * the whole text is handed over once (what scripts inserted behind the walker), then a MutationObserver
 * hands over what is added. Open shadow roots (announced by the shadow-root hook) are read as they are
 * attached. The gate decides what the text means; this only finds it.
 */

export interface TextHooks {
  /** Tests some text; true when the gate wants no more for now. */
  test(text: string): boolean;
  /** Whether the gate is looking at text at all (not done, not quiet). */
  looking(): boolean;
  /** Whether the gate waits (for the settings) before it looks at more. */
  paused(): boolean;
}

export class GateText {
  private walker: TreeWalker | undefined;
  private last: Node | null = null;
  private looping = false;
  private observer: MutationObserver | undefined;
  private readonly roots: ShadowRoot[] = [];
  private readonly onShadowRoot = (e: Event) => {
    const host = e.composedPath()[0];
    const root = host instanceof Element ? host.shadowRoot : null;
    if (!root) return;
    this.roots.push(root);
    if (this.hooks.looking() && this.doc.readyState !== 'loading') this.observe(root);
  };

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly shadowRootEvent: string,
    private readonly hooks: TextHooks,
  ) {}

  /** Starts reading: before each frame while the page parses, then `parsed` once it is parsed. */
  start(parsed: () => void): void {
    this.doc.addEventListener(this.shadowRootEvent, this.onShadowRoot, { capture: true });
    if (this.doc.readyState === 'loading') {
      this.loop();
      this.doc.addEventListener('DOMContentLoaded', parsed, { once: true });
    } else parsed();
  }

  /** Reads before each frame while the page parses (again, after a pause or a quiet spell). */
  loop(): void {
    if (this.looping) return;
    this.looping = true;
    this.win.requestAnimationFrame(this.frame);
  }

  private readonly frame = () => {
    // Once parsed, the gate has looked at everything and the observer sees the rest.
    if (!this.hooks.looking() || this.doc.readyState !== 'loading') {
      this.looping = false;
      return;
    }
    if (!this.hooks.paused()) this.walk();
    if (!this.hooks.looking()) this.looping = false;
    else this.win.requestAnimationFrame(this.frame);
  };

  /** Tests the text nodes parsed since the last walk (the parser adds them in document order). */
  private walk(): void {
    this.walker ??= this.doc.createTreeWalker(this.doc, NodeFilter.SHOW_TEXT);
    this.walker.currentNode = this.last?.isConnected ? this.last : this.doc;
    for (let n = this.walker.nextNode(); n; n = this.walker.nextNode()) {
      this.last = n;
      if (this.hooks.test((n as Text).data)) return;
    }
    for (const root of this.roots) if (this.hooks.test(root.textContent ?? '')) return;
  }

  /** Tests all the text once (the document and its shadow roots); true when the gate wants no more. */
  testAll(): boolean {
    this.walker = undefined;
    if (this.hooks.test(this.doc.documentElement?.textContent ?? '')) return true;
    for (const root of this.roots) if (this.hooks.test(root.textContent ?? '')) return true;
    return false;
  }

  /** From now on, reads only what is added (the document is parsed). */
  observeAll(): void {
    this.observe(this.doc);
    for (const root of this.roots) this.observe(root);
  }

  private observe(target: Node): void {
    this.observer ??= new MutationObserver((records) => this.records(records));
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private records(records: MutationRecord[]): void {
    for (const r of records) {
      if (!this.hooks.looking() || this.hooks.paused()) return;
      if (r.type === 'characterData') {
        if (this.hooks.test((r.target as CharacterData).data)) return;
        continue;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) {
          if (this.hooks.test(n.nodeType === Node.TEXT_NODE ? (n as Text).data : (n.textContent ?? ''))) return;
        }
      }
    }
  }

  /** Reads nothing until told again (the gate went quiet). */
  pause(): void {
    this.observer?.disconnect();
    this.walker = undefined;
  }

  /** Reads nothing more, shadow roots included (the gate let the shield in, or was stopped). */
  stop(): void {
    this.pause();
    this.doc.removeEventListener(this.shadowRootEvent, this.onShadowRoot, { capture: true });
  }
}
