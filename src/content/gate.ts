/**
 * The gate: the only script the manifest puts in every frame (issue 14). It does next to nothing until the
 * page names a followed show, then loads the shield (index.ts, built as shield.js) into this frame.
 *
 * - It tests the page's text as it comes (gate-text.ts: before each frame while the page parses, then what
 *   is added) against one regular expression of the shows' titles and names that are not everyday ones
 *   (gate-words.ts `strict`).
 * - On a match it sets HOLD_ATTR on <html> at once (before that text is painted: animation-frame and
 *   observer callbacks run before paint), and loads the shield, which reads the whole page and lifts the
 *   hold when it is done (first-paint.ts; the hold's cap lengthens once the shield is loading). A page that
 *   names no show is never held.
 * - The settings decide which shows: once a frame has text, the gate reads a few small storage keys
 *   (gate-settings.ts GATE_KEYS: the switches, the pauses, the followed shows, the own plot points) and from
 *   then on looks only for the followed shows' words. Where the shield is off, paused, or no show is
 *   followed, it looks at nothing until those keys change. Before they are read it looks for every shipped
 *   show's words, and a match holds the paint until they are (then loads the shield or lets the paint go).
 * - The reader's own plot points are hidden on any page, and they are matched loosely (word endings,
 *   typos: src/decide/own-keywords.ts), so no expression can stand for them: when one belongs to a followed
 *   show, the gate loads the shield on any page with text (also when one is added, e.g. by "Hide this as
 *   a spoiler").
 * - The frames of a tab are one page (frames.ts): a subframe whose text has an everyday name (`broad`) asks
 *   the background whether another frame names the show, holding its paint meanwhile, and loads the shield
 *   if so or when told later. The top frame always listens, so it loads the shield when a frame tells.
 *   While the top frame's gate holds its paint (a word waits for the settings, or the shield it let in has
 *   not started), it answers that the tab's answer is pending, and the asking frame asks again, still
 *   held; the shield answers the same until it has read the page.
 * - The top frame answers the popup's status request with "nothing here" until the shield takes over.
 *
 * No storage read, message, stylesheet or listener of the extension happens in a frame that has no text.
 */
import { FRAME_HOLD, FRAME_HOLD_MS, HOLD_ATTR, HOLD_ORDER, READY_ATTR, SHIELD_HOLD } from './first-paint';
import { GATE_KEYS, gateView, type GateView } from './gate-settings';
import { GateText } from './gate-text';
import { joinSources, type GateSources } from './gate-words';

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
  /** The shipped shows' expression sources (gate-words.ts), compiled at the first text: an empty frame never does. */
  words: GateSources;
  /** The extension API, fetched at first use: in Chromium the first touch of `chrome` in a frame costs. */
  api: () => GateApi;
  /** Loads and starts the shield in this frame (called once). */
  load(): Promise<unknown>;
  /** Names the shadow-root hook's event (src/shield/shadow-hook.ts). */
  shadowRootEvent: string;
  /** The time (tests). */
  now?: () => number;
}

/** How long a subframe keeps asking while the tab's answer is "pending" (the stylesheet's hold cap for frames). */
const ASK_FOR_MS = FRAME_HOLD_MS;
const ASK_EVERY_MS = 40;

const compile = (source: string | undefined) => (source === undefined ? undefined : new RegExp(source, 'i'));

export class Gate {
  /** The shield was let in (or the gate was stopped). */
  private done = false;
  /** Looking at the page's text (false while quiet: the shield is off or paused here, or no show is followed). */
  private looking = true;
  private readonly text: GateText;
  private hadText = false;
  private broadSeen = false;
  private tabMentioned = false;
  private listening = false;
  private apiObject: GateApi | undefined;
  /** The settings as the gate reads them: undefined until storage answers. */
  private view: GateView | undefined;
  /** A shipped show's word was found before the settings were known: the paint is held until they are. */
  private waiting = false;
  /** A subframe is asking the background whether the tab names the show (its paint held meanwhile). */
  private asking = false;
  private tabAsked = false;
  private askUntil = 0;
  private strict: RegExp | undefined;
  private broadWords: RegExp | null | undefined;
  private handoff: GateHandoff | undefined;
  private readonly shipped: string[];
  private readonly isTop: boolean;
  private readonly onMessage: Listener = (message, _sender, sendResponse) => this.answer(message, sendResponse);
  private readonly onStorage: ChangeListener = (changes, area) => {
    if (area === 'local' && GATE_KEYS.some((k) => k in changes)) this.readSettings();
  };

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly options: GateOptions,
  ) {
    this.isTop = win === win.top;
    this.shipped = Object.keys(options.words.shows);
    this.text = new GateText(doc, win, options.shadowRootEvent, {
      test: (text) => this.test(text),
      looking: () => !this.done && this.looking,
      paused: () => this.waiting,
    });
  }

  start(): void {
    // The popup asks the top frame for the tab's status, and frames ask it whether the tab names the show.
    if (this.isTop) this.listen();
    this.text.start(() => this.parsed());
  }

  private get api(): GateApi {
    return (this.apiObject ??= this.options.api());
  }

  /** Whether the gate has let the shield in. */
  get passed(): boolean {
    return this.done;
  }

  /** The paint is held by the gate (a word waits for the settings, a subframe asks the tab, or the shield loads). */
  private get holding(): boolean {
    return this.waiting || this.asking || (this.done && this.handoff !== undefined);
  }

  /** The document is parsed (or looking starts again): one look at all of it, then only at what is added. */
  private parsed(): void {
    if (this.done || this.waiting) return;
    if (!this.looking) return this.ready();
    if (this.text.testAll()) return;
    this.text.observeAll();
    this.ready();
  }

  /** The followed shows to look for (every shipped one until the settings are read). */
  private get shows(): string[] {
    return this.view?.shows ?? this.shipped;
  }

  /** Tests some text; true when the gate stops looking for now (the shield let in, or a word waits for the settings). */
  private test(text: string): boolean {
    if (this.done || this.waiting) return true;
    if (!/\S/.test(text)) return false;
    if (!this.hadText) this.firstText();
    if (!this.looking) return true;
    if ((this.strict ??= compile(joinSources(this.options.words, this.shows, 'strict'))!).test(text)) {
      if (this.view) this.pass();
      else {
        // A shipped show is named, and whether the reader follows it is not known yet: hold until it is.
        this.waiting = true;
        this.hold();
      }
      return true;
    }
    // The top frame listens anyway (the popup's status), so the everyday names only matter in a subframe.
    if (!this.isTop && !this.broadSeen) {
      if (this.broadWords === undefined) this.broadWords = compile(joinSources(this.options.words, this.shows, 'broad')) ?? null;
      if (this.broadWords?.test(text)) this.broad();
    }
    return this.done;
  }

  /** This frame has text for the first time: read which shows the reader follows here, and their own plot points. */
  private firstText(): void {
    this.hadText = true;
    this.api.storage.onChanged.addListener(this.onStorage);
    this.readSettings();
  }

  private readSettings(): void {
    const now = this.options.now ?? Date.now;
    this.api.storage.local.get([...GATE_KEYS]).then(
      (raw) => this.settings(gateView(raw, this.win.location.hostname, now(), this.shipped)),
      () => this.settings(gateView({}, this.win.location.hostname, now(), this.shipped)),
    );
  }

  /** The settings were read (or changed). */
  private settings(view: GateView): void {
    if (this.done) return;
    const before = this.view;
    this.view = view;
    const same = before !== undefined && before.shows.join() === view.shows.join();
    if (!same) {
      this.strict = undefined;
      this.broadWords = undefined;
    }
    const waited = this.waiting;
    this.waiting = false;
    if (view.shows.length === 0) return this.quiet();
    if (view.own || this.tabMentioned) return this.pass();
    const resume = !this.looking || waited || (!same && before !== undefined);
    this.looking = true;
    // What was held (or not looked at) is tested now, before it is painted.
    if (resume && this.lookAgain()) return;
    if (!this.asking) this.unhold();
    if (this.broadSeen && !this.tabAsked) this.ask();
  }

  /** Looks at the whole page again (the shows to look for changed, or the gate was quiet); true when it passed. */
  private lookAgain(): boolean {
    if (this.text.testAll()) return true;
    if (this.doc.readyState === 'loading') this.text.loop();
    else this.text.observeAll();
    return false;
  }

  /** Off, paused or no followed show here: look at nothing until the settings change. */
  private quiet(): void {
    this.looking = false;
    this.text.pause();
    this.asking = false;
    this.unhold();
    if (this.doc.readyState !== 'loading') this.ready();
  }

  /** A word that names the show only together with another frame: ask whether one does. */
  private broad(): void {
    this.broadSeen = true;
    this.listen();
    // A subframe is often filled at once by its parent: the answer must be there before this text is painted.
    this.asking = true;
    this.askUntil = (this.options.now ?? Date.now)() + ASK_FOR_MS;
    this.hold(FRAME_HOLD);
    // Until the settings are read, a word of a show the reader may not follow: ask once they are.
    if (this.view) this.ask();
  }

  private ask(): void {
    if (this.done || !this.looking) return;
    this.tabAsked = true;
    this.api.runtime.sendMessage({ type: 'tab-mentioned' }).then(
      (yes) => {
        if (this.done) return;
        if (yes === true) return this.heard();
        // The top frame has let its shield in and it has not read the page yet: ask again, the paint held.
        if (yes === 'pending' && (this.options.now ?? Date.now)() < this.askUntil) {
          this.win.setTimeout(() => this.ask(), ASK_EVERY_MS);
          return;
        }
        this.endAsk();
      },
      () => this.endAsk(),
    );
  }

  private endAsk(): void {
    if (this.done || !this.asking) return;
    this.asking = false;
    if (!this.waiting) this.unhold();
  }

  private heard(): void {
    this.tabMentioned = true;
    if (this.handoff) this.handoff.tabMentioned = true;
    else if (this.view && this.view.shows.length > 0) this.pass();
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.api.runtime.onMessage.addListener(this.onMessage);
  }

  private answer(message: unknown, sendResponse: (reply: unknown) => void): undefined {
    if (typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (type === 'get-status' && this.isTop) {
      // While held (a word waits for the settings, or the shield loads), the tab's answer is not known yet.
      const held = this.holding;
      sendResponse({ hostname: this.win.location.hostname, hiddenCount: 0, pending: held ? 1 : 0, ready: !held, showMentioned: false, revealingAll: false });
    } else if (type === 'show-mentioned') this.heard();
    return undefined;
  }

  /** Stops looking and listening, and lets nothing in (tests; pass() ends the same way). */
  stop(): void {
    this.done = true;
    this.stopLooking();
    this.unlisten();
  }

  private stopLooking(): void {
    this.text.stop();
    if (this.hadText) this.api.storage.onChanged.removeListener(this.onStorage);
  }

  private unlisten(): void {
    if (this.listening) this.api.runtime.onMessage.removeListener(this.onMessage);
    this.listening = false;
  }

  /**
   * Lets the shield in: hold the paint, stop looking, load it. Until the shield answers messages itself (its
   * module has run when the import resolves), the gate answers for it that the tab's answer is pending.
   */
  private pass(): void {
    if (this.done) return;
    this.hold(SHIELD_HOLD);
    this.done = true;
    this.waiting = false;
    this.asking = false;
    this.stopLooking();
    this.handoff = { tabMentioned: this.tabMentioned };
    (globalThis as Record<string, unknown>)[HANDOFF_KEY] = this.handoff;
    this.options.load().then(
      () => this.unlisten(),
      () => {
        this.unlisten();
        this.unhold();
      },
    );
  }

  /** Holds the paint, for `kind`'s cap (first-paint.ts) or a longer one already set, until the paint is let go. */
  private hold(kind = ''): void {
    this.whenHtml((html) => {
      const now = html.getAttribute(HOLD_ATTR);
      if (now === null || HOLD_ORDER.indexOf(kind) > HOLD_ORDER.indexOf(now)) html.setAttribute(HOLD_ATTR, kind);
    });
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
