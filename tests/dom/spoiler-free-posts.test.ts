// @vitest-environment happy-dom
// A post that says it tells nothing ("first impressions, NO SPOILERS", "mi opinión sin spoilers") is judged by its own
// sentences, whatever episode the thread it sits in covers: a list archive titled after the finale keeps a spoiler-free
// reply readable. One that only limits what it tells ("no spoilers past episode 3") or opens a hint ("no spoilers,
// but…") is still the finale thread's, and so is every other post of it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Shield } from '@/src/shield/shield';
import { startShield } from '../helpers/dom-shield';
import { episode, installFakeHighlights, state } from '../helpers/dom-marks';
import { saysSpoilerFree } from '@/src/decide/scope/episode-scope';

installFakeHighlights();

let shield: Shield | undefined;
afterEach(() => shield?.stop());

const post = (id: string, from: string, subject: string, body: string) =>
  `<div class="msg" id="${id}"><div class="hdr">From: ${from} · Subject: ${subject}</div><p>${body}</p></div>`;

const ARCHIVE = `<main><h1>Prison Cell 211 finale: was it worth it?</h1>
  ${post('free', 'Ana Ruiz', 'Re: Prison Cell 211, first impressions, NO SPOILERS', 'Juan walks in for a routine visit and Calancho sizes him up at once. The cast is superb.')}
  ${post('libre', 'Beto Lara', 'Re: Celda 211, mi opinión sin spoilers', 'Juan entra de visita y Calancho lo mide de arriba abajo. Qué reparto.')}
  ${post('limit', 'Cleo Park', 'Re: finale, no spoilers beyond the premise', 'Juan walks in for a routine visit and Calancho sizes him up at once.')}
  ${post('hint', 'Dan Ortiz', 'Re: finale, no spoilers but brace yourselves', 'Juan walks in for a routine visit and Calancho sizes him up at once.')}
  ${post('plain', 'Eva Soto', 'Re: finale', 'Juan walks in for a routine visit and Calancho sizes him up at once.')}
</main>`;

describe('a post that says it tells nothing, in a thread about the finale', () => {
  it('stays readable, in English and in Spanish', async () => {
    shield = await startShield(ARCHIVE, 0);
    expect(state('free')).toBeNull();
    expect(state('libre')).toBeNull();
  });

  it('while one that only limits what it tells, one that opens a hint and one that says nothing of it are the thread\'s', async () => {
    shield = await startShield(ARCHIVE, 0);
    for (const id of ['limit', 'hint', 'plain']) expect([id, state(id), episode(id)]).toEqual([id, 'hidden', '6']);
  });

  it('tells a declaration apart from a limit or a hint', () => {
    for (const text of ['first impressions, NO SPOILERS', 'Spoiler-free review', 'mi opinión sin spoilers', 'cero spoilers, lo prometo', 'no spoilers please, I am on episode 2!'])
      expect([text, saysSpoilerFree(text)]).toEqual([text, true]);
    for (const text of ['no spoilers past episode 3', 'No spoilers, but brace yourselves', 'sin spoilers del final', 'sin spoilers, pero prepárense', 'full spoilers ahead'])
      expect([text, saysSpoilerFree(text)]).toEqual([text, false]);
  });
});
