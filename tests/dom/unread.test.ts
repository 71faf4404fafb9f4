// @vitest-environment happy-dom
// Text a page adds while the shield is busy is painted over until it has been read (src/shield/paint/unread.ts).
// The clock is made to run fast, so that every slice runs out of time after one step of work, as on a slow
// machine; the slices that wait for a frame run only when the test says a frame comes.
import { shippedCatalog } from '@/src/catalog/compiled';
import { UNREAD_ATTR } from '@/src/shield/paint/unread';
import { Shield } from '@/src/shield/shield';
import { tEn } from '../helpers/i18n';

const tick = () => new Promise((r) => setTimeout(r, 0));
const unread = () => [...document.querySelectorAll(`[${UNREAD_ATTR}]`)];

let shield: Shield;
let frames: Array<() => void> = [];
let painted = true;
let clock = 0;

/** Runs the frame slices queued so far (and those they queue) until none is left; how many frames ran. */
async function runFrames(max = 500): Promise<number> {
  let n = 0;
  while (frames.length > 0 && n < max) {
    const due = frames;
    frames = [];
    for (const work of due) work();
    n++;
    await tick();
  }
  return n;
}

const COMMENTS = [
  'Helena dies in the hospital, and the baby with her.',
  'I binged all six episodes in one night.',
  'In the finale Juan kills Calancho with the knife Calancho hands him.',
  'The soundtrack is great, especially the opening credits.',
];

function appendComments(into: Element): Element[] {
  return COMMENTS.map((text) => {
    const article = document.createElement('article');
    article.className = 'comment';
    article.innerHTML = `<div class="who">reader</div><p>${text}</p>`;
    into.append(article);
    return article;
  });
}

async function start(html: string): Promise<void> {
  document.title = '';
  document.body.innerHTML = html;
  frames = [];
  painted = true;
  shield = new Shield(document, shippedCatalog(), { t: tEn, schedule: (work) => frames.push(work), painted: () => painted });
  shield.start();
  shield.apply(true, 2);
  await tick();
  await runFrames();
  expect(shield.pending).toBe(0);
}

beforeEach(() => {
  clock = 0;
  // Each look at the clock is 30 ms later: a slice does one step of work and stops.
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 30));
});

afterEach(() => {
  shield.stop();
  vi.restoreAllMocks();
});

describe('text added while the shield is busy', () => {
  const PAGE = '<h1>Prison Cell 211: what did you think of the series?</h1><section id="feed"></section>';

  it('is painted over before any frame, and let go once everything queued is read and marked', async () => {
    await start(PAGE);
    const added = appendComments(document.getElementById('feed')!);
    // The observer's callback and the urgent slice have run (microtasks); no frame yet.
    await Promise.resolve();
    await Promise.resolve();
    expect(shield.pending, 'the slice ran out of time').toBeGreaterThan(0);
    expect(unread()).toEqual(added);
    // A later-episode comment not yet marked hidden is unreadable all the same.
    const finale = added[2]!.querySelector('p')!;
    expect(finale.hasAttribute('data-spoiler-shield')).toBe(false);
    expect(finale.closest(`[${UNREAD_ATTR}]`)).toBe(added[2]);

    expect(await runFrames()).toBeGreaterThan(1);
    expect(shield.pending).toBe(0);
    expect(unread()).toEqual([]);
    expect(shield.isHidden(added[0]!.querySelector('p')!) || shield.isHidden(added[0]!)).toBe(true);
    expect(shield.isHidden(finale) || shield.isHidden(added[2]!)).toBe(true);
    expect(added[1]!.querySelector('[data-spoiler-shield="hidden"]')).toBeNull();
  });

  it('covers text added into a block that is already there, by its block, and leaves <body> alone', async () => {
    await start(`${PAGE}<p id="live">Live: </p>`);
    const live = document.getElementById('live')!;
    live.append('Juan kills Carajo and hides the body behind the laundry.');
    document.body.append('Calancho kills Yori in front of the whole yard.');
    await Promise.resolve();
    await Promise.resolve();
    expect(unread()).toEqual([live]);
    await runFrames();
    expect(unread()).toEqual([]);
  });

  it('is not painted over while the first paint is held, nor on a page that names no followed show, nor once all is revealed', async () => {
    await start(PAGE);
    painted = false;
    appendComments(document.getElementById('feed')!);
    await Promise.resolve();
    expect(unread()).toEqual([]);
    await runFrames();

    painted = true;
    shield.revealAll();
    await runFrames();
    appendComments(document.getElementById('feed')!);
    await Promise.resolve();
    expect(unread()).toEqual([]);
    await runFrames();
    shield.stop();

    await start('<h1>Our favourite prison dramas</h1><section id="feed"></section>');
    document.getElementById('feed')!.innerHTML = '<article><p>The soundtrack is great.</p><p>I binged it in one night.</p></article>';
    await Promise.resolve();
    expect(unread()).toEqual([]);
  });

  it('loses its paint when the shield is turned off or stopped mid-way', async () => {
    await start(PAGE);
    appendComments(document.getElementById('feed')!);
    await Promise.resolve();
    expect(unread().length).toBe(COMMENTS.length);
    shield.apply(false, 2);
    expect(unread()).toEqual([]);
    shield.apply(true, 2);
    await runFrames();
    appendComments(document.getElementById('feed')!);
    await Promise.resolve();
    expect(unread().length).toBe(COMMENTS.length);
    shield.stop();
    expect(unread()).toEqual([]);
  });
});
