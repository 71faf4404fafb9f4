// @vitest-environment happy-dom
// The gate (src/content/gate.ts): what it does in a frame that names no followed show (nothing but look),
// and how it lets the shield in: a title or a name that is not everyday, the reader's own plot points, or
// (in a frame with an everyday name) another frame of the tab that names the show.
import { readFileSync } from 'node:fs';
import { HANDOFF_KEY, startGate, type Gate, type GateApi } from '@/src/content/gate';
import { gateSources, type PackWords } from '@/src/content/gate-words';
import { GATE_KEYS } from '@/src/content/gate-settings';
import { FRAME_HOLD, FRAME_HOLD_MS, HOLD_ATTR, HOLD_MS, READY_ATTR, SHIELD_HOLD, SHIELD_HOLD_MS } from '@/src/content/first-paint';

const words = gateSources(['prison-cell-211', 'celda-211-2009'].map((id) => JSON.parse(readFileSync(`data/${id}.json`, 'utf8')) as PackWords));
const EVENT = 'spoiler-shield-shadow-root';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => undefined;
type ChangeListener = (changes: Record<string, { newValue?: unknown } | undefined>, area: string) => void;

/** `tabMentioned`: the background's answers to tab-mentioned, the last one repeated. */
function fakeApi(stored: Record<string, unknown> = {}, tabMentioned: boolean | Array<boolean | 'pending'> = false) {
  const answers = Array.isArray(tabMentioned) ? [...tabMentioned] : [tabMentioned];
  const calls = { gets: [] as string[][], sent: [] as unknown[] };
  const messageListeners = new Set<Listener>();
  const changeListeners = new Set<ChangeListener>();
  const api: GateApi = {
    runtime: {
      sendMessage: (m) => {
        calls.sent.push(m);
        return Promise.resolve(answers.length > 1 ? answers.shift() : answers[0]);
      },
      onMessage: { addListener: (l) => messageListeners.add(l), removeListener: (l) => messageListeners.delete(l) },
    },
    storage: {
      local: {
        get: (keys) => {
          calls.gets.push(keys);
          return Promise.resolve(Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]])));
        },
      },
      onChanged: { addListener: (l) => changeListeners.add(l), removeListener: (l) => changeListeners.delete(l) },
    },
  };
  const message = (m: unknown) => {
    let reply: unknown;
    for (const l of [...messageListeners]) l(m, {}, (r) => (reply = r));
    return reply;
  };
  const change = (changes: Record<string, { newValue?: unknown }>) => {
    for (const l of [...changeListeners]) l(changes, 'local');
  };
  return { api, calls, message, change, messageListeners, changeListeners };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
const html = () => document.documentElement;
let loads: number;
let gate: Gate | undefined;
const started: Gate[] = [];

function run(api: GateApi, win: Window = window, load: () => Promise<unknown> = () => Promise.resolve()) {
  for (const g of started.splice(0)) g.stop();
  loads = 0;
  gate = startGate(document, win, { words, api: () => api, shadowRootEvent: EVENT, load: () => (loads++, load()) });
  started.push(gate);
  return gate;
}

/** A window that is not the top one (a subframe). */
const subframe = () => ({ top: {}, location: { hostname: 'ads.example' }, requestAnimationFrame: (f: FrameRequestCallback) => setTimeout(f, 0), setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) }) as unknown as Window;

afterEach(() => {
  for (const g of started.splice(0)) g.stop();
});

beforeEach(() => {
  html().removeAttribute(READY_ATTR);
  html().removeAttribute(HOLD_ATTR);
  document.body.innerHTML = '';
  delete (globalThis as Record<string, unknown>)[HANDOFF_KEY];
});

describe('a frame that names no followed show', () => {
  it('loads nothing, never holds the paint, says the page may be painted, and answers the popup with "nothing here"', async () => {
    document.body.innerHTML = '<h1>Weather</h1><p>Juan and Helena met the governor of the prison.</p>';
    const f = fakeApi();
    run(f.api);
    await settle();
    expect(loads).toBe(0);
    expect(html().hasAttribute(HOLD_ATTR)).toBe(false);
    expect(html().hasAttribute(READY_ATTR)).toBe(true);
    expect(f.message({ type: 'get-status' })).toEqual({ hostname: 'localhost', hiddenCount: 0, pending: 0, ready: true, showMentioned: false, revealingAll: false });
    // The top frame does not ask about the tab: other frames tell it (show-mentioned).
    expect(f.calls.sent).toEqual([]);
    expect(f.calls.gets).toEqual([[...GATE_KEYS]]);
  });

  it('reads nothing and asks nothing while the frame has no text (an empty ad frame)', async () => {
    document.body.innerHTML = '<div>   </div>';
    const f = fakeApi();
    run(f.api, subframe());
    await settle();
    expect(f.calls.gets).toEqual([]);
    expect(f.calls.sent).toEqual([]);
    expect(f.messageListeners.size).toBe(0);
    expect(f.changeListeners.size).toBe(0);
    expect(html().hasAttribute(READY_ATTR)).toBe(true);
  });
});

describe('letting the shield in', () => {
  it('holds the paint and loads the shield once when the page names a title', async () => {
    document.body.innerHTML = '<p>My review of Celda 211.</p><p>Calancho is great.</p>';
    const f = fakeApi();
    run(f.api);
    expect(html().hasAttribute(HOLD_ATTR)).toBe(true);
    expect(html().hasAttribute(READY_ATTR)).toBe(false);
    await settle();
    expect(loads).toBe(1);
    expect(gate!.passed).toBe(true);
    expect((globalThis as Record<string, unknown>)[HANDOFF_KEY]).toEqual({ tabMentioned: false });
    // The shield answers from now on.
    expect(f.message({ type: 'get-status' })).toBeUndefined();
  });

  it('sees a name added after the page was parsed, before it is painted', async () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    const f = fakeApi();
    run(f.api);
    await settle();
    expect(loads).toBe(0);
    const p = document.createElement('p');
    p.textContent = 'Then Gándara said no.';
    document.body.append(p);
    await settle();
    expect(loads).toBe(1);
    expect(html().hasAttribute(HOLD_ATTR)).toBe(true);
  });

  it('sees a changed text node', async () => {
    document.body.innerHTML = '<p id="t">Nothing here.</p>';
    run(fakeApi().api);
    await settle();
    (document.getElementById('t')!.firstChild as Text).data = 'Yori again';
    await settle();
    expect(loads).toBe(1);
  });

  it("loads the shield on any page with text when the reader has plot points of their own, or adds one (\"Hide this as a spoiler\")", async () => {
    document.body.innerHTML = '<p>A cooking blog.</p>';
    run(fakeApi({ ownPlotPoints: [{ text: 'the soup burns', episode: 2 }] }).api);
    await settle();
    expect(loads).toBe(1);

    document.body.innerHTML = '<p>A cooking blog.</p>';
    const stored: Record<string, unknown> = { ownPlotPoints: [] };
    const f = fakeApi(stored);
    run(f.api);
    await settle();
    expect(loads).toBe(0);
    stored.ownPlotPoints = [{ text: 'the soup burns', episode: 2, show: 'prison-cell-211' }];
    f.change({ ownPlotPoints: { newValue: stored.ownPlotPoints } });
    await settle();
    expect(loads).toBe(1);
  });

  it('in a subframe with an everyday name: holds, asks whether the tab names the show, and loads the shield if so', async () => {
    document.body.innerHTML = '<p>Juan writes a comment.</p>';
    const f = fakeApi({}, true);
    run(f.api, subframe());
    expect(html().hasAttribute(HOLD_ATTR)).toBe(true);
    await settle();
    expect(f.calls.sent).toEqual([{ type: 'tab-mentioned' }]);
    expect(loads).toBe(1);
    expect((globalThis as Record<string, unknown>)[HANDOFF_KEY]).toEqual({ tabMentioned: true });
  });

  it('in a subframe with an everyday name in a tab that does not name the show: lets the paint go, and loads the shield when told later', async () => {
    document.body.innerHTML = '<p>Juan writes a comment.</p>';
    const f = fakeApi({}, false);
    run(f.api, subframe());
    await settle();
    expect(loads).toBe(0);
    expect(html().hasAttribute(HOLD_ATTR)).toBe(false);
    expect(html().hasAttribute(READY_ATTR)).toBe(true);
    f.message({ type: 'show-mentioned' });
    expect(loads).toBe(1);
  });

  it('looks into an open shadow root the hook announces', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    run(fakeApi().api);
    await settle();
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    host.dispatchEvent(new Event(EVENT, { composed: true }));
    root.innerHTML = '<p>La Carnalita</p>';
    await settle();
    expect(loads).toBe(1);
  });

  it('lifts the hold if the shield cannot be loaded', async () => {
    document.body.innerHTML = '<p>Celda 211</p>';
    started.push(startGate(document, window, { words, api: () => fakeApi().api, shadowRootEvent: EVENT, load: () => Promise.reject(new Error('no')) }));
    await settle();
    expect(html().hasAttribute(HOLD_ATTR)).toBe(false);
    expect(html().hasAttribute(READY_ATTR)).toBe(true);
  });
});

describe('the settings: only the followed shows, and only where the shield is on', () => {
  const later = Date.now() + 3_600_000;
  for (const [what, stored] of [
    ['switched off', { enabled: false }],
    ['off on this site', { disabledSites: ['www.localhost'] }],
    ['paused everywhere', { pausedUntil: later }],
    ['paused on this site', { pausedSites: { localhost: later } }],
    ['no show followed', { followedShows: [] }],
    ['no show followed, even with own plot points', { followedShows: [], ownPlotPoints: [{ text: 'the soup burns', episode: 2, show: 'prison-cell-211' }] }],
  ] as const) {
    it(`stays quiet when ${what}: the title held only until the settings are read, nothing loaded`, async () => {
      document.body.innerHTML = '<p>My review of Celda 211.</p>';
      const f = fakeApi(stored);
      run(f.api);
      // Until the settings are known, a shipped show's title holds the paint.
      expect(html().hasAttribute(HOLD_ATTR)).toBe(true);
      await settle();
      expect(loads).toBe(0);
      expect(html().hasAttribute(HOLD_ATTR)).toBe(false);
      expect(html().hasAttribute(READY_ATTR)).toBe(true);
      // Nothing added later is looked at either.
      const p = document.createElement('p');
      p.textContent = 'Calancho again';
      document.body.append(p);
      await settle();
      expect(loads).toBe(0);
    });
  }

  it('an ended pause does not keep it quiet', async () => {
    document.body.innerHTML = '<p>My review of Celda 211.</p>';
    run(fakeApi({ pausedUntil: Date.now() - 1000, pausedSites: { localhost: Date.now() - 1 } }).api);
    await settle();
    expect(loads).toBe(1);
  });

  it('wakes when the settings change (a pause ended, a show followed) and looks at the whole page again', async () => {
    document.body.innerHTML = '<p>My review of Celda 211.</p>';
    const stored: Record<string, unknown> = { pausedUntil: Date.now() + 3_600_000 };
    const f = fakeApi(stored);
    run(f.api);
    await settle();
    expect(loads).toBe(0);
    stored.pausedUntil = 0;
    f.change({ pausedUntil: { newValue: 0 } });
    await settle();
    expect(loads).toBe(1);
    expect(html().hasAttribute(HOLD_ATTR)).toBe(true);
  });

  it("looks only for the followed shows' words: the series' names do not load it for a reader who follows only the film", async () => {
    document.body.innerHTML = '<p>Gándara and Yori.</p>';
    const f = fakeApi({ followedShows: ['celda-211-2009'] });
    run(f.api);
    await settle();
    expect(loads).toBe(0);
    expect(html().hasAttribute(HOLD_ATTR)).toBe(false);
    const p = document.createElement('p');
    p.textContent = 'Malamadre, though.';
    document.body.append(p);
    await settle();
    expect(loads).toBe(1);

    document.body.innerHTML = '<p>Gándara and Yori.</p>';
    run(fakeApi({ followedShows: ['prison-cell-211'] }).api);
    await settle();
    expect(loads).toBe(1);
  });

  it("own plot points count only for a followed show", async () => {
    document.body.innerHTML = '<p>A cooking blog.</p>';
    run(fakeApi({ followedShows: ['celda-211-2009'], ownPlotPoints: [{ text: 'the soup burns', episode: 2, show: 'prison-cell-211' }] }).api);
    await settle();
    expect(loads).toBe(0);
    document.body.innerHTML = '<p>A cooking blog.</p>';
    run(fakeApi({ followedShows: ['celda-211-2009'], ownPlotPoints: [{ text: 'the soup burns', episode: 1, show: 'celda-211-2009' }] }).api);
    await settle();
    expect(loads).toBe(1);
  });
});

describe('frames asking the top frame while its shield loads', () => {
  it('the top frame answers "pending" from passing until the shield has started, and the hold stays', async () => {
    document.body.innerHTML = '<p>My review of Celda 211.</p>';
    let loaded!: () => void;
    const f = fakeApi();
    run(f.api, window, () => new Promise<void>((r) => (loaded = r)));
    await settle();
    expect(loads).toBe(1);
    expect(f.message({ type: 'get-status' })).toMatchObject({ ready: false, pending: 1, showMentioned: false });
    loaded();
    await settle();
    // The shield answers from now on.
    expect(f.message({ type: 'get-status' })).toBeUndefined();
    expect(html().hasAttribute(HOLD_ATTR)).toBe(true);
  });

  it('a subframe told "pending" keeps its paint held and asks again until the answer is known', async () => {
    document.body.innerHTML = '<p>Juan writes a comment.</p>';
    const f = fakeApi({}, ['pending', 'pending', true]);
    run(f.api, subframe());
    await new Promise((r) => setTimeout(r, 200));
    expect(f.calls.sent.length).toBe(3);
    expect(loads).toBe(1);
    expect(html().hasAttribute(HOLD_ATTR)).toBe(true);
  });

  it('a subframe that waits for the top frame holds its paint for the frames\' longer cap, then the loading shield\'s', async () => {
    document.body.innerHTML = '<p>Juan writes a comment.</p>';
    const f = fakeApi({}, ['pending', 'pending', true]);
    let loaded!: () => void;
    run(f.api, subframe(), () => new Promise<void>((r) => (loaded = r)));
    expect(html().getAttribute(HOLD_ATTR)).toBe(FRAME_HOLD);
    await new Promise((r) => setTimeout(r, 200));
    expect(loads).toBe(1);
    // Passing to the shield lengthens the same hold: its cap is still timed from the first hold.
    expect(html().getAttribute(HOLD_ATTR)).toBe(SHIELD_HOLD);
    loaded();
  });

  it('a top frame that lets the shield in holds its paint for the loading shield\'s cap, and lets it go if the shield fails to load', async () => {
    document.body.innerHTML = '<p>Prison Cell 211 review</p>';
    let failed!: (e: Error) => void;
    run(fakeApi({}).api, window, () => new Promise<void>((_, reject) => (failed = reject)));
    expect(html().getAttribute(HOLD_ATTR), 'waiting for the settings').toBe('');
    await settle();
    expect(loads).toBe(1);
    expect(html().getAttribute(HOLD_ATTR)).toBe(SHIELD_HOLD);
    failed(new Error('no shield'));
    await settle();
    expect(html().hasAttribute(HOLD_ATTR)).toBe(false);
  });

  it('the stylesheet caps the hold at HOLD_MS, a frame\'s at FRAME_HOLD_MS (which it keeps asking for), a loading shield\'s at SHIELD_HOLD_MS', async () => {
    const css = readFileSync('entrypoints/content.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const rules = new Map(css.split('}').map((r) => r.split('{')).filter((p) => p.length === 2).map(([selector, body]) => [selector!.trim(), body!]));
    // The last time in the rule is the hold's delay (`animation: name 0s linear 0.6s …`, `animation-delay: 1.5s`).
    const delay = (selector: string) => Number([...(rules.get(selector) ?? '').matchAll(/(\d+(?:\.\d+)?)s\b/g)].at(-1)?.[1]) * 1000;
    expect(delay(`html[${HOLD_ATTR}]`)).toBe(HOLD_MS);
    expect(delay(`html[${HOLD_ATTR}="${FRAME_HOLD}"]`)).toBe(FRAME_HOLD_MS);
    expect(delay(`html[${HOLD_ATTR}="${SHIELD_HOLD}"]`)).toBe(SHIELD_HOLD_MS);
    // A top frame's hold (a word waiting for the settings) is the plain one.
    document.body.innerHTML = '<p>Prison Cell 211 review</p>';
    run(fakeApi({}).api);
    expect(html().getAttribute(HOLD_ATTR)).toBe('');
  });

  it('a subframe lets the paint go once the answer stays "pending" past the hold cap', async () => {
    document.body.innerHTML = '<p>Juan writes a comment.</p>';
    const f = fakeApi({}, ['pending']);
    let now = 0;
    const win = subframe();
    loads = 0;
    const g = startGate(document, win, { words, api: () => f.api, shadowRootEvent: EVENT, load: () => (loads++, Promise.resolve()), now: () => now });
    started.push(g);
    await new Promise((r) => setTimeout(r, 100));
    expect(html().hasAttribute(HOLD_ATTR)).toBe(true);
    now = FRAME_HOLD_MS - 100;
    await new Promise((r) => setTimeout(r, 100));
    expect(html().getAttribute(HOLD_ATTR), 'still asking short of the frames\' cap').toBe(FRAME_HOLD);
    now = FRAME_HOLD_MS + 100;
    await new Promise((r) => setTimeout(r, 100));
    expect(html().hasAttribute(HOLD_ATTR)).toBe(false);
    expect(loads).toBe(0);
    f.message({ type: 'show-mentioned' });
    expect(loads).toBe(1);
  });
});
