// Issue 4, items 2 and 3, in real Chromium with the built extension: pages that change after load.
// An app that navigates with history.pushState and swaps its content (live/spa.html), in-place
// edits of text nodes and moves of blocks (live/edits.html), open shadow roots made every way a
// page makes them (live/shadow.html), and comment frames that never name the show themselves
// (live/frames.html, live/frames-late.html). Every block says in data-test-episode the episode it
// reveals; the leak probe (live/leak-probe.js) looks at every frame right before paint.
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { shieldStatus } from './harness';
import { describeFigures, frames, LiveSession, markErrors, readProbe, type ProbeFigures } from './leak-probe';
import { unpaintedInShadowRoots } from '../helpers/shadow-paint';

const live = LiveSession.use();

async function probeOf(frame: Frame): Promise<ProbeFigures> {
  const figures = await readProbe(frame);
  if (!figures) throw new Error(`no leak probe in ${frame.url()}`);
  return figures;
}

/** Spoilers past `watched` now in the frame (open shadow roots included). */
function spoilersIn(frame: Frame, watched: number): Promise<number> {
  return frame.evaluate((w) => {
    let n = 0;
    const visit = (root: Document | ShadowRoot) =>
      root.querySelectorAll('*').forEach((el) => {
        if (Number(el.getAttribute('data-test-episode')) > w) n++;
        if (el.shadowRoot) visit(el.shadowRoot);
      });
    visit(document);
    return n;
  }, watched);
}

describe('in-app navigation (pushState and a content swap)', () => {
  it('hides the spoilers of each view it swaps in, before paint, through clicks, back and forward', async () => {
    const watched = 3;
    const page = await live.open('live/spa.html', { watchedEpisode: watched });
    let renders = 1;
    let spoilersShown = 0;
    const rendered = async (view: string) => {
      await page.waitForSelector(`html[data-renders="${renders}"]`, { state: 'attached' });
      expect(await page.getAttribute('html', 'data-view')).toBe(view);
      await live.expectMarks(watched);
      spoilersShown += await spoilersIn(page.mainFrame(), watched);
    };
    await rendered('home');
    for (const view of ['episode-4', 'finale', 'cast', 'home', 'finale']) {
      await page.click(`a[data-route="${view}"]`);
      renders++;
      await rendered(view);
      expect(new URL(page.url()).searchParams.get('view') ?? 'home').toBe(view);
    }
    for (const [move, view] of [['back', 'home'], ['back', 'cast'], ['forward', 'home'], ['forward', 'finale']] as const) {
      await (move === 'back' ? page.goBack() : page.goForward());
      renders++;
      await rendered(view);
    }

    const probe = await probeOf(page.mainFrame());
    console.info(describeFigures('spa.html, 10 views at episode 3', probe, spoilersShown));
    expect(spoilersShown).toBe(12);
    expect(probe.spoilersSeen).toBe(spoilersShown);
    expect(probe.leaks).toEqual([]);
  });
});

describe('in-place edits', () => {
  const watched = 4;
  let page: Page;

  beforeAll(async () => {
    page = await live.open('live/edits.html', { watchedEpisode: watched });
  });

  const edit = (name: string) =>
    page.evaluate((n) => (window as unknown as { edits: Record<string, () => void> }).edits[n]!(), name);

  it('checks a text node again when its data changes (characterData), in a block or an inline span', async () => {
    await live.expectMarks(watched);
    for (const name of ['tickerSpoils', 'partialSpoils', 'tickerSafe', 'partialSafe', 'tickerSpoils']) {
      await edit(name);
      await live.expectMarks(watched);
    }
  });

  it('keeps a moved block hidden and blurred, and a moved text node hides its new block', async () => {
    for (const name of ['pin', 'quote', 'unpin', 'unquote', 'pin']) {
      await edit(name);
      await live.expectMarks(watched);
    }
    // The moved spoiler still has its blur: the highlight covers its text in its new place.
    const covered = await page.evaluate(() => {
      const li = document.getElementById('moving-spoiler')!;
      return [...(CSS.highlights.get('spoiler-shield') ?? [])].some(
        (range) => !range.collapsed && li.contains(range.startContainer) && li.contains(range.endContainer),
      );
    });
    expect(covered).toBe(true);
  });

  it('paints none of them unhidden, even as a burst of edits 40 ms apart', async () => {
    const done = await page.evaluate(() => (window as unknown as { edits: { burst(): Promise<number> } }).edits.burst());
    expect(done).toBe(11);
    await live.expectMarks(watched);
    const probe = await probeOf(page.mainFrame());
    console.info(describeFigures('edits.html at episode 4, 21 edits', probe));
    expect(probe.spoilersSeen).toBeGreaterThanOrEqual(4);
    expect(probe.leaks).toEqual([]);
  });
});

describe('open shadow roots', () => {
  const watched = 1;
  let page: Page;

  beforeAll(async () => {
    page = await live.open('live/shadow.html', { watchedEpisode: watched });
    await page.waitForSelector('html[data-shadow="done"]', { state: 'attached' });
  });

  it('hides spoilers in shadow roots, declarative or attached before, during or after insertion, nested and filled late', async () => {
    await live.expectMarks(watched);
    expect(await spoilersIn(page.mainFrame(), watched)).toBe(9);
    // Each shadow root also gets the blur's style: ::highlight rules do not cross into shadow trees.
    const unblurred = await page.evaluate(unpaintedInShadowRoots);
    expect(unblurred).toEqual([]);
  });

  it('paints none of them unhidden', async () => {
    const probe = await probeOf(page.mainFrame());
    console.info(describeFigures('shadow.html at episode 1', probe, 9));
    expect(probe.spoilersSeen).toBe(9);
    expect(probe.leaks).toEqual([]);
  });
});

describe('frames: same-origin, srcdoc and about:blank', () => {
  const watched = 0;
  let page: Page;
  let commentFrames: Frame[];

  const framesOf = (p: Page) => p.mainFrame().childFrames();

  /** Waits until each comment frame has added its later comment. */
  const laterCommentsIn = async (list: Frame[]) => {
    for (const frame of list) await frame.waitForSelector('html[data-later="done"]', { state: 'attached', timeout: 10_000 });
  };

  beforeAll(async () => {
    page = await live.open('live/frames.html', { watchedEpisode: watched });
    commentFrames = framesOf(page);
    await laterCommentsIn(commentFrames);
  });

  it('has its three comment frames: same-origin, srcdoc and about:blank', async () => {
    expect(commentFrames.map((f) => new URL(f.url()).pathname).sort()).toEqual(['/live/frame-comments.html', 'blank', 'srcdoc'].sort());
  });

  it('hides the spoilers of every frame once the top page names the show', async () => {
    await live.expectMarks(watched, [page.mainFrame(), ...commentFrames]);
    const counts = await Promise.all(commentFrames.map((frame) => spoilersIn(frame, watched)));
    // frame-comments.html 3, srcdoc 2, about:blank 2.
    expect(counts.sort()).toEqual([2, 2, 3]);
  });

  /** Each comment frame's probe figures, logged once. */
  let probes: ProbeFigures[] | undefined;
  const frameProbes = async () => {
    if (probes) return probes;
    const lines: string[] = [];
    probes = [];
    for (const frame of commentFrames) {
      const probe = await probeOf(frame);
      const inserted = await spoilersIn(frame, watched);
      lines.push(describeFigures(`frames.html → ${frame.url()}`, probe, inserted));
      expect(probe.callbacks, `probe of ${frame.url()} ran`).toBeGreaterThan(0);
      expect(probe.spoilersSeen, frame.url()).toBe(inserted);
      probes.push(probe);
    }
    console.info(lines.join('\n'));
    return probes;
  };

  it('paints no comment added to a frame later unhidden', async () => {
    const leaks = (await frameProbes()).flatMap((probe) => probe.leaks.filter((leak) => leak.chunk === 'later'));
    expect(leaks).toEqual([]);
  });

  it("paints no spoiler unhidden at a frame's first paint (before the frame hears the tab names the show)", async () => {
    const leaks = (await frameProbes()).flatMap((probe) => probe.leaks.map((leak) => ({ ...leak, url: probe.url })));
    expect(leaks).toEqual([]);
  });

  it('a comment frame alone, as a page of its own, hides nothing: it does not name the show', async () => {
    const alone = await live.open('live/frame-comments.html', { watchedEpisode: watched });
    await alone.waitForSelector('html[data-later="done"]', { state: 'attached' });
    await live.settle();
    await frames(alone.mainFrame(), 3);
    expect(await alone.locator('[data-spoiler-shield]').count()).toBe(0);
    expect((await shieldStatus(live.serviceWorker, live.tabId)).showMentioned).toBe(false);
  });

  it('when a frame names the show late, the top page and every other frame are shielded from then on', async () => {
    const late = await live.open('live/frames-late.html', { watchedEpisode: watched });
    const lateFrames = framesOf(late);
    await laterCommentsIn(lateFrames);
    await live.settle();
    const all = [late.mainFrame(), ...lateFrames];
    for (const frame of all) {
      await frames(frame, 2);
      expect(await frame.locator('[data-spoiler-shield]').count(), `nothing hidden yet in ${frame.url()}`).toBe(0);
    }
    const sameOrigin = lateFrames.find((f) => f.url().endsWith('/frame-comments.html'))!;
    await sameOrigin.evaluate(() => {
      const p = document.createElement('p');
      p.setAttribute('data-test-episode', '0');
      p.textContent = 'We are all here for Prison Cell 211.';
      document.body.appendChild(p);
    });
    await live.expectMarks(watched, all);
  });
});
