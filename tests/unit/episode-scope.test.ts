// Episode scope from a page's own words (src/decide/scope/episode-scope.ts): what a title, heading or
// card title says it covers, in English and Spanish, and what is not an episode at all.
import { commentEpisode, hintsAhead } from '@/src/decide/scope/comment-scope';
import { describe, expect, it } from 'vitest';
import { episodeScope, talksOfEpisodes, isAboutThePage, isOpinionHeading, isPreviously, isQuestion, titleEpisode, isContentWarning, isBloodiest, spoilsUpTo, warnsOfAllSpoilers, opensInEpisode } from '@/src/decide/scope/episode-scope';
import { withScope, SCOPE_PREFIX } from '@/src/decide/scope/region-reveal';

const LAST = 6;

describe('episodeScope', () => {
  it.each([
    ['Prison Cell 211 season 1, episode 2 recap', 2],
    ['Season 1 Episode 5 recap', 5],
    ['1x05: the ambulance', 5],
    ['S01E05', 5],
    ['s1 e4 discussion', 4],
    ['Ep. 5', 5],
    ['ep 3 thread', 3],
    ['Capítulo 5', 5],
    ['Episodio 5: la ambulancia', 5],
    ['Resumen del capítulo 3 de Celda 211', 3],
    ['Resumen del quinto capítulo', 5],
    ['Episode three', 3],
    ['the fourth episode', 4],
    ['What is the hole in the wall? (episodes 3–4)', 4],
    ['Spoilers for episodes 1 to 3', 3],
    ['Episodios 1 a 3', 3],
    ['Season finale recap', 6],
    ['The last episode', 6],
    ['Prison Cell 211 ending explained', 6],
    ['Final explicado de Celda 211', 6],
    ['¿Cómo termina Celda 211?', 6],
    ['Full season recap', 6],
    ['Spoilers for the whole season', 6],
    ['Spoilers de toda la temporada', 6],
    ['Último capítulo', 6],
  ])('%s → %i', (text, episode) => {
    expect(episodeScope(text, LAST)).toBe(episode);
  });

  it.each([
    'Helena dies',
    'Episode 211', // past the show's length: a number, not an episode
    'Cell 211 and the number 25',
    'Diego Calva on playing a lawyer',
  ])('%s names no episode', (text) => {
    expect(episodeScope(text, LAST)).toBeUndefined();
  });

  it('takes an ordinal before "episode" for an episode, and a count for none', () => {
    expect(episodeScope('The fifth episode is the hardest to watch', LAST)).toBe(5);
    expect(episodeScope('El quinto capítulo', LAST)).toBe(5);
    expect(episodeScope('Prison Cell 211: the season, one episode at a time', LAST)).toBeUndefined();
    expect(episodeScope('Celda 211, un capítulo a la vez: dos capítulos por noche', LAST)).toBeUndefined();
  });

  it('knows a paragraph that speaks of the episodes as such, by number or by count', () => {
    expect(talksOfEpisodes('The second episode is the slowest of the six.', LAST)).toBe(true);
    expect(talksOfEpisodes('All six episodes are streaming on Netflix now.', LAST)).toBe(true);
    expect(talksOfEpisodes('Juan stays behind as the new leader of the prison.', LAST)).toBe(false);
  });

  it('reads a range only when it goes up', () => {
    expect(episodeScope('Episode 2, 3 stars', LAST)).toBe(2);
    expect(episodeScope('Episodes 4-2', LAST)).toBe(4);
  });

  it('does not cover the last episode when it is ahead of the text ("theories before the finale")', () => {
    expect(episodeScope('Does Calancho survive? Prison Cell 211 theories before the finale', LAST)).toBeUndefined();
    expect(episodeScope('Teorías antes del último capítulo de Celda 211', LAST)).toBeUndefined();
    expect(episodeScope('Episode 5 reaction, waiting for the finale', LAST)).toBe(5);
    // The control: the finale itself, and a text that covers it beside one that looks ahead.
    expect(episodeScope('Theories, then the finale reaction', LAST)).toBe(6);
    expect(episodeScope('The finale, and the theories before the finale', LAST)).toBe(6);
  });

  it('reads a guide\'s season-and-episode codes ("S1.E4", "Episode #1.4") as the episode, not the season', () => {
    expect(episodeScope('S1.E4 ∙ Episode #1.4 · Wed, Feb 5, 2025', LAST)).toBe(4);
    expect(episodeScope('Episode #1.5', LAST)).toBe(5);
    expect(episodeScope('Episode 1.5 million views', LAST)).toBeUndefined();
    expect(episodeScope('Episodes 3,4', LAST)).toBe(3);
  });

  it('follows the show length given', () => {
    expect(episodeScope('Season finale', 10)).toBe(10);
    expect(episodeScope('Episode 8', 6)).toBeUndefined();
    expect(episodeScope('Episode 8', 10)).toBe(8);
  });
});

describe('headings and paragraphs that are not the story', () => {
  it('knows an opinion heading, a question heading and a reminder of last week', () => {
    expect(isOpinionHeading('Final thoughts')).toBe(true);
    expect(isOpinionHeading('Nuestra opinión')).toBe(true);
    expect(isOpinionHeading('¿Qué nos pareció?')).toBe(true);
    expect(isOpinionHeading('Meeting the boss')).toBe(false);
    // A TL;DR sums up what the page tells: under a recap, the plot.
    expect(isOpinionHeading('TL;DR')).toBe(false);
    expect(isQuestion('Does Calancho die?')).toBe(true);
    expect(isQuestion('¿Muere Calancho')).toBe(true);
    expect(isQuestion('The raid')).toBe(false);
    expect(isPreviously('Previously on Prison Cell 211: the riot.')).toBe(true);
    expect(isPreviously('Anteriormente en Celda 211')).toBe(true);
    expect(isPreviously('Juan talks his way out of it.')).toBe(false);
  });

  it('knows a spoiler warning, a pointer to another recap and a score', () => {
    expect(isAboutThePage('Spoilers ahead for the fourth episode.')).toBe(true);
    expect(isAboutThePage('Ojo: spoilers del episodio 2.')).toBe(true);
    expect(isAboutThePage('Mañana publicamos el resumen del capítulo 4.')).toBe(true);
    expect(isAboutThePage('Calificación del episodio: 8.5/10.')).toBe(true);
    expect(isAboutThePage('He tells the man he is inside for killing a neighbour.')).toBe(false);
    expect(isAboutThePage('Juan advierte a Calancho del plan.')).toBe(false);
  });
});

describe('isBloodiest', () => {
  it('reads a superlative of bloodshed in English and Spanish, in any case and with or without accents', () => {
    for (const t of ['Bloodiest single hour, by our count: episode 5.', 'The deadliest episode is episode 4', 'El capítulo 5 es el más sangriento', 'MAS VIOLENTA que nunca: capitulo 3', 'el más letal']) {
      expect([t, isBloodiest(t)]).toEqual([t, true]);
    }
    for (const t of ['The best single hour: episode 5.', 'a bloody mess', 'más o menos sangre']) expect([t, isBloodiest(t)]).toEqual([t, false]);
  });
});

describe('withScope', () => {
  it('adds one reveal of the episode over the whole text, outer white space aside', () => {
    const a = withScope({ sentences: [], characters: [], titleMentioned: false }, '  Juan hands over the case. ', 6);
    expect(a.sentences).toEqual([{ start: 2, end: 27, reveals: [expect.objectContaining({ id: `${SCOPE_PREFIX}6`, episode: 6, start: 2, end: 27 })] }]);
    expect(withScope({ sentences: [], characters: [], titleMentioned: false }, '   ', 6).sentences).toEqual([]);
  });
});

describe('the episode a comment looks back at (comment-scope.ts)', () => {
  it('reads "ep 4", "el cap 5" and a bare number after a word that points at an episode', () => {
    expect(commentEpisode('still not over the hand thing from ep 4 tbh', 6)).toBe(4);
    expect(commentEpisode('Todavía no supero lo de Helena en el cap 5', 6)).toBe(5);
    expect(commentEpisode('el mejor momento del 2', 6)).toBe(2);
    expect(commentEpisode('la celda del contador en el primero: internet, teles', 6)).toBe(1);
  });

  it('reads a hint that sends the reader ahead to a bare number ("wait till 4", "aguántate al 5") as that episode', () => {
    expect(commentEpisode('just wait till 4, you will not look at the colonel the same way', 6)).toBe(4);
    expect(commentEpisode('aguántate al 5 y luego me cuentas qué sientes por el licenciado', 6)).toBe(5);
    expect(commentEpisode('cuando llegues al 2 me dices si te sigue cayendo bien', 6)).toBe(2);
    expect(commentEpisode('espérate al 3 de marzo, ese día sale el tráiler', 6)).toBeUndefined();
  });

  it('reads a hint that someone does not live to an episode ("no llega ni al 5") as the episode before it', () => {
    expect(commentEpisode('@tonor 👀 ese carnal no llega ni al capítulo 5', 6)).toBe(4);
    expect(commentEpisode("trust me, the snitch doesn't make it to episode 4", 6)).toBe(3);
    expect(commentEpisode('no llegan al 2 la mitad de los custodios', 6)).toBe(1);
    expect(commentEpisode('no llega ni al 1, pobre', 6)).toBeUndefined();
  });

  it('tells a hint that something happens ahead ("espérate al 5", "no llega ni al 5") from a mention of an episode', () => {
    expect(hintsAhead('@rosy jajaja espérate al 5. nomás eso te digo')).toBe(true);
    expect(hintsAhead('just wait till episode 4, trust me')).toBe(true);
    expect(hintsAhead('ese no llega ni al capítulo 5')).toBe(true);
    expect(hintsAhead('ya voy en el 5 y me está encantando')).toBe(false);
    expect(hintsAhead('espérate al 3 de marzo, ese día sale el tráiler')).toBe(false);
  });

  it('never takes a date, a score, a count or a number past the show for an episode', () => {
    expect(commentEpisode('el 25 pagando el pato al final', 6)).toBeUndefined();
    expect(commentEpisode('nos vemos el 2 de febrero', 6)).toBeUndefined();
    expect(commentEpisode('quedaron en el 2-2 al final', 6)).toBeUndefined();
    expect(commentEpisode('Halcones suma del 2 pts', 6)).toBeUndefined();
  });
});

describe('titleEpisode: a title or main heading that tells of its episode', () => {
  // Written for these tests: a show called "Night Shift" (or "Turno de noche"), six episodes.
  const namesShow = (t: string) => /night shift|turno de noche/i.test(t);
  it.each([
    ['Night Shift Episode 5 Recap: Nothing Left to Lose | Some Site', 5],
    ["'Night Shift' episode 3 recap: a door in the basement — Binge Page", 3],
    ['Turno de noche, resumen del capítulo 4: cae el chivato | Zona Series', 4],
    ['Turno de noche (Netflix), episodio 2: rehenes, humo y una cinta | Series', 2],
    ['Night Shift Ending Explained: Does Marta Die, and Why Does Leo Stay? - Watch Page', 6],
  ])('%s → %s', (title, episode) => {
    expect(titleEpisode(title, LAST, namesShow, true)).toBe(episode);
  });
  it.each([
    ['Night Shift Episode 1 Recap: \'The First Night\' | Some Site'], // the episode's own title, quoted
    ['Night Shift season 1, episode 2 recap – Couch Page'], // no subtitle
    ['Turno de noche, capítulo 1: resumen y análisis | Pantalla'], // what the page is
    ['Night Shift - S01E03 - Episode Discussion : r/series'],
    ['Turno de noche – Capítulo 3: comentarios y teorías | Foro'],
    ['Night Shift season 1 recap: everything that happens, episode by episode | Pop'],
    ['Night Shift full-season review (spoilers): the doctor, the nurse and the key — Quarterly'], // a review's verdict
    ['Episode 5 Recap: Nothing Left to Lose | Some Site'], // no show named
    ['Night Shift: a door in the basement | Some Site'], // no episode
  ])('%s → none', (title) => {
    expect(titleEpisode(title, LAST, namesShow, true)).toBeUndefined();
  });
  it('keeps the last part of a main heading (no site name there)', () => {
    expect(titleEpisode('Night Shift, the end: así termina Turno de noche', LAST, namesShow)).toBeUndefined();
    expect(titleEpisode('El rey ha caído, viva el rey: así termina Turno de noche', LAST, namesShow)).toBe(6);
    expect(titleEpisode('Turno de noche: así termina | Series', LAST, namesShow, true)).toBeUndefined();
  });
});

describe('isContentWarning', () => {
  it('reads a content note or warning that opens a text, in English and Spanish', () => {
    expect(isContentWarning('Content note: this episode contains sexual violence.')).toBe(true);
    expect(isContentWarning('Content warning: this recap discusses self-harm. Spoilers for episodes 1 to 3.')).toBe(true);
    expect(isContentWarning('Aviso de contenido: este capítulo incluye violencia sexual.')).toBe(true);
    expect(isContentWarning('Spoiler warning: everything up to episode 3 is fair game.')).toBe(false);
    expect(isContentWarning('The content of the tape is never shown.')).toBe(false);
  });
});

describe('the ending named as its last scene or its epilogue', () => {
  it('covers the last episode: "the epilogue", "that last shot", "la escena final", "el epílogo"', () => {
    for (const text of ['disagree on the epilogue', 'that last shot of everyone looking at him', 'la escena final me dejó helado', 'el epílogo se siente apurado']) {
      expect([text, episodeScope(text, 6)]).toEqual([text, 6]);
    }
    // The last scene of an episode it names is that episode's.
    expect(episodeScope('the last scene of episode 2 is the best', 6)).toBe(2);
    expect(episodeScope('la escena final del capítulo 3', 6)).toBe(3);
  });
});

describe('spoilsUpTo: a tag that says how far a post or card spoils', () => {
  it.each([
    ['Tags: Yori-centric · Informants · Episode 4 Spoilers · Bad Ending', 4],
    ['Pre-Canon · Post-Episode 5 · Grief', 5],
    ['Spoilers through Episode 3', 3],
    ['spoilers hasta el capítulo 3 · Drama', 3],
    ['Spoilers del cap. 2', 2],
    ['post-capítulo 4 · angustia', 4],
  ])('%s → %s', (text, episode) => {
    expect(spoilsUpTo(text, LAST)).toBe(episode);
  });

  it.each([['No spoilers for episode 6, please'], ['sin spoilers del capítulo 5'], ['Episode 3 · Missing Scene'], ['Episode 9 Spoilers']])('%s tags nothing', (text) => {
    expect(spoilsUpTo(text, LAST)).toBeUndefined();
  });

  it('and a post-canon or post-finale work spoils the whole show', () => {
    expect(warnsOfAllSpoilers('Juan Olivera · Post-Canon · Power')).toBe(true);
    expect(warnsOfAllSpoilers('post-finale feelings, a thread')).toBe(true);
  });
});

describe('opensInEpisode', () => {
  it('reads the episode a paragraph opens in, English and Spanish, in digits, words and ordinals', () => {
    expect(opensInEpisode('In episode two Juan stops hiding and speaks for the men.', 6)).toBe(2);
    expect(opensInEpisode('By the fourth episode, the yard has a kitchen of its own.', 6)).toBe(4);
    expect(opensInEpisode('En el capítulo 5, Juan ya no confía en nadie.', 6)).toBe(5);
    expect(opensInEpisode('Durante el tercer capítulo la celda se queda a oscuras.', 6)).toBe(3);
  });

  it('reads nothing from a paragraph that names an episode later on, or opens with another time', () => {
    expect(opensInEpisode('Juan stops hiding in episode two.', 6)).toBeUndefined();
    expect(opensInEpisode('In 2009 a Spanish film told a similar story, and in episode two the series leaves it behind.', 6)).toBeUndefined();
    expect(opensInEpisode('In episode nine of the podcast we talk about the riot.', 6)).toBeUndefined();
  });
});
