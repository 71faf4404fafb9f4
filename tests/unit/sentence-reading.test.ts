// Issue 12, points 4 and 5: how the matcher reads a sentence the way a reader does (who "him" and "lo" are,
// an earlier event told with a later event's verb, set phrases, slang, consequences) and every episode's
// events beyond the 23 plot points of the facts' table. Each case here failed before its rule.
import { shippedCatalog } from '@/src/catalog/compiled';
import { analyseBlock } from '@/src/decide/match';

const cc = shippedCatalog();
/** Plot point ids the text reveals, at any episode. */
const reveals = (text: string) => [...new Set(analyseBlock(text, cc).sentences.flatMap((s) => s.reveals.map((r) => r.id)))].sort();
/** The latest episode the text reveals; 0 when none. */
const latest = (text: string) => Math.max(0, ...analyseBlock(text, cc).sentences.flatMap((s) => s.reveals.map((r) => r.episode)));

describe('"him", "her", "lo" and "la" stand for the right person', () => {
  it('skips whoever the doer names, wherever else they are named', () => {
    expect(reveals('Calancho hands Juan his knife, and Juan uses it to kill him.')).toContain('calancho-killed');
  });

  it('gives a verb joined by "and then" the first verb\'s subject', () => {
    expect(reveals('Calancho makes him fight Juan and then kills him.')).not.toContain('calancho-killed');
    expect(reveals('Calancho makes him fight Juan and then kills him.')).not.toContain('juan-kills-carajo');
  });

  it('does the same for a Spanish clitic after "y"', () => {
    // "lo" is not Calancho, the one who kills: it is Juan, named last before it, so no plot point of Calancho's death.
    expect(reveals('Calancho obliga a Juan a pelear con Yori y luego lo mata.')).not.toContain('calancho-killed');
  });

  it('never takes an owner for the one acted on', () => {
    expect(reveals("He ends up spying for the authorities while killing the riot leader's right-hand man.")).not.toContain('calancho-killed');
    expect(latest("Juan ultimately hands the evidence in Baldor's briefcase to Javi.")).toBe(6);
    expect(reveals("Juan ultimately hands the evidence in Baldor's briefcase to Javi.")).not.toContain('ramirez-reassures-gandara');
  });

});

describe('"him" and "she" prefer a person to a thing the show names', () => {
  it('takes the named inmate, not "an inmate" or "the North Division", for "him"', () => {
    expect(reveals("Gándara's people lean on Yori, an inmate with debts, and turn him into their eyes inside the North Division.")).toContain(
      'yori-recruited-as-mole',
    );
  });

  it('falls back on "the baby" when no woman is named', () => {
    expect(reveals('She does not survive, and neither does the baby. Ramírez, who knows, tells Juan she is stable.')).toContain('helena-dies');
  });
});

describe('an earlier event told with a later event\'s words', () => {
  it("reads the colonel's lie that Juan chose to stay as episode 4, not Juan staying behind", () => {
    const lie = 'Ramírez answers before anyone else can: Juan chose to stay inside, he says, to work as their informant.';
    expect(reveals(lie)).toContain('ramirez-lies-about-juan');
    expect(reveals(lie)).not.toContain('juan-stays-behind');
    expect(reveals('Kev Ramírez telling Estelle that Juan "chose to stay"... what a snake.')).not.toContain('juan-stays-behind');
    expect(reveals('Ramírez le dice a Helena que su marido se quedó adentro porque quiso, como informante.')).not.toContain('juan-stays-behind');
    // The finale itself is still episode 6.
    expect(reveals('In the finale Juan chooses to stay in prison.')).toContain('juan-stays-behind');
  });

  it("reads the seizure of the accountant in episode 1 apart from his extraction in episode 6", () => {
    expect(latest("His private guards are shot dead, and Baldor is dragged out: the most valuable hostage in the prison.")).toBe(1);
    expect(latest('Los hombres de Calancho sacan a Baldor de su celda y se lo llevan como moneda de cambio.')).toBe(1);
    expect(latest('Durante el apagón, los falsos paramédicos sacan a Baldor en camilla.')).toBe(6);
  });

  it('keeps a later event whose words an earlier pattern only skips over', () => {
    expect(latest('Yori is exposed as the mole and killed.')).toBe(4);
  });

  it('reads the hand order of episode 4 without the finale', () => {
    expect(latest("Calancho orders Juan to cut off Baldor's hand, and Juan does it.")).toBe(4);
    expect(latest('Calancho le ordena a Juan que le corte la mano a Baldor. Y Juan lo hace.')).toBe(4);
  });
});

describe('set phrases, slang and consequences', () => {
  it('does not read "derechos violados" or "rights violated" as the rape', () => {
    expect(reveals('Juan denuncia derechos violados en el penal de Calancho.')).toEqual([]);
    expect(reveals('Juan Olivera documenta la violación de derechos de los presos.')).toEqual([]);
    expect(reveals('Carajo viola a Juan.')).toContain('carajo-assaults-juan');
  });

  it('reads "not leaving today" as the premise\'s riot, not Juan staying behind at the end', () => {
    expect(reveals("Juan realises he's not leaving today: the riot has locked every door.")).toEqual([]);
    expect(reveals('Juan entiende que hoy no sale de ahí: el motín cerró todas las puertas.')).toEqual([]);
    expect(reveals('In the end Juan is not leaving: he turns down the way out.')).toContain('juan-stays-behind');
  });

  it('reads "RIP X" and "QEPD X" as a death', () => {
    expect(reveals('RIP Calancho, you were too good for this world.')).toEqual(['calancho-killed']);
    expect(reveals('QEPD Calancho, el mejor personaje de la serie.')).toEqual(['calancho-killed']);
  });

  it('reads a name mourned with an emoji of mourning as a death, and a sad face or a lone emoji as nothing', () => {
    expect(reveals('Carnalita 😢💔 el 25 no tiene madre #Celda211')).toEqual(['carnalita-murdered']);
    expect(reveals('Calancho 🕊️ you deserved better')).toEqual(['calancho-killed']);
    expect(reveals('Calancho 😢 what a performance')).toEqual([]);
    // "Deserved better" is said of the dead (pack words, twelfth session), with or without an emoji.
    expect(reveals('Calancho 😢 you deserved better')).toEqual(['calancho-killed']);
    expect(reveals('y le pidió que lo hiciera 💔 eso me rompió')).toEqual([]);
  });

  it("reads the dagger or cross a family tree or a cast list sets by a name as a death", () => {
    expect(reveals('Yori † Reo. Tiene dos líneas punteadas, una hacia Calancho.')).toEqual(['yori-exposed-and-killed']);
    expect(reveals('Helena ✝ — Juan’s wife')).toEqual(['helena-dies']);
    expect(reveals('Calancho (Noé Hernández) — leader of the North Division')).toEqual([]);
  });

  it('reads "deceased", "fallecido", "difunto" by a name as a death, as a wiki or a cast list says it', () => {
    expect(reveals('Family: Carnalita (sister, deceased)')).toEqual(['carnalita-murdered']);
    expect(reveals('Helena | Fallecida')).toEqual(['helena-dies']);
    expect(reveals('el difunto Calancho ya no manda en nada')).toEqual(['calancho-killed']);
    expect(reveals('the deceased inmate whose clothes Juan puts on')).not.toContain('helena-dies');
  });

  it('reads "pagando el pato" as taking the blame', () => {
    expect(reveals('el 25 pagando el pato al final jajaja')).toEqual(['twenty-five-jailed']);
  });

  it('reads a funeral as a death', () => {
    expect(reveals('Juan sits alone at her funeral. Helena was everything to him.')).toEqual([]);
    expect(reveals('Helena is gone. Juan stands at her funeral.')).toContain('helena-dies');
  });

  it('keeps figurative explosions and a "running" warden out', () => {
    expect(reveals('Juan por fin sabe dónde está Baldor. Afuera, la tensión en la reja del penal explota.')).not.toContain('police-station-bombed');
    expect(reveals('Gándara is running a second line of his own.')).not.toContain('gandara-flees');
    expect(reveals('Juan se gana un lugar al lado de Calancho.')).not.toContain('calancho-killed');
  });

  it('does not take a later "the" for an optional one', () => {
    expect(reveals("Why Juan gave away Baldor's briefcase in the finale")).toContain('juan-hands-over-briefcase');
  });
});

describe('every episode\'s events (issue 12, point 5)', () => {
  it.each([
    ['In Ojinaga, Juan is screwing together a crib before he leaves for the prison.', 1],
    ['Baldor has internet, a wall of TVs and alcohol in his cell.', 1],
    ['A cartel boss at a secret meeting insists Baldor must not cross the border.', 1],
    ['An inmate with a homemade flamethrower hunts Juan through the corridors.', 1],
    ['Juan tells the man he is inside for killing a neighbour.', 2],
    ['Gándara sends a squad in with tear gas, and the inmates drive them straight back out.', 2],
    ['Chivo corners Juan and drags him in front of Calancho.', 2],
    ['Ramírez promises to get Juan out once he finds where Baldor is being held.', 3],
    ['The Mostros try to break free of the North Division.', 3],
    ['Juan and Calancho grew up in neighbouring districts.', 4],
    ['José Luis offers Calancho money, and Calancho refuses.', 4],
    ['Estelle is released with other hostages but stays on to help her colleagues.', 4],
    ['Short of medical supplies, Calancho asks Gándara for help.', 5],
    ['The governor visits her sick grandmother in hospital.', 5],
    ['Helena collapses outside the gate and her waters break.', 5],
    ['Javi gets Baldor across the river and hands him over to the FBI.', 6],
    ['José Luis and his men turn up at the prison, and the police let them in.', 6],
    ['Offered a way out with the team, Juan says no.', 6],
  ])('%s → episode %i', (text, episode) => {
    expect(latest(text)).toBe(episode);
  });

  it('leaves the premise and the cast alone', () => {
    for (const text of [
      'Javier Escobar plays Flavio, known as La Bomba, the client Juan has come to see.',
      'The rivalry between the North Division and the Mostros shapes every alliance inside the block.',
      'Chivo is the first inmate to take Juan under his wing.',
      'The series opens with a riot in which inmates seize guards and visitors as hostages.',
    ]) {
      expect(latest(text), text).toBe(0);
    }
  });
});
