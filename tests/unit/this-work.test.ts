// "Here" against another work (src/decide/works.ts worksAt): in a text that sets the series against the film it remakes,
// a clause that opens on words for the work talked about ("aquí", "here") after words that named only the film tells of
// the followed series; without them, or after words that named the series itself, the sentence's works decide as before.
import { describe, expect, it } from 'vitest';
import { compiledShow } from '@/src/catalog/compiled';
import { ShowsVerdict } from '@/src/decide/shows';

const knownWorks = [{ showId: 'celda-211-2009', markers: compiledShow('celda-211-2009').markers! }];
const seriesSpoilers = (text: string) => {
  const v = new ShowsVerdict([{ catalog: compiledShow('prison-cell-211'), watched: 0 }], { knownWorks });
  v.notePage({ sentences: [], characters: [], titleMentioned: true });
  const a = v.analyse(text);
  return a ? v.spoilersIn(a).flatMap((s) => s.reveals.map((r) => r.id)) : [];
};

describe('a clause on "here" after words about another work', () => {
  it('tells of the followed show, after a full stop or a semicolon, in English and Spanish', () => {
    expect(seriesSpoilers('In the 2009 film the lawyer dies in the final assault. Here Juan ends up running the prison.')).toContain('juan-new-ringleader');
    expect(seriesSpoilers('En la película al abogado lo matan en el asalto final; aquí Juan termina quedándose con el mando del penal.')).toContain('juan-new-ringleader');
  });

  it('does not when no such words open it: the film is still talked of', () => {
    expect(seriesSpoilers('In the 2009 film the lawyer dies in the final assault. Juan ends up running the prison.')).toEqual([]);
    expect(seriesSpoilers('En la película al abogado lo matan en el asalto final; Juan termina quedándose con el mando del penal.')).toEqual([]);
  });

  it('keeps to the series when the words before named the series itself', () => {
    expect(seriesSpoilers('La serie lo cambia todo. Aquí Juan termina quedándose con el mando del penal.')).toContain('juan-new-ringleader');
  });
});

describe('a clause after "pero"/"but" that says "this version" anywhere in it', () => {
  it('tells of the followed show, after a comma too', () => {
    expect(seriesSpoilers('Sigo prefiriendo el final de la peli, pero reconozco que lo de que Juan rechace salir tiene más sentido en esta versión.')).toContain('juan-stays-behind');
    expect(seriesSpoilers('I still prefer the ending of the 2009 film, but Juan refuses to leave and it makes more sense in this version.')).toContain('juan-stays-behind');
  });

  it('does not without those words: the film is still talked of', () => {
    expect(seriesSpoilers('Sigo prefiriendo el final de la peli, pero reconozco que lo de que Juan rechace salir tiene sentido.')).toEqual([]);
  });
});
