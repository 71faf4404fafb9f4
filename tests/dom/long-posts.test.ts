// @vitest-environment happy-dom
// A post of several paragraphs (a bug report with its steps, a long forum answer) is read as an article is, block by
// block: the paragraph that tells is hidden, its steps and its thanks stay readable. A short post is still one unit,
// hidden whole with its author line; so are the replies under a long thread of them, each by its own words.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const TIMELINE = `<main><h1>Prison Cell 211: spoilers leak through search snippets #482</h1>
  <div class="tl" id="report">
    <div class="hd" id="report-author"><b>tere-dev</b> commented on Feb 10, 2025</div>
    <div class="bd">
      <p id="bug"><b>Describe the bug</b><br>I blocked Prison Cell 211, but several snippets on a search page stay readable.</p>
      <p>Steps to reproduce</p>
      <ol><li id="step1">Install version 3.8.1 on Firefox 135.</li><li id="step2">Block the show with the default sensitivity.</li></ol>
      <p id="leak">What leaked: "in the finale Juan stays inside and Calancho asks him to kill him".</p>
      <p id="expected"><b>Expected</b><br>Snippets that mention a blocked show should be blurred.</p>
    </div>
  </div>
  <div class="tl" id="short">
    <div class="hd"><b>kuba-p</b> commented on Feb 11, 2025</div>
    <div class="bd"><p>Same here: a carousel told me Calancho asks Juan to kill him in the finale.</p></div>
  </div>
  <div class="tl" id="thanks">
    <div class="hd"><b>maintainer-ana</b> commented on Feb 12, 2025</div>
    <div class="bd"><p>Thanks for the report, we can reproduce it.</p></div>
  </div>
</main>`;

describe('a long post', () => {
  it('hides the paragraph that tells, and leaves its steps, its author line and its other paragraphs readable', async () => {
    shield = await startShield(TIMELINE, 2);
    expect([state('leak'), episode('leak')]).toEqual(['hidden', '6']);
    expect(state('report')).toBeNull();
    for (const id of ['report-author', 'bug', 'step1', 'step2', 'expected']) expect([id, document.getElementById(id)!.closest('[data-spoiler-shield="hidden"]')]).toEqual([id, null]);
  });

  it('while a short one is still hidden whole, its author line with it', async () => {
    shield = await startShield(TIMELINE, 2);
    expect([state('short'), episode('short')]).toEqual(['hidden', '6']);
    expect(state('thanks')).toBeNull();
  });
});
