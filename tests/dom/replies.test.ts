// @vitest-environment happy-dom
// Replies (src/shield/units.ts ownBox and repliesTo, unit-reader.ts): threads nest the answers to a comment
// inside the comment's own element (reddit's `.thing` > `.entry` + `.child`, a forum's <li> with an <ol> of
// answers). Each comment is a unit of its own words: hiding one hides none of the replies under it, a lone
// reply is a unit too, and a thread's episode hides a comment, or not, whole.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { UnitFinder } from '@/src/shield/units';
import { startShield } from '../helpers/dom-shield';
import { $, installFakeHighlights } from '../helpers/dom-marks';

installFakeHighlights();
/** Whether a reader's view of `id` is hidden: it, or an element around it, carries the hidden mark. */
const hidden = (id: string) => $(id).closest('[data-spoiler-shield="hidden"]') !== null;

let shield: Shield | undefined;
afterEach(() => shield?.stop());

/** A comment as old reddit writes it: its words in `.entry`, the replies in `.child`. */
const thing = (id: string, who: string, words: string, replies = '') =>
  `<div class="thing" id="${id}"><div class="entry" id="${id}-entry"><div class="tagline"><b>${who}</b> 12 points</div><p id="${id}-p">${words}</p></div>` +
  (replies ? `<div class="child">${replies}</div>` : '') +
  '</div>';

describe('a comment that holds its replies', () => {
  it('is hidden by its own words: the box that holds them is marked, and the replies under it are not', async () => {
    const html = `<main><h1>Prison Cell 211 discussion</h1><div class="comments">
      ${thing('a', 'kestrel', 'Helena dies and the baby with her.', thing('a1', 'lupita', 'ok fair, what a show') + thing('a2', 'rook', 'the acting is unreal'))}
      ${thing('b', 'owl', 'Best show of the year, no contest.')}
    </div></main>`;
    shield = await startShield(html, 0);
    expect($('a-entry').getAttribute('data-spoiler-shield')).toBe('hidden');
    expect($('a').getAttribute('data-spoiler-shield')).toBeNull();
    expect([hidden('a1'), hidden('a2'), hidden('b')]).toEqual([false, false, false]);
  });

  it('in a list: the <li> of a comment gives way to the block of its words, beside the <ol> of answers', async () => {
    const html = `<main><h1>Prison Cell 211</h1><ol class="comments">
      <li id="top"><div class="comment-body" id="top-body"><span class="autor">DonRamon</span><p>Calancho muere en el final, a manos de Juan.</p></div>
        <ol class="children"><li id="re"><div class="comment-body"><span class="autor">chuy</span><p>yo apenas voy en el 2 😭</p></div></li></ol>
      </li>
      <li id="next"><div class="comment-body"><span class="autor">flaca</span><p>qué serie tan buena</p></div></li>
    </ol></main>`;
    shield = await startShield(html, 0);
    expect($('top-body').getAttribute('data-spoiler-shield')).toBe('hidden');
    expect([hidden('re'), hidden('next')]).toEqual([false, false]);
  });

  it('stays the unit when its words lie in several of its children', () => {
    document.body.innerHTML = `<ul><li class="comment" id="c"><div class="who">owl</div><p id="p">words</p><ul class="replies"><li class="comment"><p>re</p></li></ul></li>
      <li class="comment"><p>other</p></li></ul>`;
    expect(new UnitFinder().unitAround($('p'), 1)).toBe($('c'));
  });
});

describe('a lone reply', () => {
  it('is a unit when it sits inside a comment of its kind, with no twin beside it', () => {
    document.body.innerHTML = `<div class="comments">${thing('a', 'kestrel', 'first', thing('a1', 'lupita', 'lone reply', thing('a11', 'rook', 'deeper still')))}${thing('b', 'owl', 'second')}</div>`;
    const finder = new UnitFinder();
    expect(finder.unitAround($('a1-p'), 1)).toBe($('a1-entry'));
    expect(finder.unitAround($('a11-p'), 1)).toBe($('a11'));
  });
});

describe("a thread's episode", () => {
  // An episode-1 discussion: a comment that tells nothing is chatter, whatever blocks its words are in.
  const html = `<main><h1>Prison Cell 211 - Episode 1 Discussion: the riot begins</h1><div class="comments">
    ${thing('a', 'kestrel', 'that flamethrower guy creeping through the corridors had me holding my breath, what a way to end the hour', thing('a1', 'lupita', 'bro you just spoiled the movie for half the thread'))}
    ${thing('b', 'owl', 'the crib scene at the start, when he builds it and she watches from the door, got me good honestly')}
  </div></main>`;

  it('hides a comment that tells of the episode, and leaves a reply that only chats, blocks and all', async () => {
    document.title = 'Prison Cell 211 - Episode 1 Discussion';
    shield = await startShield(html, 0);
    expect([hidden('a-p'), hidden('b-p')]).toEqual([true, true]);
    expect([hidden('a1-entry'), hidden('a1-p')]).toEqual([false, false]);
  });

  it('hides nothing for a reader who has seen that episode', async () => {
    document.title = 'Prison Cell 211 - Episode 1 Discussion';
    shield = await startShield(html, 1);
    expect([hidden('a-p'), hidden('b-p'), hidden('a1-p')]).toEqual([false, false, false]);
  });
});
