// @vitest-environment happy-dom
// A live blog (src/shield/live-blog.ts): entries that open with a clock time. An entry that names an episode starts it,
// and the entries after it in the blog's order (newest first when the times run backwards) are in that episode.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const entry = (id: string, time: string, text: string) => `<div class="e" id="${id}"><span class="when">${time}</span> ${text}</div>`;
const ENTRIES: [string, string, string][] = [
  ['start', '8:50 PM', 'Here we go: episode 3 starts now.'],
  ['wall', '9:10 PM', 'Juan pressed against the wall again, whispering to the colonel about the accountant.'],
  ['snack', '9:25 PM', 'My cat is asleep on the remote again.'],
  ['four', '9:55 PM', 'On to episode 4, no break.'],
  ['yard', '10:20 PM', 'Calancho makes the whole yard watch and Juan cannot look away.'],
];

describe('a live blog', () => {
  it('puts each entry in the episode the entry before it started, and names alone still decide chatter', async () => {
    document.title = 'Prison Cell 211 watch-along, live';
    shield = await startShield(`<h1>Live: our Prison Cell 211 marathon</h1>
      <div class="feed">${ENTRIES.map((e) => entry(...e)).join('')}</div>`, 2);
    expect([state('wall'), episode('wall')]).toEqual(['hidden', '3']);
    expect([state('yard'), episode('yard')]).toEqual(['hidden', '4']);
    // An entry that tells nothing of the show is chatter, whatever episode it is in.
    expect([state('snack'), state('start'), state('four')]).toEqual([null, null, null]);
  });

  it('reads a blog whose newest entry is on top from the bottom up', async () => {
    document.title = 'Prison Cell 211 watch-along, live';
    shield = await startShield(`<h1>Live: our Prison Cell 211 marathon</h1>
      <div class="feed">${[...ENTRIES].reverse().map((e) => entry(...e)).join('')}</div>`, 3);
    expect([state('yard'), episode('yard')]).toEqual(['hidden', '4']);
    expect(state('wall')).toBeNull();
  });

  it('reads a chat log\'s bracketed times, hiding what names no one but keeping its chatter readable', async () => {
    document.title = 'watch-party export — Prison Cell 211 night';
    const line = (id: string, time: string, who: string, text: string) =>
      `<div class="m" id="${id}"><span class="ts">[${time}]</span><span class="n">${who}</span> ${text}</div>`;
    shield = await startShield(`<div class="main">
      <div class="m sys" id="sys"><span class="ts">[20:58]</span>stream started: Prison Cell 211 — Episode 3</div>
      ${line('belly', '21:05', 'deedee_reads', 'with her belly like that out by the gate with all the other families, no no no')}
      ${line('ty', '21:06', 'ravioli_rick', 'perfect ty, more snacks please')}
      ${line('body', '21:55', 'tomasinthehouse', 'and now he is dragging the body away to hide it. the lawyer is gone y\'all')}
      <div class="m sys" id="end"><span class="ts">[23:09]</span>stream ended</div>
    </div>`, 2);
    expect([state('belly'), episode('belly')]).toEqual(['hidden', '3']);
    expect([state('body'), episode('body')]).toEqual(['hidden', '3']);
    // A line of a few words that names nothing is chatter, with or without its author.
    expect([state('ty'), state('end')]).toEqual([null, null]);
  });

  it('leaves comments with no clock time to their own words', async () => {
    document.title = 'Prison Cell 211 discussion';
    shield = await startShield(`<h1>Prison Cell 211 discussion</h1>
      <div class="comments">
        <div class="comment" id="c1">episode 3 is where it gets good</div>
        <div class="comment" id="c2">Juan pressed against the wall again, listening for footsteps in the corridor.</div>
      </div>`, 0);
    expect(state('c2')).not.toBe('hidden');
  });
});
