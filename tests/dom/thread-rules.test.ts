// @vitest-environment happy-dom
// Rules of reading threads, posts, news and reviews (issue 12), each as a reader would state it. First: a
// comment that names the episode its thread covers, and tells what someone did, tells of that episode.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';

class FakeHighlight extends Set<AbstractRange> {}
const registry = new Map<string, FakeHighlight>();
const css = Object.defineProperty(window.CSS, 'highlights', { value: registry, configurable: true });
Object.defineProperty(window, 'CSS', { value: css, configurable: true });
Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });

const $ = (id: string) => document.getElementById(id)!;
const state = (id: string) => $(id).getAttribute('data-spoiler-shield');
const episode = (id: string) => $(id).getAttribute('data-spoiler-episode');

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const comment = (id: string, user: string, text: string) => `<div class="comment" id="${id}"><span class="user">${user}</span> <p>${text}</p></div>`;

describe('a comment in a thread about an episode that names that episode', () => {
  const THREAD = `
    <main><h1>Prison Cell 211 – Episode 6 (finale) discussion thread</h1>
      <div class="post">Post your thoughts on the last hour here, everything about it is fair game below.</div>
      <div class="comments">
        ${comment('it', 'ana', 'watched it last night and i still cant believe he chose to stay inside')}
        ${comment('named', 'beto', 'watched the finale last night and i still cant believe he chose to stay inside')}
        ${comment('lo', 'cris', 'lo vi anoche y todavía no puedo creer que se quedara adentro, qué manera de acabar')}
        ${comment('final', 'dani', 'vi el final anoche y todavía no puedo creer que se quedara adentro')}
        ${comment('hooked', 'eva', 'the finale is where i got completely hooked, the pacing in this one is just insane')}
        ${comment('ritmo', 'fer', 'el final me tuvo enganchada toda la noche, el ritmo de este capítulo es una locura')}
      </div>
    </main>`;

  it('and tells what someone did is hidden with that episode, named or not, in English and Spanish', async () => {
    document.title = 'Episode 6 discussion';
    shield = await startShield(THREAD, 3);
    for (const id of ['it', 'named', 'lo', 'final']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '6']);
  });

  it('and only says what the viewer thought of it is an opinion, left readable', async () => {
    document.title = 'Episode 6 discussion';
    shield = await startShield(THREAD, 3);
    expect(state('hooked')).toBeNull();
    expect(state('ritmo')).toBeNull();
  });
});
