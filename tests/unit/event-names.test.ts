/**
 * Names of events (issue 12): "the hole in the wall", "The hand", "el apagón" tell an episode's event with
 * no one named, written in the pack as `{alone}` patterns; and paraphrases that need no name.
 */
import { shippedCatalog } from '@/src/catalog/compiled';
import { fromWire, toWire } from '@/src/catalog/wire';
import { analyseBlock } from '@/src/decide/match';
import { Verdict } from '@/src/decide/verdict';

const cc = shippedCatalog();
/** The shipped catalog as a content script gets it: through the wire format, which keeps no pattern text. */
const wired = fromWire(JSON.parse(JSON.stringify(toWire(cc))));
/** Plot point ids a text reveals with the catalog as compiled, then as read from the wire (they must agree). */
function reveals(text: string): string[] {
  const ids = (c: typeof cc) => [...new Set(analyseBlock(text, c).sentences.flatMap((s) => s.reveals.map((r) => `${r.id}@${r.episode}`)))].sort();
  const direct = ids(cc);
  expect(ids(wired)).toEqual(direct);
  return direct;
}
/** What the shield's decision reads in a block, the gates included. */
const verdictReads = (text: string) => new Verdict(wired).analyse(text);

describe('a name of an event tells it with nobody named', () => {
  it.each([
    ['The hand', 'baldor-hand-cut-off@4'],
    ['grimwood i had to pause after the hand scene. did NOT expect it', 'baldor-hand-cut-off@4'],
    ['What is the hole in the wall? (episodes 3–4)', 'juan-informs-ramirez@3'],
    ['Un hoyo en la pared', 'juan-informs-ramirez@3'],
    ['lo del hoyito en la pared pa pasarse recados es muy de peli ochentera', 'juan-informs-ramirez@3'],
    ['The mole', 'yori-recruited-as-mole@3'],
    ['A snitch for the warden', 'yori-recruited-as-mole@3'],
    ['The raid', 'ramirez-killed@5'],
    ['That police charge at the gate: how the show filmed its hardest scene', 'helena-trampled@4'],
    ['La celda escondida', 'juan-finds-cell-211@4'],
    ['The night-vision goggles behind the blackout rescue', 'baldor-extracted@6'],
    ['la escena del apagon con los visores nocturnos 🔥 que bien filmada', 'baldor-extracted@6'],
    ['¿Qué había en el maletín de Baldor?', 'juan-hands-over-briefcase@6'],
    ['el episodio 6 se llama literal «el rey ha muerto, viva el rey» y con eso ya supe todo', 'calancho-killed@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it('reads a name of one word of its own only in a sentence as short as a heading', () => {
    expect(reveals('The hand')).toEqual(['baldor-hand-cut-off@4']);
    expect(reveals('Un cierre que deja el corazón en la mano.')).toEqual([]);
    expect(reveals('On the other hand, the first hour drags more than the second one does.')).toEqual([]);
    expect(reveals('The raid on the set went badly for the crew, who lost a day of filming.')).toEqual([]);
    // Two words of its own tell it anywhere.
    expect(reveals('Everyone remembers the scene where the lawyer talks to the colonel through the hole in the wall at night.')).toContain(
      'juan-informs-ramirez@3',
    );
  });

  it('is read by the decision in a block that names nobody, once the catalog is in', () => {
    expect(verdictReads('The hand')?.sentences.flatMap((s) => s.reveals.map((r) => r.id))).toEqual(['baldor-hand-cut-off']);
    expect(verdictReads('La celda escondida')?.sentences.flatMap((s) => s.reveals.map((r) => r.id))).toEqual(['juan-finds-cell-211']);
  });

  it('leaves a block unread when its word for an event is the everyday one ("on a charge")', () => {
    // "charge" opens the gate to names of events ("the police charge"), but nothing here names one.
    expect(verdictReads('The budget phone lasts two days on a charge.')).toBeUndefined();
    const read = verdictReads('Two days later, the police charge at the gate begins.');
    expect(read?.characters).toEqual([]);
    expect(read?.sentences.flatMap((s) => s.reveals.map((r) => r.id))).toEqual(['helena-trampled']);
  });

  it('leaves "the ambulance" to the region: "Episode 5 recap: the ambulance" only points at its section', () => {
    expect(reveals('Episode 5 recap: the ambulance')).toEqual([]);
  });

  it('leaves a block without any such word to the gate, unread', () => {
    expect(verdictReads('I finished the season last night. No spoilers, just: brace yourselves.')).toBeUndefined();
  });
});

describe('paraphrases that need no name', () => {
  it.each([
    ['They offer to take him with them. It is the exit he has been begging for, and he says no.', 'juan-stays-behind@6'],
    ['By the end, he is running the prison himself.', 'juan-new-ringleader@6'],
    ['He ends up spying for the authorities while the riot goes on.', 'juan-informs-ramirez@3'],
    ['Rompe fuente ahí mismo, malherida. No sobrevive, y el bebé tampoco.', 'helena-dies@5'],
    ['She does not survive, and neither does the baby.', 'helena-dies@5'],
    ['Helena 5 Aplastada por la estampida cuando los antimotines cargan contra las familias; muere por las heridas.', 'helena-dies@5'],
    ['El director desaparece del mapa: huye antes de que entre el equipo de la gobernadora.', 'gandara-flees@6'],
    ['ya sabia yo que yori era el soplon desde el cap 3, lo que no vi venir es como termino', 'yori-exposed-and-killed@4'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it.each([
    ['Ale @ale_series · no puedo con el capitulo 3. Carajo se lo buscó. #Celda211', 'juan-kills-carajo@3'],
    ['pobre Yori. sapo o no, no se merecia eso 🥲', 'yori-exposed-and-killed@4'],
    ["Helena's tragedy is the show's cruellest turn.", 'helena-dies@5'],
    ['Ana Sofía Gatica, la actriz detrás de la tragedia de Helena', 'helena-dies@5'],
  ])('reads a fate by what it was or what was deserved: %s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it.each([
    ['A crib in Ojinaga', 'juan-builds-crib@1'],
    ['The man who must not cross the border', 'boss-secret-meeting@1'],
    ['Por eso lo encierra en la celda 211 y lo aprieta: si quiere seguir vivo, tendrá que destapar las cuentas del cártel.', 'calancho-presses-baldor@2'],
    ['Recorre el penal buscando dónde esconden al contador, sin saber todavía que lo tienen en la celda 211.', 'ramirez-offers-deal@3'],
    ['Por fin Juan averigua que el contador está en la celda 211 y lo reporta por el hoyo de la pared.', 'juan-finds-cell-211@4'],
    ['Aguanta hasta que Juan por fin se entera de que al contador lo tienen en la celda 211.', 'juan-finds-cell-211@4'],
    ['the guy with the homemade flamethrower at the end of ep 1??? what is this show', 'flamethrower-inmate@1'],
    ['Lo que pedían los presos en el video de Celda 211', 'inmates-demands@2'],
  ])('reads earlier episodes\' events by their names too: %s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it("keeps the colonel's condition (find where the accountant is) apart from finding him", () => {
    expect(reveals("The authorities offer Juan a way out, if he can find out where the cartel's accountant is being held.")).toEqual([
      'ramirez-offers-deal@3',
    ]);
    expect(reveals('By the end of the fourth hour, there is not much left of the man who built a crib in the first scene.')).toEqual([]);
  });

  it('keeps "cómo terminó" to the one it is said of', () => {
    expect(reveals('No me gustó cómo terminó la temporada.')).toEqual([]);
  });
});
