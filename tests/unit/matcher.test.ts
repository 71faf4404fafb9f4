import { shippedCatalog } from '@/src/catalog/compiled';
import { analyseBlock, spoilersAfter } from '@/src/decide/match';

const cc = shippedCatalog();
/** Plot point ids the text reveals, at any episode. */
const reveals = (text: string) => [...new Set(analyseBlock(text, cc).sentences.flatMap((s) => s.reveals.map((r) => r.id)))].sort();
const latest = (text: string) => Math.max(0, ...analyseBlock(text, cc).sentences.flatMap((s) => s.reveals.map((r) => r.episode)));

describe('the matcher finds spoilers', () => {
  it.each([
    ['Helena dies in the ambulance.', 'helena-dies'],
    ['Helenna dies before Juan can see her.', 'helena-dies'],
    ["Juan's wife doesn't survive the night.", 'helena-dies'],
    ['Elena muere en el hospital.', 'helena-dies'],
    ['La esposa de Juan murio esa noche.', 'helena-dies'],
    ['Calanchos death hit me hard.', 'calancho-killed'],
    ['In the finale Juan kills Calancho.', 'calancho-killed'],
    ['Juan mata a Calancho con el cuchillo.', 'calancho-killed'],
    ["Juan cuts off Baldor's hand.", 'baldor-hand-cut-off'],
    ['Juan le corta la mano al contador.', 'baldor-hand-cut-off'],
    ["Calancho's sister is murdered by the cartel.", 'carnalita-murdered'],
    ['The lawyer refuses to leave when the others walk out.', 'juan-stays-behind'],
    ['Juan decide quedarse en el penal.', 'juan-stays-behind'],
    ['Gándara huye y nadie vuelve a saber de él.', 'gandara-flees'],
    ['Yori turns out to be the mole.', 'yori-recruited-as-mole'],
    // Said another way (the eighteenth session's words).
    ['Gándara huyendo como rata en el último capítulo.', 'gandara-flees'],
    ['El sacrificio de Calancho', 'calancho-killed'],
    ['Calancho se sacrifica por sus hombres.', 'calancho-killed'],
    ['prison cell 211 calancho death scene', 'calancho-killed'],
    ['Juan le quitó la vida a Calancho.', 'calancho-killed'],
    ['Post-Canon, Juan Is The Boss Now, Canon-Compliant', 'juan-new-ringleader'],
    ['El final, con el abogado como nuevo mandamás del penal.', 'juan-new-ringleader'],
    ['Computer case | Cell 211 | Handed to the fake paramedics at the end.', 'baldor-extracted'],
    ['Yori lo paga con la vida.', 'yori-exposed-and-killed'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it('links a pronoun to the subject of the previous sentence', () => {
    expect(reveals('Helena is rushed out. She dies in the ambulance.')).toContain('helena-dies');
    expect(reveals('Does Calancho die? Who kills him?')).toEqual(['calancho-killed']);
  });

  it('tells the killer from the killed', () => {
    expect(reveals('Calancho kills Yori in front of everyone.')).toEqual(['yori-exposed-and-killed']);
    expect(latest("Calancho's men kill Baldor's guards.")).toBe(1);
  });

  it('reads Spanish object clitics: "lo mató" is the one named before, not the killer', () => {
    expect(reveals('pobre yori, calancho lo mato sin pestañear')).toEqual(['yori-exposed-and-killed']);
  });

  it('reads possessives as possessives: "Calancho\'s men kill" is not Calancho\'s death', () => {
    expect(reveals("Calancho's death still haunts me")).toEqual(['calancho-killed']);
    expect(latest("Calancho's men kill Baldor's guards in minutes.")).toBe(1);
    expect(reveals("Yori's death at Calancho's hands is quiet and cold.")).toEqual(['yori-exposed-and-killed']);
  });

  it('does without small words that vary ("agujero de/en la pared")', () => {
    expect(reveals('Juan le pasa información al coronel por el agujero de la pared.')).toContain('juan-informs-ramirez');
  });

  it('answers a headline question with the next sentence', () => {
    expect(reveals('Who was the mole? Yori, of course.')).toContain('yori-recruited-as-mole');
  });

  it('knows kin by any name of their relative', () => {
    expect(reveals("25 had the riot leader's sister killed.")).toEqual(['carnalita-murdered']);
  });

  it('points at the words that matched', () => {
    const text = 'The series is tense. In the end Juan kills Calancho, and it hurts.';
    const [sentence] = analyseBlock(text, cc).sentences;
    const match = sentence!.reveals[0]!;
    expect(text.slice(match.start, match.end)).toBe('kills Calancho');
    expect(text.slice(sentence!.start, sentence!.end)).toBe('In the end Juan kills Calancho, and it hurts.');
  });
});

describe('the matcher leaves the rest alone', () => {
  it.each([
    'Helena waits outside the prison.',
    'Diego Calva plays Juan, and Noé Hernández is Calancho.',
    'Walter White dies in the finale.',
    'Calancho has a sister he cares about.',
    'Juan se hace pasar por un reo para sobrevivir al motín.',
    'A riot breaks out and the inmates take the guards hostage.',
    'In the 2009 film, Malamadre survives.',
    'Fans of the film will remember how Utrilla beats Elena and she dies.',
    'Elena Garro, autora mexicana, murió en 1998.',
    'A woman named Helena, 52, was found dead in her home.',
    'Who is the mole in Prison Cell 211?',
    'Yori is one of the most jittery characters in the block.',
    'Juan stays calm while the riot grows around him.',
  ])('%s', (text) => {
    const found = analyseBlock(text, cc).sentences.flatMap((s) => s.reveals).filter((r) => r.episode > 0);
    expect(found).toEqual([]);
  });
});

describe('spoilersAfter', () => {
  it('keeps only what comes after the watched episode', () => {
    const a = analyseBlock('Helena is trampled at the gate. Later Helena dies.', cc);
    expect(spoilersAfter(a, 0).flatMap((s) => s.reveals.map((r) => r.episode))).toEqual([4, 5]);
    expect(spoilersAfter(a, 4).flatMap((s) => s.reveals.map((r) => r.episode))).toEqual([5]);
    expect(spoilersAfter(a, 5)).toEqual([]);
  });
});

describe('a title written as the place it is named after', () => {
  it.each([
    ['Juan works out that the accountant is behind the door of cell 211.', false],
    ['Lo tienen encerrado en la celda 211 desde el primer día.', false],
    ['Prison Cell 211 is the best thing Netflix put out this year.', true],
    ['Just finished Cell 211 and I need a minute.', true],
    ['ya vi celda 211 y no sé qué pensar', true],
    ['el final de celda 211 me dejó pensando toda la noche', true],
  ])('%s names the show: %s', (text, named) => {
    expect(analyseBlock(text, cc).titleMentioned).toBe(named);
  });
});

describe('Spanish compound tenses and the past (src/lang/es.ts verbEndings)', () => {
  it.each([
    ['No puedo creer que Juan le haya cortado la mano al contador.', 'baldor-hand-cut-off'],
    ['Juan ya le había cortado la mano a Baldor.', 'baldor-hand-cut-off'],
    ['Juan se ha quedado en el penal.', 'juan-stays-behind'],
  ])('reads the participle as its verb: %s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it('keeps a masculine participle apart from the adjective it also is ("la mano cortada" still reads)', () => {
    expect(reveals('Todos vimos la mano cortada de Baldor.')).toContain('baldor-hand-cut-off');
  });

  it('reads no noun or adjective as a verb: "rápido" is no "rape", "el capítulo pasado" no "pasa", "su sentencia" as before', () => {
    expect(reveals('Juárez, 24 horas y un abogado que aprende demasiado rápido.')).toEqual([]);
    expect(reveals('Ya se está mezclando todo en el hilo del capítulo pasado.')).toEqual([]);
  });
});

describe('two words of an event in one clause', () => {
  it('does not read an event across a semicolon or a colon', () => {
    expect(reveals('Juan gets stuck in a riot. Diego Calva is good; Noé Hernández (the riot leader) is better.')).toEqual([]);
  });

  it('still reads one across a bracket: "Killed by Juan Olivera (at his own request)"', () => {
    expect(reveals('Calancho. Killed by Juan Olivera (at his own request).')).toContain('calancho-killed');
  });
});

describe("a reader's Spanish gerund (src/lang/es.ts gerundEndings)", () => {
  it('reads as its verb: "le está cortando la mano" is "le corta la mano"', () => {
    expect(reveals('Juan le está cortando la mano a Baldor.')).toContain('baldor-hand-cut-off');
  });
});

describe('a list of names (src/decide/match/slots.ts listAfter, listBefore)', () => {
  it('gives each name of a list the event: the ones acted on, and the ones doing it', () => {
    const all = ['calancho-killed', 'juan-kills-carajo', 'ramirez-killed'];
    for (const text of [
      'Juan kills Carajo, Colonel Ramírez and Calancho.',
      'Juan mata a Carajo, al coronel Ramírez y a Calancho.',
      'Kills Carajo, Colonel Ramírez, Calancho',
      'Carajo, Ramírez and Calancho all die.',
    ]) {
      expect(reveals(text), text).toEqual(expect.arrayContaining(all));
    }
  });

  it('reads no list where a comma ends a clause or only sets a name before another', () => {
    expect(reveals('Juan kills Carajo, Calancho watches.')).toEqual(['juan-kills-carajo']);
    expect(reveals('After Helena, Calancho dies.')).toEqual(['calancho-killed']);
  });
});
