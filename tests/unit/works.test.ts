import { describe, expect, it } from 'vitest';
import { WorkMarkers } from '@/src/decide/works';

const markers = new WorkMarkers([
  { showId: 'series', markers: ['Netflix', 'the series', 'episodio'] },
  { showId: 'film', markers: ['the film', 'película', 'Monzón'] },
]);

/** The works of the sentence `sentence` of `text`, as a sorted list. */
function worksOf(text: string, sentence: string): string[] | undefined {
  const start = text.indexOf(sentence);
  const works = markers.worksOf(text, start, start + sentence.length);
  return works && [...works].sort();
}

describe('WorkMarkers', () => {
  it('takes the works a sentence names, several-word markers included', () => {
    const text = 'In the film Malamadre survives. In the series he does not.';
    expect(worksOf(text, 'In the film Malamadre survives.')).toEqual(['film']);
    expect(worksOf(text, 'In the series he does not.')).toEqual(['series']);
    expect(worksOf('Netflix and Monzón both tell it.', 'Netflix and Monzón both tell it.')).toEqual(['film', 'series']);
  });

  it('carries the latest work named before a sentence that names none', () => {
    const text = 'The film came first. The series came later. Juan dies.';
    expect(worksOf(text, 'Juan dies.')).toEqual(['series']);
    expect(worksOf('Juan dies. The film is better.', 'Juan dies.')).toBeUndefined();
  });

  it('carries every work of the latest sentence that names one: a comparison goes on about either', () => {
    const text = 'The series gets it right in a way the film never needed to. The accountant lives in luxury.';
    expect(worksOf(text, 'The accountant lives in luxury.')).toEqual(['film', 'series']);
    expect(worksOf('The series came later. The film came first. Juan dies.', 'Juan dies.')).toEqual(['film']);
  });

  it('does not take a work named as the one compared with: the sentence speaks of the other', () => {
    const text = "The lawyer becoming the spokesman on camera is such a good idea, and it's not in the film at all.";
    expect(worksOf(text, text)).toBeUndefined();
    expect(worksOf('iban a matar a Juan como en la película', 'iban a matar a Juan como en la película')).toBeUndefined();
    expect(worksOf('In the film Juan dies.', 'In the film Juan dies.')).toEqual(['film']);
  });

  it('does not take a work called a kind of thing ("muy de película": film-like)', () => {
    const text = 'lo del hoyo en la pared es muy de película ochentera';
    expect(worksOf(text, text)).toBeUndefined();
    expect(worksOf('la película es muy buena', 'la película es muy buena')).toEqual(['film']);
  });

  it('needs every word of a marker, in order and whole', () => {
    const text = 'The seriesfilm of events. The film... no, the series. Then Juan dies.';
    expect(worksOf(text, 'Then Juan dies.')).toEqual(['series']);
    expect(worksOf('Film the. Juan dies.', 'Juan dies.')).toBeUndefined();
  });

  it('is useful only with markers for two shows or more', () => {
    expect(markers.useful).toBe(true);
    expect(new WorkMarkers([{ showId: 'series', markers: ['Netflix'] }, { showId: 'film' }]).useful).toBe(false);
  });
});

describe('a work’s word used as a figure of speech', () => {
  const works = new WorkMarkers([
    { showId: 'series', markers: ['series', 'episodio'] },
    { showId: 'film', markers: ['movie', 'película', 'peli', '2009', 'Monzón'] },
  ]);
  const of = (text: string) => {
    const found = works.worksOf(text, 0, text.length);
    return found && [...found].sort();
  };

  it('after a genre ("a heist movie") or as Spanish "de película" names no work', () => {
    expect(of('the last hour turns into a heist movie and I loved it')).toBeUndefined();
    expect(of('the whole escape is a caper movie, honestly')).toBeUndefined();
    expect(of('la fuga con el apagón, una escena de película')).toBeUndefined();
    expect(of('qué final, de peli')).toBeUndefined();
  });

  it('but the film named with its article, its year or its director still is', () => {
    expect(of('in the movie Juan dies')).toEqual(['film']);
    expect(of('el final de la película es otro')).toEqual(['film']);
    expect(of('la versión de 2009 es más dura')).toEqual(['film']);
    expect(of('la película de Monzón es otra cosa')).toEqual(['film']);
  });
});
