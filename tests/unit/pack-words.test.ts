/**
 * The pack's words for Prison Cell 211's own events, said without names or with roles, slang and objects (issue 12,
 * session 10): the epilogue, what happened to Calancho's sister, the crib never used, riot shields against the
 * families, the video message, the bombing. Sentences are this test's own.
 */
import { shippedCatalog } from '@/src/catalog/compiled';
import { analyseBlock } from '@/src/decide/match';

const cc = shippedCatalog();
const reveals = (text: string, eventNamesOnly = false): string[] =>
  [...new Set(analyseBlock(text, cc, eventNamesOnly).sentences.flatMap((s) => s.reveals.map((r) => `${r.id}@${r.episode}`)))].sort();

describe("the pack's words for its own events", () => {
  it.each([
    ['The epilogue gives the DEA guy about ten seconds.', 'twenty-five-jailed@6'],
    ['El epílogo despacha al Jackson en un minuto.', 'twenty-five-jailed@6'],
    ['lo que pasó con la hermana de Calancho me dejó sin aire', 'carnalita-murdered@5'],
    ['Nobody warned me about what happens to Carnalita.', 'carnalita-murdered@5'],
    ['sigo sin superar lo de Helena y el bebé', 'helena-dies@5'],
    ['El coronel le prometió sacarlo si encontraba al contador, y Juan le creyó.', 'ramirez-offers-deal@3'],
    ['Juan escondió el cuerpo detrás de los lavaderos.', 'juan-kills-carajo@3'],
    ['Carajo nunca le creyó a Juan y al final lo descubrió.', 'carajo-assaults-juan@3'],
    ['Chivo is the one who brings Juan to Calancho.', 'chivo-brings-juan@2'],
    ['El 25 dice que el contador no debe cruzar la frontera.', 'boss-secret-meeting@1'],
    ["Baldor's cell even has a flatscreen.", 'baldor-luxury-cell@1'],
    ['Gándara | missing', 'gandara-flees@6'],
    // Session 21: the colonel's lie told as what he tells her, not as Juan staying behind (TRAIN18).
    ['Ramírez le cuenta que Juan se quedó adentro por gusto. Puro cuento.', 'ramirez-lies-about-juan@4'],
    ['The colonel tells Helena that Juan stayed inside because he wanted to.', 'ramirez-lies-about-juan@4'],
    // The spokesman of the video, and the little hole in the wall, in the words readers use for them.
    ['Nuestro licenciado se vuelve vocero del motín en video.', 'juan-video-message@2'],
    ["Rate Juan's on-camera debut as the inmates' spokesman, 1 to 10.", 'juan-video-message@2'],
    ['Juan, pasándole chismes al coronel por el agujerito.', 'juan-informs-ramirez@3'],
    ['El famoso agujerito.', 'juan-informs-ramirez@3'],
    ['F: no la libraron Calancho ni los demás. Ni hablar.', 'calancho-killed@6'],
    ['Lo que no me creí es que Juan se quedara teniendo la salida en la mano.', 'juan-stays-behind@6'],
    ['Every night Juan whispers to the colonel through the wall.', 'juan-informs-ramirez@3'],
    ['Reos de la banda rival, a puñaladas.', 'rival-inmates-stabbed@1'],
    ['By the second night Juan is at the side of the man running the riot.', 'carajo-distrusts-juan@2'],
    ['En dos capítulos Juan pasa de reo cualquiera a estar al lado de Calancho.', 'carajo-distrusts-juan@2'],
    ['For Calancho the accountant is now his only bargaining chip.', 'calancho-presses-baldor@2'],
    ['Para Calancho, Baldor es su única moneda de cambio.', 'calancho-presses-baldor@2'],
    // Session 11: what TRAIN8 said in its own words.
    ['Calancho does not make it out alive, and somehow that is the kindest ending.', 'calancho-killed@6'],
    ['Calancho no sale vivo de ahí, eso ya lo sabíamos todos.', 'calancho-killed@6'],
    ['la gobernadora contrató al mercenario de la DEA sin que nadie se enterara', 'governor-buys-javi@6'],
    ['The governor hiring the DEA mercenary behind everyone’s back was the real twist.', 'governor-buys-javi@6'],
    // Session 12: a death told by its price.
    ['El coronel Ramírez y la mentira que le costó la vida', 'ramirez-killed@5'],
    ['Colonel Ramírez told one lie too many, and it cost him his life.', 'ramirez-killed@5'],
    ['Justicia para Yori. No digo más.', 'yori-exposed-and-killed@4'],
    ['Helena merecía algo mejor. Y el coronel merecía exactamente lo que le pasó.', 'ramirez-killed@5'],
    ['Helena deserved better, and the show knows it.', 'helena-dies@5'],
    ['Juan, el nuevo patrón del penal, se lanza para gobernador', 'juan-new-ringleader@6'],
    ['yo con el cuchillo en la mano de Juan en la cabeza toda la noche', 'calancho-killed@6'],
    ['riot cops charging the families… and a pregnant woman goes down', 'helena-trampled@4'],
    ['"I killed my neighbour" — best improvised lie in prison TV?', 'juan-neighbour-lie@2'],
    ['Ramírez had it coming — change my mind', 'ramirez-killed@5'],
    ['Calancho and Juan grew up next door to each other?? Rewatch thread', 'juan-calancho-grew-up@4'],
    ['¿con quién? si ya no tenía esposa ni bebé 💔', 'helena-dies@5'],
    ['¿Cómo que el abogado de derechos humanos ahora anda escondiendo cuerpos??? 😳', 'juan-kills-carajo@3'],
    ['Después de lo que le hizo el Carajo yo también lo hubiera hecho, no manches.', 'carajo-assaults-juan@3'],
    ['El Calancho dándole el cuchillo. Ya lo tenía planeado desde quién sabe cuándo.', 'calancho-killed@6'],
    ['La pelea Juan vs Yori 😬 · 640 mil vistas', 'yori-exposed-and-killed@4'],
    ['Killed by Juan Olivera (at his own request)', 'calancho-killed@6'],
    ['lo de que Juan rechace salir tiene más sentido en esta versión', 'juan-stays-behind@6'],
    ['Yo sí creo que Juan se vuelve igual que Calancho.', 'juan-new-ringleader@6'],
    ['la pelea obligada contra Yori, y Calancho rematándolo', 'yori-exposed-and-killed@4'],
    ['the prison carne asada before EVERYTHING went wrong 🥲', 'food-party@4'],
    ['El 4. Esa fiesta con carne asada adentro del penal y luego... la reja 😭', 'food-party@4'],
    ['Tendencia · Calancho · Los usuarios lloran al líder del motín', 'calancho-killed@6'],
    ['The final stand-off in the main hall, as soldiers break through.', 'calancho-killed@6'],
    ['The series flips it: the leader dies, and the outsider survives to inherit the prison.', 'juan-new-ringleader@6'],
    ['Además el Calancho ya lo había escogido. Quedarse era aceptar el trono', 'juan-new-ringleader@6'],
    ['Reclamo de Mariana: "¿Cómo que Juan se queda? ¡¿Por qué nadie me avisó?!"', 'juan-stays-behind@6'],
    ['Why Juan NEVER left the prison | Prison Cell 211 ending', 'juan-stays-behind@6'],
    ['Juan sitting on Calancho\'s chair surrounded by inmates', 'calancho-killed@6'],
    ['Juan sentado en la silla de Calancho, rodeado de reos', 'calancho-killed@6'],
    ['Helena termina muy lastimada afuera del penal.', 'helena-trampled@4'],
    ['As the city goes dark, a team in medic gear comes for the accountant. Calancho makes a last request, and Juan chooses', 'calancho-killed@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it.each([
    ['riot shields against the mothers, and the camera does not look away', 'helena-trampled@4'],
    ['escudos contra las madres, eso no se lo perdono a la serie', 'helena-trampled@4'],
    ['los uniformados echándose encima de las familias en la reja, qué coraje', 'helena-trampled@4'],
    ['The video message changes everything.', 'juan-video-message@2'],
    ['el mensaje en video lo cambia todo', 'juan-video-message@2'],
    ['The bombing', 'police-station-bombed@5'],
    ['That crib is never used, and the show makes sure you notice the empty crib.', 'helena-dies@5'],
    ['la cuna vacía me mató', 'helena-dies@5'],
    ['they fridged the pregnant wife. in 2025. come on.', 'helena-dies@5'],
    // Why Juan stays, said without saying it: nothing left for him outside.
    ['By this point there is nothing waiting for him outside.', 'juan-stays-behind@6'],
    ['Ya no tenía nada afuera, carnal.', 'juan-stays-behind@6'],
    ['Su esposa ya no estaba, el bebé tampoco. Afuera no le quedaba nada', 'juan-stays-behind@6'],
    ['Yo sí quería que saliera con los paramédicos 😭', 'juan-stays-behind@6'],
    ['Y el final? yo quería que se saliera con los de la ambulancia', 'juan-stays-behind@6'],
  ])('names the event by itself: %s', (text, id) => {
    expect(reveals(text, true)).toContain(id);
  });

  it('reads "killed by Juan" as the death of the one it is said of, not always the colonel\'s', () => {
    expect(reveals('Carajo, killed by Juan in the laundry.')).toEqual(['juan-kills-carajo@3']);
    expect(reveals('Calancho, killed by Juan at his own request.')).toContain('calancho-killed@6');
    expect(reveals('Calancho, killed by Juan at his own request.')).not.toContain('ramirez-killed@5');
    expect(reveals('The colonel, stabbed by Juan in the yard.')).toContain('ramirez-killed@5');
  });

  it('keeps "la gente que no sale en cámara" out of why Juan stays', () => {
    expect(reveals('Qué bonito leer a la gente que no sale en cámara. El set se veía real de verdad.', true)).toEqual([]);
  });

  it("keeps Calancho's own chair his", () => {
    expect(reveals('Calancho sits in his chair and laughs.')).toEqual([]);
    expect(reveals("Juan sits down next to Calancho's chair to talk.")).toEqual([]);
  });

  it('and keeps a nickname out of it: "La Bomba" is no bombing', () => {
    expect(reveals('La Bomba', true)).toEqual([]);
  });
});

describe("the pack's words from the fourteenth session (TRAIN11's kinds of page)", () => {
  it.each([
    ['the knife handoff edit hits different', 'calancho-killed@6'],
    ['he PLANNED it. he picked his successor weeks before.', 'calancho-killed@6'],
    ['that man walked toward his death so nobody else had to', 'calancho-killed@6'],
    ['Mi héroe trágico eligió a su sucesor y ni se despidió.', 'calancho-killed@6'],
    ['they did his sister so dirty, I am still mad', 'carnalita-murdered@5'],
    ["he made the lawyer chop a guy's hand off as a PR move", 'baldor-hand-cut-off@4'],
    ['That hand scene in ep 4... I had to pause', 'baldor-hand-cut-off@4'],
    ['Re: the gate scene, was it really needed?', 'helena-trampled@4'],
    ['Yo también apagué la tele en lo de la reja.', 'helena-trampled@4'],
    ['Calancho le llama a su familia para que se esconda.', 'calancho-calls-family@2'],
    ['yo sí me hubiera salido con los paramédicos jaja', 'juan-stays-behind@6'],
  ])('%s', (text, id) => {
    expect(reveals(text, !/Calancho|lawyer/.test(text))).toContain(id);
  });
});

describe("the pack's words from the fourteenth session, second pass", () => {
  it.each([
    ['the guy who was building a crib two episodes ago is now hiding a body', 'juan-kills-carajo@3'],
    ["ep4: he doesn't get to fold. Calancho makes him fight Juan and then finishes him.", 'yori-exposed-and-killed@4'],
    ['el yori de soplón tenía los días contados desde que lo vi', 'yori-exposed-and-killed@4'],
    ['Baldor ya no va a poder aplaudir 👋', 'baldor-hand-cut-off@4'],
    ['he had the door open. he could have walked. and he turned around.', 'juan-stays-behind@6'],
    ['fans debate whether Juan should have walked out with the rescue team', 'juan-stays-behind@6'],
    ['¿por qué el abogado no se fue con los paramédicos?', 'juan-stays-behind@6'],
    ['Ese muro con el agujero lo hicimos de verdad.', 'juan-informs-ramirez@3'],
    ['quiero ver al licenciado de jefe ya en serio.', 'juan-new-ringleader@6'],
    ['el patio ya en calma y Juan ahí, donde antes se paraba Calancho.', 'juan-new-ringleader@6'],
    ['La del coronel Ramírez. Son varias puñaladas en poco espacio.', 'ramirez-killed@5'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });
});

// Not "la venganza de Juan" for the colonel's death: Juan's revenge on Carajo, in episode 3, is said the same way.
describe("the pack's words from the fourteenth session, third pass", () => {
  it.each([
    ["'Prison Cell 211' finale: the showrunners explain that knife scene", 'calancho-killed@6'],
    ['el final me dejó frío, prefiere quedarse ahí adentro y no me cuadra', 'juan-stays-behind@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });
});

// The fifteenth session's words, from TRAIN12's kinds of page. "Ahora él es el jefe" was left out: a recap of
// episode 1 says it of Calancho.
describe("the pack's words from the fifteenth session (TRAIN12's kinds of page)", () => {
  it.each([
    ['Prison Cell 211: the whole city going dark while the medics carry the accountant out', 'baldor-extracted@6'],
    ['Celda 211: toda la ciudad a oscuras y el contador en una camilla', 'baldor-extracted@6'],
    ['Prison Cell 211, episode 4: the food party before it all goes wrong', 'food-party@4'],
    ['Prison Cell 211: the guard stays even though they let her go', 'estelle-stays-to-help@4'],
    ['Prison Cell 211 finale: the knife, handed over, and a long silence', 'calancho-killed@6'],
    ['Celda 211: lo que más me dolió es cómo escoge su final', 'calancho-killed@6'],
    ['Prison Cell 211: he was still smiling before the whole hand thing', 'baldor-hand-cut-off@4'],
    ['Celda 211: le pide a Juan que le corte la mano al contador', 'baldor-hand-cut-off@4'],
    ['Celda 211: al final la gobernadora lo deja al mando', 'juan-new-ringleader@6'],
    ['Prison Cell 211 ends with the lawyer no longer a visitor but the man running it', 'juan-new-ringleader@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it('keeps someone else running the prison out of it: "runs the prison" was left out for it', () => {
    expect(reveals('Prison Cell 211: gandara runs that prison like a business lol')).not.toContain('juan-new-ringleader@6');
  });

  it('keeps Calancho in charge in episode 1 his, not Juan\'s', () => {
    expect(reveals('Celda 211, capítulo 1: Calancho toma el penal; ahora él es el jefe de todos.')).not.toContain('juan-new-ringleader@6');
  });
});

// The sixteenth session's words, from TRAIN13's kinds of page.
describe("the pack's words from the sixteenth session (TRAIN13's kinds of page)", () => {
  it.each([
    ['Prison Cell 211: in the last scene Calancho asks the lawyer to end his life', 'calancho-killed@6'],
    ['Celda 211: no me gustó el final, que se quede adentro de jefe', 'juan-stays-behind@6'],
    ['Celda 211: y Juan se quedó adentro de jefe, quién lo iba a decir', 'juan-stays-behind@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it('keeps a boss who stays in his office out of it', () => {
    expect(reveals('Celda 211: el director se queda en su oficina todo el motín')).not.toContain('juan-stays-behind@6');
  });
});

// The twentieth session: the finale's title tells that the king dies and another takes his place. The popup names it only
// to a reader who has watched it (src/popup/text.ts); three held-out writers labelled it 6 on their own.
describe("the finale's own title", () => {
  it.each([
    ['Prison Cell 211 · Episode 6: "The King Is Dead, Long Live The King"', 'calancho-killed@6'],
    ['Celda 211 · Capítulo 6 · «The King Is Dead, Long Live The King» (título en inglés)', 'calancho-killed@6'],
    ['«Muerto el rey, viva el rey»: la frase con la que cierra Celda 211', 'calancho-killed@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });

  it('is not any king: "the king of the yard" is no death', () => {
    expect(reveals('Prison Cell 211: Calancho is the king of the yard from the first minute')).not.toContain('calancho-killed@6');
  });
});
