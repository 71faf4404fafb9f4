// @vitest-environment happy-dom
import { shippedCatalog } from '@/src/catalog/compiled';
import { Shield } from '@/src/shield/shield';
import { listenForReveals } from '@/src/shield/reveal/reveal';
import { tEn } from '../helpers/i18n';
import { startShield } from '../helpers/dom-shield';

const REVIEW = `
  <article>
    <h1>Prison Cell 211 review</h1>
    <p id="premise">A riot breaks out and Juan, trapped inside, passes himself off as an inmate.</p>
    <p id="cast" title="cast">Diego Calva plays Juan, and Ana Sofía Gatica plays Helena.</p>
    <p id="ep4">Pregnant Helena is <em>trampled</em> when riot police charge the families.</p>
    <p id="ep5">The acting is superb. Helena dies, and the baby with her. The score is great.</p>
    <ul><li id="ep6">In the finale Juan kills <a href="#x">Calancho</a>.</li></ul>
    <div id="comment">loved it!! calanchos death though... <b>wow</b></div>
    <textarea id="draft">Helena dies in episode 5</textarea>
    <div id="editor" contenteditable="true">Juan kills Calancho</div>
  </article>`;

const tick = () => new Promise((r) => setTimeout(r, 0));
const $ = (id: string) => document.getElementById(id)!;
const marked = () =>
  [...document.querySelectorAll('[data-spoiler-shield]')].map(
    (el) => `${el.id}:${el.getAttribute('data-spoiler-shield')}:${el.getAttribute('data-spoiler-episode')}`,
  );

let shield: Shield;
async function shieldPage(html: string, watched = 0) {
  shield = await startShield(html, watched);
}

afterEach(() => shield.stop());

describe('marking', () => {
  it('marks the nearest block of each later spoiler, and nothing else', async () => {
    await shieldPage(REVIEW);
    expect(marked()).toEqual(['ep4:hidden:4', 'ep5:hidden:5', 'ep6:hidden:6', 'comment:hidden:6']);
    expect(shield.hiddenCount).toBe(4);
  });

  it('follows the watched episode', async () => {
    await shieldPage(REVIEW, 4);
    expect(marked()).toEqual(['ep5:hidden:5', 'ep6:hidden:6', 'comment:hidden:6']);
    shield.apply(true, 6);
    expect(marked()).toEqual([]);
  });

  it('never touches inputs, textareas or editable regions', async () => {
    await shieldPage(REVIEW);
    expect($('draft').hasAttribute('data-spoiler-shield')).toBe(false);
    expect($('editor').hasAttribute('data-spoiler-shield')).toBe(false);
    expect(($('draft') as HTMLTextAreaElement).value).toBe('Helena dies in episode 5');
  });

  it('makes a hidden block focusable and labels it without the spoiler', async () => {
    await shieldPage(REVIEW);
    const ep5 = $('ep5');
    expect(ep5.getAttribute('tabindex')).toBe('0');
    expect(ep5.getAttribute('aria-label')).toBe('Spoiler · Prison Cell 211 · episode 5. Press Enter to reveal.');
    expect(ep5.getAttribute('aria-label')).not.toMatch(/death/i);
    expect(ep5.getAttribute('aria-label')).not.toMatch(/helena|dies/i);
  });

  it('checks text added later, and text that changes in place', async () => {
    await shieldPage(REVIEW, 5);
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = 'Gándara flees before dawn.';
    document.body.append(p);
    await tick();
    expect(marked()).toContain('late:hidden:6');

    const text = $('cast').firstChild as Text;
    text.data = 'Juan stays behind in the prison for good.';
    await tick();
    expect(marked()).toContain('cast:hidden:6');
  });
});

describe('quiet where the show is absent', () => {
  it('hides nothing on a page that never names the show', async () => {
    await shieldPage('<p id="news">Elena, una enfermera de Monterrey, murió en un accidente.</p>');
    expect(marked()).toEqual([]);
    expect(shield.showMentioned).toBe(false);
  });

  it('starts hiding once the show is named later on', async () => {
    await shieldPage('<p id="c1">Helena dies?? no way</p>');
    expect(marked()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Just finished Celda 211 on Netflix.';
    document.body.append(p);
    await tick();
    expect(marked()).toEqual(['c1:hidden:5']);
  });
});

describe('revealing and restoring', () => {
  it('reveals one block on click, Enter or Space', async () => {
    await shieldPage(REVIEW);
    listenForReveals(document, shield, { t: tEn, trustedOnly: false, listen: (t, type, h) => t.addEventListener(type, h, true) });
    $('ep6').querySelector('a')!.click();
    expect($('ep6').getAttribute('data-spoiler-shield')).toBe('revealed');
    $('ep5').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    $('ep4').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(marked()).toEqual(['ep4:revealed:4', 'ep5:revealed:5', 'ep6:revealed:6', 'comment:hidden:6']);
    expect($('ep5').hasAttribute('tabindex')).toBe(false);
    expect(shield.hiddenCount).toBe(1);
  });

  it('hides a revealed block again when its text changes', async () => {
    await shieldPage(REVIEW);
    shield.reveal($('ep5'));
    ($('ep5').firstChild as Text).data = 'Helena is gone: she never wakes up. ';
    await tick();
    expect($('ep5').getAttribute('data-spoiler-shield')).toBe('hidden');
  });

  it('ignores clicks a page script makes when only trusted input counts', async () => {
    await shieldPage(REVIEW);
    listenForReveals(document, shield, { t: tEn, trustedOnly: true, listen: (t, type, h) => t.addEventListener(type, h, true) });
    $('ep5').click();
    expect($('ep5').getAttribute('data-spoiler-shield')).toBe('hidden');
  });

  it('restores the page exactly when the shield is turned off, and hides again when on', async () => {
    document.body.innerHTML = REVIEW;
    const before = document.body.innerHTML;
    shield = new Shield(document, shippedCatalog(), { t: tEn });
    shield.start();
    shield.apply(true, 0);
    await tick();
    expect(document.body.innerHTML).not.toBe(before);
    shield.apply(false, 0);
    expect(document.body.innerHTML).toBe(before);
    shield.apply(true, 0);
    expect(shield.hiddenCount).toBe(4);
  });

  it('gives back attributes the page had before', async () => {
    await shieldPage('<p>Prison Cell 211.</p><p id="x" aria-label="mine" tabindex="-1">Helena dies.</p>');
    expect($('x').getAttribute('aria-label')).toMatch(/^Spoiler/);
    expect($('x').getAttribute('tabindex')).toBe('0');
    shield.apply(false, 0);
    expect($('x').getAttribute('aria-label')).toBe('mine');
    expect($('x').getAttribute('tabindex')).toBe('-1');
    expect($('x').hasAttribute('role')).toBe(false);
  });
});

describe('explanations and "Not a spoiler"', () => {
  it('shows what a hidden block reveals, without revealing it', async () => {
    await shieldPage(REVIEW, 3);
    expect(shield.hintFor($('ep5'))).toMatchObject({ episode: 5, labels: ['A death in episode 5'] });
    expect(shield.hintFor($('premise'))).toBeUndefined();
  });

  it('offers Reveal and Not a spoiler on a card outside the body, and remembers the choice', async () => {
    await shieldPage(REVIEW);
    const remembered: string[] = [];
    listenForReveals(document, shield, {
      t: tEn,
      trustedOnly: false,
      listen: (t, type, h) => t.addEventListener(type, h, true),
      onNotSpoiler: (key) => remembered.push(key),
    });
    const bodyText = document.body.textContent;
    $('ep5').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const host = document.documentElement.querySelector('spoiler-shield-hint');
    expect(host).not.toBeNull();
    expect(host!.parentElement).toBe(document.documentElement);
    expect(document.body.textContent).toBe(bodyText);
    const card = host!.shadowRoot!;
    expect(card.querySelector('.title')!.textContent).toBe('Spoiler · Prison Cell 211 · episode 5');
    const notSpoiler = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Not a spoiler')!;
    notSpoiler.click();
    expect($('ep5').getAttribute('data-spoiler-shield')).toBe('revealed');
    expect(remembered).toHaveLength(1);
    const key = remembered[0];
    expect(key).toMatch(/^[0-9a-f]{16}$/);

    // A later visit with the remembered key: never hidden.
    shield.stop();
    await shieldPage(REVIEW);
    shield.setNotSpoilers([key!]);
    expect($('ep5').getAttribute('data-spoiler-shield')).toBe('revealed');
    expect($('ep4').getAttribute('data-spoiler-shield')).toBe('hidden');
  });
});
