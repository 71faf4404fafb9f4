// @vitest-environment happy-dom
// A post that tags its own words as a spoiler ("[spoiler]…[/spoiler]", "[SPOILER — series finale]", ">!…!<") says what
// it is before a reader reads it: on a page about the show it is hidden whole, as its named episode's or, naming none,
// as any episode's (the last). An untagged post of the same thread that says nothing stays readable.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { hasSpoilerTag } from '@/src/decide/scope/comment-scope';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const post = (id: string, user: string, text: string) => `<div class="post" id="${id}"><b>${user}</b> Posts: 301<br>${text}</div>`;
const THREAD = `
  <h1>Prison Cell 211 vs the 2009 film</h1>
  ${post('plain', 'gus', 'Saw both this month. The series takes its time and the Juárez setting changes everything.')}
  ${post('tagged', 'flaca', '[spoiler]Same revenge beat as the film, only a different target this time.[/spoiler]')}
  ${post('named', 'ollie', '[SPOILER — series ep 4] what the lawyer has to do to the accountant on orders.')}
  ${post('es', 'lupe', '[spoiler]Falta lo mejor. Nomás te digo: fíjate en quién se queda de jefe al final.[/spoiler]')}
  ${post('reddit', 'kv', 'honestly >!the last ten minutes change what the whole show was about!< and I loved it')}`;

describe('a post that tags its own words as a spoiler', () => {
  it('is hidden whole, as the episode it names or else as the last', async () => {
    document.title = 'Prison Cell 211 vs the 2009 film - Film Vault forums';
    shield = await startShield(THREAD, 2);
    expect(state('plain')).toBeNull();
    for (const id of ['tagged', 'es', 'reddit']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '6']);
    expect([state('named'), episode('named')]).toEqual(['hidden', '4']);
  });

  it('and the one that names its episode is readable once it is watched', async () => {
    document.title = 'Prison Cell 211 vs the 2009 film - Film Vault forums';
    shield = await startShield(THREAD, 4);
    expect(state('named')).toBeNull();
    expect(state('tagged')).toBe('hidden');
  });
});

describe('hasSpoilerTag', () => {
  it('reads bracket tags and Reddit spoiler marks, not the word spoiler in a sentence', () => {
    expect(hasSpoilerTag('[spoiler]x[/spoiler]')).toBe(true);
    expect(hasSpoilerTag('[SPOILER — series finale] For me')).toBe(true);
    expect(hasSpoilerTag('so >!he stays!< wow')).toBe(true);
    expect(hasSpoilerTag('no spoilers please, I am on episode 2!')).toBe(false);
    expect(hasSpoilerTag('Spoiler warning: this review discusses the season')).toBe(false);
  });
});
