// @vitest-environment happy-dom
// A page with no heading of its own (a thread, a feed) is covered by its title: "Show - S01E04 - Episode Discussion"
// scopes the posts of its thread to episode 4, not the site's words around them (src/shield/regions.ts headlessScope).
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const cmt = (id: string, user: string, text: string) => `<div class="comment" id="${id}"><b>${user}</b> · 120 points<br>${text}</div>`;
const THREAD = `
  <div class="tabs"><span id="tab">hot</span> <span>new</span> <span>top</span></div>
  <section class="main">
    <div class="post"><b>Prison Cell 211 - S01E04 - Episode Discussion</b><br>Talk about this week's episode here.</div>
    ${cmt('c1', 'u/mesquite_moon', 'that fight in the yard had everyone in my living room standing up and yelling at the tv')}
    ${cmt('c2', 'u/norte_nights', 'I did not see that coming at all, the whole last ten minutes were brutal to sit through')}
    ${cmt('c3', 'u/quiet_q', 'dubbed or subbed?')}
  </section>`;

describe('a page with no heading of its own', () => {
  it('scopes the posts of its thread with the episode its title names', async () => {
    document.title = 'Prison Cell 211 - S01E04 - Episode Discussion : r/seriesmx';
    shield = await startShield(THREAD, 3);
    for (const id of ['c1', 'c2']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '4']);
    // Chatter stays readable, and so do the site's own words around the thread.
    expect([state('c3'), state('tab')]).toEqual([null, null]);
  });

  it('leaves them readable once that episode is watched', async () => {
    document.title = 'Prison Cell 211 - S01E04 - Episode Discussion : r/seriesmx';
    shield = await startShield(THREAD, 4);
    expect([state('c1'), state('c2')]).toEqual([null, null]);
  });

  it('is not covered by a search the reader typed (a title in lower case): its results are judged one by one', async () => {
    document.title = 'prison cell 211 episode 4 - VidTube';
    shield = await startShield(THREAD, 3);
    expect([state('c1'), state('c2')]).toEqual([null, null]);
  });

  it('is not covered by its title when it has a main heading: what comes before the heading is the site\'s', async () => {
    document.title = 'Prison Cell 211 - S01E04 - Episode Discussion : r/seriesmx';
    shield = await startShield(`${cmt('before', 'u/site_bot', 'welcome back to the community, please read the rules before you post anything in here today')}<h1>Community rules</h1>`, 3);
    expect(state('before')).toBeNull();
  });
});
