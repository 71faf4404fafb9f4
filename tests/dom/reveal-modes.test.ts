// @vitest-environment happy-dom
// Issue 6, how the reader reveals a hidden passage (src/shield/reveal.ts) in each reveal mode, and the
// reader's own plot points in the shield (Shield.setOwnPlotPoints).
// - Click mode: one click reveals, and the click never reaches the page (a link inside the block does
//   not navigate, the page's handlers do not run).
// - Press and hold: a click alone does nothing; a press held for HOLD_MS reveals, and the click that
//   ends the press is swallowed too; letting go early cancels.
// - Enter on the focused block reveals in both modes; a revealed block's card offers "Hide again".
// - Own plot points hide their sentences on any page, even one that never names the show.
// DOM events made here are untrusted, so the shield is told not to require trusted ones.
import { shippedCatalog } from '@/src/catalog/compiled';
import type { RevealMode } from '@/src/settings-schema';
import { HOLD_MS, HOLDING_ATTR, listenForReveals } from '@/src/shield/reveal/reveal';
import { Shield } from '@/src/shield/shield';
import { tEn } from '../helpers/i18n';
import { startShield } from '../helpers/dom-shield';

const REVIEW = `
  <article>
    <h1>Prison Cell 211 review</h1>
    <p id="premise">A riot breaks out and Juan, trapped inside, passes himself off as an inmate.</p>
    <p id="ep5">The acting is superb. Helena dies, and the baby with her. The score is great.</p>
    <ul><li id="ep6">In the finale Juan kills <a id="link" href="#x">Calancho</a>.</li></ul>
  </article>`;

const tick = () => new Promise((r) => setTimeout(r, 0));
const $ = (id: string) => document.getElementById(id)!;
const state = (id: string) => $(id).getAttribute('data-spoiler-shield');

let shield: Shield;
let mode: RevealMode;
/** Every listener the reveal code adds, to remove after each test. */
let listeners: Array<[EventTarget, string, (e: Event) => void]>;
/** Clicks the page itself saw on its link. */
let pageClicks: number;

async function shieldPage(html: string, watched = 0) {
  shield = await startShield(html, watched);
}

function listen() {
  return listenForReveals(document, shield, {
    t: tEn,
    trustedOnly: false,
    mode: () => mode,
    listen: (target, type, handler) => {
      target.addEventListener(type, handler, true);
      listeners.push([target, type, handler]);
    },
  });
}

/** Clicks `el` as a pointer would, and says whether the page was told not to act on it. */
function click(el: Element): { defaultPrevented: boolean } {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 });
  el.dispatchEvent(e);
  return { defaultPrevented: e.defaultPrevented };
}
const pointer = (el: Element, type: string) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));
const enter = (el: Element) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));

/** The card's buttons, by their text. */
function cardButtons(): string[] {
  const host = document.documentElement.querySelector('spoiler-shield-hint');
  const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
  if (!card || card.hidden) return [];
  return [...card.querySelectorAll('button')].map((b) => b.textContent ?? '');
}
function cardButton(label: string): HTMLButtonElement {
  const host = document.documentElement.querySelector('spoiler-shield-hint')!;
  return [...host.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === label)!;
}
const cardDetail = () => document.documentElement.querySelector('spoiler-shield-hint')?.shadowRoot?.querySelector('.detail')?.textContent ?? '';

beforeEach(async () => {
  listeners = [];
  pageClicks = 0;
  mode = 'click';
  await shieldPage(REVIEW);
  $('link').addEventListener('click', () => pageClicks++);
  listen();
});

function teardown() {
  for (const [target, type, handler] of listeners) target.removeEventListener(type, handler, true);
  listeners = [];
  shield.stop();
  document.documentElement.querySelector('spoiler-shield-hint')?.remove();
}

afterEach(() => {
  vi.useRealTimers();
  teardown();
});

describe('the page under test', () => {
  it('hides the blocks with later spoilers, and the page sees clicks outside them', () => {
    expect(state('ep5')).toBe('hidden');
    expect(state('ep6')).toBe('hidden');
    expect(state('premise')).toBeNull();
    expect(click($('premise')).defaultPrevented).toBe(false);
  });
});

describe('click mode', () => {
  it('reveals a block on click, and the click never reaches the page', () => {
    const result = click($('link'));
    expect(state('ep6')).toBe('revealed');
    expect(shield.isHidden($('ep6'))).toBe(false);
    expect(result.defaultPrevented).toBe(true);
    expect(pageClicks).toBe(0);
    // The block is shown now: the next click is the page's.
    expect(click($('link')).defaultPrevented).toBe(false);
    expect(pageClicks).toBe(1);
  });

  it('reveals only the block clicked', () => {
    click($('ep5'));
    expect(state('ep5')).toBe('revealed');
    expect(state('ep6')).toBe('hidden');
  });

  it('says "click" on the card', () => {
    $('ep5').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(cardButtons()).toEqual(['Reveal', 'Not a spoiler']);
    expect(cardDetail()).toContain(tEn('hintClick'));
  });
});

describe('press and hold', () => {
  beforeEach(() => {
    mode = 'hold';
    vi.useFakeTimers();
  });

  it('does nothing on a click alone, and still keeps the click from the page', () => {
    const result = click($('link'));
    expect(state('ep6')).toBe('hidden');
    expect(result.defaultPrevented).toBe(true);
    expect(pageClicks).toBe(0);
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(state('ep6')).toBe('hidden');
  });

  it('reveals after a press held for HOLD_MS, and swallows the click that ends it', () => {
    pointer($('link'), 'pointerdown');
    expect($('ep6').hasAttribute(HOLDING_ATTR)).toBe(true);
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(state('ep6')).toBe('hidden');
    vi.advanceTimersByTime(1);
    expect(state('ep6')).toBe('revealed');
    expect($('ep6').hasAttribute(HOLDING_ATTR)).toBe(false);
    pointer($('link'), 'pointerup');
    expect(click($('link')).defaultPrevented).toBe(true);
    expect(pageClicks).toBe(0);
    // Only that one click: the next is the page's.
    expect(click($('link')).defaultPrevented).toBe(false);
    expect(pageClicks).toBe(1);
  });

  it('cancels when the press ends before HOLD_MS', () => {
    pointer($('ep5'), 'pointerdown');
    vi.advanceTimersByTime(HOLD_MS / 2);
    pointer($('ep5'), 'pointerup');
    expect($('ep5').hasAttribute(HOLDING_ATTR)).toBe(false);
    vi.advanceTimersByTime(HOLD_MS * 3);
    expect(state('ep5')).toBe('hidden');
    expect(shield.isHidden($('ep5'))).toBe(true);
    expect(document.querySelectorAll(`[${HOLDING_ATTR}]`)).toHaveLength(0);
  });

  it('ignores a press with another button than the main one', () => {
    $('ep5').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, button: 2 }));
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(state('ep5')).toBe('hidden');
  });

  it('says "press and hold" on the card', () => {
    $('ep5').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(cardDetail()).toContain(tEn('hintHold'));
  });
});

describe('the keyboard', () => {
  for (const m of ['click', 'hold'] as const) {
    it(`reveals the focused block on Enter in ${m} mode`, () => {
      mode = m;
      const block = $('ep5') as HTMLElement;
      block.focus();
      expect(document.activeElement).toBe(block);
      enter(document.activeElement!);
      expect(state('ep5')).toBe('revealed');
      expect(state('ep6')).toBe('hidden');
    });
  }

  it('keeps focus on a block revealed with Enter, with its own role and label back, and gives back tabindex when focus leaves', () => {
    const block = $('ep5') as HTMLElement;
    block.focus();
    enter(block);
    expect(state('ep5')).toBe('revealed');
    expect(document.activeElement).toBe(block);
    expect([block.getAttribute('tabindex'), block.getAttribute('role'), block.getAttribute('aria-label')]).toEqual(['-1', null, null]);
    block.blur();
    expect(document.activeElement).not.toBe(block);
    expect([block.hasAttribute('tabindex'), block.hasAttribute('role'), block.hasAttribute('aria-label')]).toEqual([false, false, false]);
  });

  it('leaves Enter in a link inside a hidden block to the link', () => {
    enter($('link'));
    expect(state('ep6')).toBe('hidden');
  });
});

describe('"Hide again" on a revealed block', () => {
  it('is offered on the card of a block the reader revealed, and hides it again', () => {
    click($('ep5'));
    expect(shield.isHidden($('ep5'))).toBe(false);
    $('ep5').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(cardButtons()).toEqual(['Hide again']);
    cardButton('Hide again').click();
    expect(shield.isHidden($('ep5'))).toBe(true);
    expect(state('ep5')).toBe('hidden');
    expect(cardButtons()).toEqual([]);
  });
});

describe('the reader’s own plot points', () => {
  const PAGE = '<p id="dig">They dug a tunnel.</p><p id="plain">Nothing to see here at all.</p>';

  beforeEach(async () => {
    teardown();
    await shieldPage(PAGE);
    listen();
  });

  it('hides nothing on a page that never names the show, without them', () => {
    expect(shield.showMentioned).toBe(false);
    expect(state('dig')).toBeNull();
  });

  it('hide a passage on such a page, labelled as the reader’s keyword and episode', async () => {
    shield.setOwnPlotPoints([{ text: 'the tunnel', episode: 4 }]);
    await tick();
    expect(state('dig')).toBe('hidden');
    expect($('dig').getAttribute('data-spoiler-episode')).toBe('4');
    const label = $('dig').getAttribute('aria-label') ?? '';
    // Only the show and the episode (issue 16): never what kind of passage it is.
    expect(label).toMatch(/Prison Cell 211.*episode 4/);
    expect(label).not.toMatch(/tunnel/i);
    expect(state('plain')).toBeNull();
  });

  it('show the passage once its episode is watched', async () => {
    shield.setOwnPlotPoints([{ text: 'the tunnel', episode: 4 }]);
    await tick();
    shield.apply(true, 3);
    expect(state('dig')).toBe('hidden');
    shield.apply(true, 4);
    expect(state('dig')).not.toBe('hidden');
    expect(shield.hiddenCount).toBe(0);
  });

  it('re-read the page when the list changes', async () => {
    shield.setOwnPlotPoints([{ text: 'the tunnel', episode: 4 }]);
    await tick();
    expect(state('dig')).toBe('hidden');
    shield.setOwnPlotPoints([{ text: 'nothing to see', episode: 2 }]);
    await tick();
    expect(state('dig')).not.toBe('hidden');
    expect(state('plain')).toBe('hidden');
    expect($('plain').getAttribute('data-spoiler-episode')).toBe('2');
    shield.setOwnPlotPoints([]);
    await tick();
    expect(shield.hiddenCount).toBe(0);
  });

  it('can be revealed like any hidden passage', async () => {
    shield.setOwnPlotPoints([{ text: 'the tunnel', episode: 4 }]);
    await tick();
    click($('dig'));
    expect(state('dig')).toBe('revealed');
  });
});

describe('a touch screen (issue 16)', () => {
  /** A tap as a touch screen makes it: a touch press, then a click (not a PointerEvent here, as in some browsers). */
  const tap = (el: Element) => {
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, button: 0, pointerType: 'touch' }));
    el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, button: 0, pointerType: 'touch' }));
    return click(el);
  };

  it('opens the card on a tap instead of revealing, and the tap never reaches the page', () => {
    const result = tap($('link'));
    expect(state('ep6')).toBe('hidden');
    expect(result.defaultPrevented).toBe(true);
    expect(pageClicks).toBe(0);
    expect(cardButtons()).toEqual(['Reveal', 'Not a spoiler']);
    expect(cardDetail()).toContain(tEn('hintTap'));
    cardButton('Reveal').click();
    expect(state('ep6')).toBe('revealed');
  });

  it('offers "Hide again" on a tap on a block the reader revealed, and lets the page have that tap', () => {
    click($('ep5'));
    expect(state('ep5')).toBe('revealed');
    tap($('ep5'));
    expect(cardButtons()).toEqual(['Hide again']);
    cardButton('Hide again').click();
    expect(state('ep5')).toBe('hidden');
  });

  it('still reveals on a mouse click after a tap elsewhere', () => {
    tap($('ep6'));
    pointer($('ep5'), 'pointerdown');
    click($('ep5'));
    expect(state('ep5')).toBe('revealed');
  });
});
