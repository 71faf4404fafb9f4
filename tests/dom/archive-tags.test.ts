// @vitest-environment happy-dom
// A fan-fiction archive's card says in its tags how far it spoils: "Episode 4 Spoilers", "Post-Episode 5"; "Post-Canon"
// is past the end. The card is hidden with that episode, whatever its summary says in words the catalog does not know.
// "No spoilers for episode 6" tags nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { installFakeHighlights } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const work = (id: string, title: string, tags: string, summary: string) =>
  `<li class="work" id="${id}"><h4><a href="#">${title}</a> by <a href="#">someone</a></h4><p class="tags">Teen · Complete · 3k words · Tags: ${tags}</p><blockquote>${summary}</blockquote></li>`;

const shown = (id: string) => {
  const el = document.getElementById(id)!;
  return [el.getAttribute('data-spoiler-shield'), el.getAttribute('data-spoiler-episode')];
};

describe("an archive card's spoiler tags", () => {
  it('hide the card with the episode they name, or the last for a post-canon work', async () => {
    document.title = 'Prison Cell 211 (TV) - Works | Fic Shelf';
    shield = await startShield(`
      <h2>Prison Cell 211 (TV) — 4 works</h2>
      <ol>
        ${work('ep4', 'What the Quiet One Knew', 'Yori · Episode 4 Spoilers · Angst', 'He counted the doors, and the doors counted him back.')}
        ${work('post5', 'Paper Cranes', 'Juan Olivera · Post-Episode 5 · Grief', 'A lawyer folds paper at three in the morning and does not sleep.')}
        ${work('canon', 'The Chair', 'Juan Olivera · Post-Canon · Power', 'Everyone in the yard waits to see who he will be now.')}
        ${work('none', 'Before the Bus', 'Juan Olivera/Helena · No spoilers for episode 6 · Fluff', 'A young couple argues about paint colours for a nursery.')}
      </ol>`, 2);
    expect(shown('ep4')).toEqual(['hidden', '4']);
    expect(shown('post5')).toEqual(['hidden', '5']);
    expect(shown('canon')).toEqual(['hidden', '6']);
    expect(shown('none')).toEqual([null, null]);
  });

  it('leave a card whose tagged episode is watched', async () => {
    document.title = 'Prison Cell 211 (TV) - Works | Fic Shelf';
    shield = await startShield(`<ol>${work('ep4', 'What the Quiet One Knew', 'Yori · Episode 4 Spoilers · Angst', 'He counted the doors, and the doors counted him back.')}</ol>`, 4);
    expect(shown('ep4')).toEqual([null, null]);
  });
});

describe('a work listed with its heading, tags and summary', () => {
  it('is a card of the list, hidden whole with the episode its tags name', async () => {
    document.title = 'Prison Cell 211 (TV) - Works | Fic Shelf';
    shield = await startShield(`
      <h1>Prison Cell 211 (TV)</h1>
      <div class="w" id="rat"><h3>What the Quiet One Knew</h3><p>by el_buho · Mature · Complete · 4k words</p><p>Tags: Yori · Informants · Episode 4 Spoilers · Bad Ending</p><p>His last day, from his side. He thought the guards would come for him.</p></div>
      <div class="w" id="ledger"><h3>Ledger</h3><p>by numbers_guy · General · Complete · 800 words</p><p>Tags: Baldor · Accounting · Luxury Cell</p><p>He counts the seconds, then the money, then the seconds again.</p></div>`, 2);
    expect(shown('rat')).toEqual(['hidden', '4']);
    expect(shown('ledger')).toEqual([null, null]);
  });
});
