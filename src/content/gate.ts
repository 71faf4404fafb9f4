/**
 * The gate: the only script the manifest puts in every frame (issue 14). It does next to nothing until the
 * page names a followed show, then loads the shield (index.ts, built as shield.js) into this frame.
 *
 * - While the page parses, before each frame is painted, a TreeWalker tests the text parsed since the last
 *   frame against one regular expression of the shows' titles and names that are not everyday ones
 *   (gate-words.ts `strict`); at DOMContentLoaded the whole text is tested once (what scripts inserted
 *   behind the walker), then a MutationObserver tests what is added later. Open shadow roots (announced
 *   by the shadow-root hook) are observed as they are attached.
 * - On a match it sets HOLD_ATTR on <html> at once (before that text is painted: animation-frame and
 *   observer callbacks run before paint), and loads the shield, which reads the whole page and lifts the
 *   hold when it is done (first-paint.ts). A page that names no show is never held.
 * - The reader's own plot points are hidden on any page, and they are matched loosely (word endings,
 *   typos: src/decide/own-keywords.ts), so no expression can stand for them: once a frame has text, the
 *   gate reads the one small storage key `ownPlotPoints`, and loads the shield when the list is not empty
 *   (or becomes non-empty, e.g. by "Hide this as a spoiler").
 * - The frames of a tab are one page (frames.ts): a subframe whose text has an everyday name (`broad`) asks
 *   the background whether another frame names the show, holding its paint meanwhile, and loads the shield
 *   if so or when told later. The top frame always listens, so it loads the shield when a frame tells.
 * - The top frame answers the popup's status request with "nothing here" until the shield takes over.
 *
 * No storage read, message, stylesheet or listener of the extension happens in a frame that has no text.
 */
import { READY_ATTR, HOLD_ATTR } from './first-paint';

/** What the gate hands to the shield it loads (read by index.ts). */
export interface GateHandoff {
  /** The background said another frame of the tab names the show. */
  tabMentioned: boolean;
}

export const HANDOFF_KEY = '__spoilerShieldGate';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => undefined;
type ChangeListener = (changes: Record<string, { newValue?: unknown } | undefined>, area: string) => void;

/** The little of the extension API the gate uses (the real one is `browser`, tests pass fakes). */
export interface GateApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
  };
}

export interface GateOptions {
  /** Sources of the expressions (gate-words.ts), compiled at the first text: an empty frame never does. */
  strict: string;
  broad: string;
  /** The extension API, fetched at first use: in Chromium the first touch of `chrome` in a frame costs. */
  api: () => GateApi;
  /** Loads and starts the shield in this frame (called once). */
  load(): Promise<unknown>;
  /** Names the shadow-root hook's event (src/shield/shadow-hook.ts). */
  shadowRootEvent: string;
}

const OWN_KEY = 'ownPlotPoints';
const hasOwn = (v: unknown) => Array.isArray(v) && v.length > 0;

export class Gate {
  private done = false;
  private walker: TreeWalker | undefined;
  private last: Node | null = null;
  private observer: MutationObserver | undefined;
  private readonly roots: ShadowRoot[] = [];
  private hadText = false;
  private broadSeen = false;
  private tabMentioned = false;
  private listening = false;
  private apiObject: GateApi | undefined;
  private strict: RegExp | undefined;
  private broadWords: RegExp | undefined;
  private readonly isTop: boolean;
  private readonly onMessage: Listener = (message, _sender, sendResponse) => this.answer(message, sendResponse);
  private readonly onStorage: ChangeListener = (changes, area) => {
    if (area === 'local' && hasOwn(changes[OWN_KEY]?.newValue)) this.pass();
  };
  private readonly onShadowRoot = (e: Event) => {
    const host = e.composedPath()[0];
    const root = host instanceof Element ? host.shadowRoot : null;
    if (!root || this.done) return;
    this.roots.push(root);
    this.observe(root);
  };

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly options: GateOptions,
  ) {
    this.isTop = win === win.top;
  }

  start(): void {
    // The popup asks the top frame for the tab's status.
    if (this.isTop) this.listen();
    this.doc.addEventListener(this.options.shadowRootEvent, this.onShadowRoot, { capture: true });
    if (this.doc.readyState === 'loading') {
      this.win.requestAnimationFrame(this.frame);
      this.doc.addEventListener('DOMContentLoaded', () => this.parsed(), { once: true });
    } else this.parsed();
  }

  private get api(): GateApi {
    return (this.apiObject ??= this.options.api());
  }

  /** Whether the gate has let the shield in. */
  get passed(): boolean {
    return this.done;
  }

  private readonly frame = () => {
    // Once parsed, parsed() has looked at everything and the observer sees the rest.
    if (this.doc.readyState !== 'loading') return;
    this.walk();
    if (!this.done) this.win.requestAnimationFrame(this.frame);
  };

  /** Tests the text nodes parsed since the last walk (the parser adds them in document order). */
  private walk(): void {
    if (this.done) return;
    this.walker ??= this.doc.createTreeWalker(this.doc, NodeFilter.SHOW_TEXT);
    this.walker.currentNode = this.last?.isConnected ? this.last : this.doc;
    for (let n = this.walker.nextNode(); n; n = this.walker.nextNode()) {
      this.last = n;
      if (this.test((n as Text).data)) return;
    }
    for (const root of this.roots) if (this.test(root.textContent ?? '')) return;
  }

  /** The document is parsed: one look at all of it, then only at what is added. */
  private parsed(): void {
    if (this.done) return;
    this.walker = undefined;
    if (this.test(this.doc.documentElement?.textContent ?? '')) return;
    for (const root of this.roots) if (this.test(root.textContent ?? '')) return;
    this.observe(this.doc);
    this.ready();
  }

  private observe(target: Node): void {
    this.observer ??= new MutationObserver((records) => this.records(records));
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private records(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.done) return;
      if (r.type === 'characterData') {
        this.test((r.target as CharacterData).data);
        continue;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) {
          if (this.test(n.nodeType === Node.TEXT_NODE ? (n as Text).data : (n.textContent ?? ''))) return;
        }
      }
    }
  }

  /** Tests some text; true when the shield is (being) let in. */
  private test(text: string): boolean {
    if (this.done) return true;
    if (!/\S/.test(text)) return false;
    if (!this.hadText) this.firstText();
    if ((this.strict ??= new RegExp(this.options.strict, 'i')).test(text)) {
      this.pass();
      return true;
    }
    // The top frame listens anyway (the popup's status), so the everyday names only matter in a subframe.
    if (!this.isTop && !this.broadSeen && (this.broadWords ??= new RegExp(this.options.broad, 'i')).test(text)) this.broad();
    return this.done;
  }

  /** This frame has text for the first time: the reader's own plot points may apply to it. */
  private firstText(): void {
    this.hadText = true;
    const { storage } = this.api;
    storage.onChanged.addListener(this.onStorage);
    storage.local.get([OWN_KEY]).then(
      (raw) => {
        if (hasOwn(raw[OWN_KEY])) this.pass();
      },
      () => undefined,
    );
  }

  /** A word that names the show only together with another frame: ask whether one does. */
  private broad(): void {
    this.broadSeen = true;
    this.listen();
    // A subframe is often filled at once by its parent: the answer must be there before this text is painted.
    this.hold();
    this.api.runtime.sendMessage({ type: 'tab-mentioned' }).then(
      (yes) => {
        if (yes === true) this.heard();
        else if (!this.done) this.unhold();
      },
      () => {
        if (!this.done) this.unhold();
      },
    );
  }

  private heard(): void {
    this.tabMentioned = true;
    this.pass();
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.api.runtime.onMessage.addListener(this.onMessage);
  }

  private answer(message: unknown, sendResponse: (reply: unknown) => void): undefined {
    if (this.done || typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (type === 'get-status' && this.isTop) {
      sendResponse({ hostname: this.win.location.hostname, hiddenCount: 0, pending: 0, ready: true, showMentioned: false, revealingAll: false });
    } else if (type === 'show-mentioned') this.heard();
    return undefined;
  }

  /** Stops looking, and lets nothing in (tests; pass() ends the same way). */
  stop(): void {
    this.done = true;
    this.observer?.disconnect();
    this.walker = undefined;
    this.doc.removeEventListener(this.options.shadowRootEvent, this.onShadowRoot, { capture: true });
    if (this.hadText) this.api.storage.onChanged.removeListener(this.onStorage);
    if (this.listening) this.api.runtime.onMessage.removeListener(this.onMessage);
  }

  /** Lets the shield in: hold the paint, stop looking, load it. */
  private pass(): void {
    if (this.done) return;
    this.hold();
    this.stop();
    (globalThis as Record<string, unknown>)[HANDOFF_KEY] = { tabMentioned: this.tabMentioned } satisfies GateHandoff;
    this.options.load().catch(() => this.unhold());
  }

  private hold(): void {
    this.whenHtml((html) => html.setAttribute(HOLD_ATTR, ''));
  }

  private unhold(): void {
    this.whenHtml((html) => {
      html.removeAttribute(HOLD_ATTR);
      if (this.doc.readyState !== 'loading') html.setAttribute(READY_ATTR, '');
    });
  }

  /** Nothing to hide here for now: tell whoever waits (tests, the bench) that the page may be painted. */
  private ready(): void {
    if (this.done || this.doc.readyState === 'loading') return;
    this.whenHtml((html) => {
      if (!html.hasAttribute(HOLD_ATTR)) html.setAttribute(READY_ATTR, '');
    });
  }

  private whenHtml(fn: (html: Element) => void): void {
    if (this.doc.documentElement) return fn(this.doc.documentElement);
    const wait = new MutationObserver(() => {
      if (!this.doc.documentElement) return;
      wait.disconnect();
      fn(this.doc.documentElement);
    });
    wait.observe(this.doc, { childList: true });
  }
}

/** Starts the gate in this document. */
export function startGate(doc: Document, win: Window, options: GateOptions): Gate {
  const gate = new Gate(doc, win, options);
  gate.start();
  return gate;
}
