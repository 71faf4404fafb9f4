// Rules of reading a sentence found on the labelled pages (issue 12), each as a reader would state it.
// Each case here failed before its rule.
import { shippedCatalog } from '@/src/catalog/compiled';
import { analyseBlock } from '@/src/decide/match';
import { compiledShow } from '@/src/catalog/compiled';
import { ShowsVerdict } from '@/src/decide/shows';

const cc = shippedCatalog();
/** Plot point ids the text reveals, at any episode. */
const reveals = (text: string) => [...new Set(analyseBlock(text, cc).sentences.flatMap((s) => s.reveals.map((r) => r.id)))].sort();

describe('set phrases', () => {
  it('waiting for news of someone is not seeing them on the news', () => {
    expect(reveals("Juan's pregnant wife, left on the outside waiting for news of her husband.")).toEqual([]);
    expect(reveals('Su esposa embarazada, afuera, esperando noticias de su marido.')).toEqual([]);
    expect(reveals('Helena sees Juan on the news.')).toContain('juan-video-message');
  });
});

describe('what people do', () => {
  it('inmates celebrating is the celebration of episode 4, as their feast or party is', () => {
    expect(reveals('Still from episode 4: inmates celebrating with food in the main hall')).toContain('food-party');
    expect(reveals('Los reos celebran en el patio cuando por fin llega lo que pidieron.')).toContain('food-party');
    expect(reveals('Juan celebrates his birthday with Helena before the visit.')).not.toContain('food-party');
  });
});

describe('what a row of a table says', () => {
  it('ends a phrase at a cell: "then killed | Calancho" is a death, and the killer in the next column', () => {
    expect(reveals("Yori | Exposed as the authorities' mole, forced to fight Juan, then killed | Calancho | 4")).not.toContain('calancho-killed');
    expect(reveals("Yori | Exposed as the authorities' mole, forced to fight Juan, then killed Calancho")).toContain('calancho-killed');
  });
});

describe('what the pack knows of an episode', () => {
  it("Baldor's luxury cell is episode 1's", () => {
    expect(reveals("The accountant in his little luxury cell with the TVs and the booze while the rest sleep on top of each other.")).toContain('baldor-luxury-cell');
    expect(reveals('El contador vive en una celda de lujo.')).toContain('baldor-luxury-cell');
  });

  it("Ramírez saying she was stable is the lie about Helena's death", () => {
    expect(reveals('Ramírez lying that she was stable was a nasty touch.')).toContain('helena-dies');
    expect(reveals('ramirez eres una rata, decirle que estaba estable')).toContain('helena-dies');
  });
});

describe('which work a sentence speaks of, where the 2009 film is known too', () => {
  const knownWorks = [{ showId: 'celda-211-2009', markers: compiledShow('celda-211-2009').markers! }];
  const seriesSpoilers = (texts: string[]) => {
    const v = new ShowsVerdict([{ catalog: compiledShow('prison-cell-211'), watched: 0 }], { knownWorks });
    return texts.map((t) => {
      const a = v.analyse(t);
      if (a) v.notePage(a);
      return a ? v.spoilersIn(a).flatMap((s) => s.reveals.map((r) => r.id)) : [];
    });
  };

  it('"the show" is the series', () => {
    const post = 'Both versions have the hero kill the man responsible, Utrilla in the film, Ramírez in the show. Ramírez lying that she was stable was a nasty touch.';
    expect(seriesSpoilers(['Prison Cell 211 vs the 2009 film.', post])[1]).toContain('helena-dies');
  });
});

describe('what someone did, told without naming them', () => {
  const anyone = (text: string) => [...new Set(analyseBlock(text, cc, false, true).sentences.flatMap((s) => s.reveals.map((r) => r.id)))].sort();
  it('is an event of the show when "he", "she" or a dropped subject may stand for anyone of it', () => {
    expect(anyone('watched the finale last night and i still cant believe he chose to stay inside')).toContain('juan-stays-behind');
    expect(anyone('vi el final anoche y todavía no puedo creer que se quedara adentro')).toContain('juan-stays-behind');
    // Read the ordinary way, nobody is named: nothing is told.
    expect(reveals('watched the finale last night and i still cant believe he chose to stay inside')).toEqual([]);
  });

  it('is nothing in an opinion of an episode', () => {
    expect(anyone('the finale is where i got completely hooked, the pacing in this one is just insane')).toEqual([]);
    expect(anyone('el final me tuvo enganchada toda la noche, el ritmo de este capítulo es una locura')).toEqual([]);
  });
});

describe('roles readers call people by', () => {
  it('"el licenciado" and "the big man" name Juan and Calancho', () => {
    expect(reveals('Le abren la puerta y el licenciado decide quedarse adentro.')).toContain('juan-stays-behind');
    expect(reveals('the big man dies in the last episode')).toContain('calancho-killed');
  });
});

describe('a hashtag that runs words together', () => {
  it('is read as its words: "#QEPDCalancho" says "QEPD Calancho", "#JuanElNuevoJefe" says Juan is the new boss', () => {
    expect(reveals('Tendencia en México #QEPDCalancho 9.870 posts')).toContain('calancho-killed');
    expect(reveals('Trending in Mexico #JuanElNuevoJefe 12.9K posts')).toContain('juan-new-ringleader');
    // A word in capitals, or one with an apostrophe part, stays one word.
    expect(reveals('QEPD CALANCHO')).toContain('calancho-killed');
  });
});
