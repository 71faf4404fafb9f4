// @vitest-environment happy-dom
// A post that asks a poll: its question and its options, each with its share of the votes, are one post. What its
// question tells hides the whole post, options and all, not the question's paragraph alone; and a poll that tells
// nothing leaves the post readable.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const option = (words: string, share: string) => `<div class="opt"><span>${words}</span><span>${share}</span></div>`;
const post = (id: string, question: string, options: string) =>
  `<div class="post" id="${id}"><div class="meta">BingeBunker · 3 days ago</div><p>${question}</p>${options}<p class="meta">68,402 votes · 👍 9.7K</p></div>`;
const FEED = `<main><h1>BingeBunker · Community</h1><p>Recaps and theories about Prison Cell 211, one post a day.</p>
  ${post('finale', 'Finale poll. Juan took the knife. Juan is now the guy in charge. Was it the right call?', option('Yes, it was what Calancho wanted', '41%') + option('No, he should have gone out with the medics', '33%') + option('There was no right call in that room', '26%'))}
  ${post('cast', 'Who is your favourite actor of the cast so far?', option('Diego Calva', '52%') + option('Noé Hernández', '38%') + option('Someone else', '10%'))}
  ${post('stream', 'Starting the show tonight on stream, come hang out. Snacks?', option('Popcorn', '60%') + option('Tacos', '30%') + option('Nothing', '10%'))}
</main>`;

describe('a poll in a post', () => {
  it('is hidden whole, options and all, when its question tells', async () => {
    shield = await startShield(FEED, 3);
    expect([state('finale'), episode('finale')]).toEqual(['hidden', '6']);
    for (const opt of document.querySelectorAll('#finale .opt')) expect(opt.closest('[data-spoiler-shield="hidden"]')).not.toBeNull();
  });

  it('and stays readable when it tells nothing', async () => {
    shield = await startShield(FEED, 3);
    expect(state('cast')).toBeNull();
    expect(state('stream')).toBeNull();
    expect(document.querySelector('#cast [data-spoiler-shield="hidden"], #stream [data-spoiler-shield="hidden"]')).toBeNull();
  });
});
