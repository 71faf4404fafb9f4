import { describe, expect, it } from 'vitest';
import { shippedCatalog } from '@/src/catalog/compiled';
import { analyseBlock } from '@/src/decide/match/analyse';
import { scopeHides } from '@/src/decide/scope/region-reveal';
import { ownWordCount, talkEpisode } from '@/src/decide/scope/whole-show';
import { commentEpisode } from '@/src/decide/scope/comment-scope';

const catalog = shippedCatalog();

describe('a post that opens talk about the whole show', () => {
  it('invites it, says its writer finished it, or names its end, in English and Spanish', () => {
    for (const post of [
      'Six episodes, one long night. What scene stayed with you the most?',
      'ok i just finished it and i need to talk to someone',
      'Tell us your favourite moment in the comments 👇',
      '¿Qué escena les rompió el corazón?',
      'YA TERMINÉ la serie, vengan a comentar',
      'Spoilers en los comentarios, están avisados',
      '¿Qué les pareció el final?',
    ]) expect([post, talkEpisode(post, 6)]).toEqual([post, 6]);
  });

  it('not one that only announces the show or says where its writer is', () => {
    for (const post of ['24 hours. One riot. Streaming now.', 'Voy en el capítulo 2, no me hagan spoiler', 'starting it tonight, wish me luck']) {
      expect([post, talkEpisode(post, 6)]).toEqual([post, undefined]);
    }
  });
});

describe("a comment's own words", () => {
  it('leave out its author line, the handles it answers, its time and its counters', () => {
    expect(ownWordCount('camila.rvs@leo.m both are fine honestly 2d · 1,204 likes · Reply', 'camila.rvs')).toBe(4);
    expect(ownWordCount('Rosa Elena Díaz y ya, así nomás Me gusta · Responder · 5 h', 'Rosa Elena Díaz')).toBe(4);
  });

  it('make a comment under its author line and counters chatter when they are few', () => {
    const text = 'pedro_the_movie_buff · 12h the soundtrack in this one is great, who did it? 48 · Reply · Share';
    const analysis = analyseBlock(text, catalog);
    // Counted whole, the author line and the buttons make it more than a line; its own words are one.
    expect(scopeHides(analysis, text, true)).toBe(true);
    expect(scopeHides(analysis, text, true, false, false, undefined, () => 'pedro_the_movie_buff · 12h')).toBe(false);
  });
});

describe('which episode a comment looks at', () => {
  it('is the one before an episode its writer has not watched yet', () => {
    expect(commentEpisode("NO. just no. I can't watch episode 4 tonight, not after that", 6)).toBe(3);
    expect(commentEpisode('me da miedo ver el capítulo 5 después de esto', 6)).toBe(4);
    expect(commentEpisode('episode 4 is the best one so far', 6)).toBe(4);
  });

  it("is the first for the show's very first scene", () => {
    expect(commentEpisode('the very first scene, with the radio playing over the yard. chills', 6)).toBe(1);
    expect(commentEpisode('la primera escena ya te dice todo lo que viene', 6)).toBe(1);
  });
});

describe('someone who figures out who someone is', () => {
  it('finds them out', () => {
    const reveals = analyseBlock("the moment Carajo figures out who Juan really is, you know it's over", catalog).sentences.flatMap((s) => s.reveals);
    expect(reveals.some((r) => r.plot >= 0 && r.episode === 3)).toBe(true);
  });
});

describe('a post that says its writer finished an episode', () => {
  it('opens talk up to that episode, not about the whole show', () => {
    expect(talkEpisode('just finished ep 2, no spoilers please', 6)).toBe(2);
    expect(talkEpisode('ya terminé el capítulo 3 y sigo en shock', 6)).toBe(3);
    expect(talkEpisode('Just finished ep 5 of Prison Cell 211 and I need a group hug. Comment below, spoilers ok up to ep 5!', 6)).toBe(5);
    expect(talkEpisode('Acabo de ver el capítulo 4, spoilers hasta el 4 por favor', 6)).toBe(4);
    expect(talkEpisode('just finished Prison Cell 211, I need to talk about it', 6)).toBe(6);
  });

  it('not one that only names an episode', () => {
    expect(talkEpisode('Episode 3 is the best one, fight me', 6)).toBeUndefined();
    expect(talkEpisode('voy en el capítulo 2, sin spoilers', 6)).toBeUndefined();
  });
});

describe('a comment under a post that opens talk about the whole show', () => {
  it("is judged by what it tells in the catalog's terms, when it tells something", () => {
    const text = 'Helena dies at the gate and the colonel keeps saying she is stable, I was so angry';
    const analysis = analyseBlock(text, catalog);
    expect(analysis.sentences.some((s) => s.reveals.some((r) => r.plot >= 0))).toBe(true);
    expect(scopeHides(analysis, text, true)).toBe(true);
    expect(scopeHides(analysis, text, true, false, false, {})).toBe(false);
  });
});
