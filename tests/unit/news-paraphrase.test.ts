/**
 * Paraphrases of events that news pieces, interviews, reviews and video captions use (issue 12, session 9):
 * the pack's words for the riot police's charge, the knife, the new king, Juan left with nothing, the dead
 * inmate's clothes; the language's words for being lied to, a death deserved or foreseen, an assault suffered,
 * and giving everyone orders. Sentences are this test's own.
 */
import { shippedCatalog } from '@/src/catalog/compiled';
import { analyseBlock } from '@/src/decide/match';

const cc = shippedCatalog();
const reveals = (text: string): string[] =>
  [...new Set(analyseBlock(text, cc).sentences.flatMap((s) => s.reveals.map((r) => `${r.id}@${r.episode}`)))].sort();

describe('the pack names an event by its own words', () => {
  it.each([
    ['Then the riot police wade into the families outside.', 'helena-trampled@4'],
    ['Lo peor del capítulo: los antimotines contra las familias.', 'helena-trampled@4'],
    ['Nadie olvida la carga de los antimotines.', 'helena-trampled@4'],
    ['y después la estampida en la reja, qué horror', 'helena-trampled@4'],
    ['Why the new king of the prison was always going to be him', 'juan-new-ringleader@6'],
    ['¿Al final quién se queda con el penal?', 'juan-new-ringleader@6'],
    ['Crecieron en barrios vecinos, y eso los une.', 'juan-calancho-grew-up@4'],
    ["He spends the first hour in a dead man's clothes.", 'juan-dead-inmates-clothes@1'],
    ['Se pone la ropa de un reo muerto y nadie se da cuenta.', 'juan-dead-inmates-clothes@1'],
    ['What stays with you is the knife passed from the old man to the young one.', 'calancho-killed@6'],
    ["0:41 The moment he notices he has a dead man's shirt on", 'juan-dead-inmates-clothes@1'],
    ['¿Un lanzallamas hecho en casa? Así lo filmaron', 'flamethrower-inmate@1'],
    ['Two men and a knife', 'calancho-killed@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });
});

describe('the pack paraphrases an event said of its people', () => {
  it.each([
    ['By the end Juan has lost everything he had.', 'helena-dies@5'],
    ['pobre Juan, al final se queda sin nada', 'helena-dies@5'],
    ['Calancho le entrega la navaja sin decir nada.', 'calancho-killed@6'],
    ['Calancho ya había decidido a quién dejar en su lugar.', 'calancho-killed@6'],
    ['"maté a mi vecino", le dice Juan al del lanzallamas', 'juan-neighbour-lie@2'],
    ['Calancho lo adopta enseguida. Crecieron a unas cuadras y hablan igual.', 'juan-calancho-grew-up@4'],
    ['From then on Juan has a body hidden and nobody to tell.', 'juan-kills-carajo@3'],
    ['Con Carajo pasa lo peor, y Juan responde. Desde ahí ya tiene un muerto propio que esconder.', 'juan-kills-carajo@3'],
    ['Gándara has an arrangement with Calancho.', 'calancho-truce@1'],
    ['After that, Helena joins the families outside.', 'helena-goes-to-gate@3'],
    ['Helena se va a esperar a la reja con las otras madres.', 'helena-goes-to-gate@3'],
    ['Decide plantarse en la reja con las demás, dice Helena.', 'helena-goes-to-gate@3'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });
});

describe("the language's words for an event", () => {
  it.each([
    ['Juan se entera por el coronel, después de que le mintieron toda la noche.', 'helena-dies@5'],
    ['el coronel se lo merecía, la neta', 'ramirez-killed@5'],
    ['Calancho sabía desde el principio cómo se iba a ir.', 'calancho-killed@6'],
    ['The assault Juan suffers is hard to watch.', 'carajo-assaults-juan@3'],
    ['el abogado al final mandando a todos 👑', 'juan-new-ringleader@6'],
    ['By the last scene Juan is giving the orders.', 'juan-new-ringleader@6'],
    ['lo que le hicieron a Yori no se lo deseo a nadie', 'yori-exposed-and-killed@4'],
    ['Nobody talks about what they did to Carajo.', 'juan-kills-carajo@3'],
    ['Juan podía irse y no quiso.', 'juan-stays-behind@6'],
    ['Juan could have gone with them.', 'juan-stays-behind@6'],
    ['A warning: this show contains sexual violence and a lot of blood.', 'carajo-assaults-juan@3'],
    ['Aviso: la serie tiene escenas de violencia sexual.', 'carajo-assaults-juan@3'],
    ['Best moment: watching the cartel boss finally go down.', 'twenty-five-jailed@6'],
    ['Y el 25 acaba pagando por todos.', 'twenty-five-jailed@6'],
    ['Juan acaba mandando en la cárcel.', 'juan-new-ringleader@6'],
    ["The whole prison ends up in Juan's hands.", 'juan-new-ringleader@6'],
    ['Al final el penal queda en manos de Juan.', 'juan-new-ringleader@6'],
    ['Calancho passes the torch to Juan.', 'juan-new-ringleader@6'],
    ['Calancho le pasa la estafeta a Juan.', 'juan-new-ringleader@6'],
    ['Calancho treats Juan as his heir.', 'juan-new-ringleader@6'],
    ['Helena never leaves the hospital.', 'helena-dies@5'],
    ['Helena ya no sale del hospital.', 'helena-dies@5'],
    ['Calancho se deja matar por Juan.', 'calancho-killed@6'],
    ['In one night Juan loses his whole family.', 'helena-dies@5'],
    ['Juan pierde a su familia en una noche.', 'helena-dies@5'],
    ['By the end the inmates answer to Juan.', 'juan-new-ringleader@6'],
    ['Al final los reos le obedecen a Juan.', 'juan-new-ringleader@6'],
    ['Carajo figures out that Juan is no inmate.', 'carajo-assaults-juan@3'],
    ['Carajo se da cuenta de quién es Juan.', 'carajo-assaults-juan@3'],
    ['A Yori y a Juan los ponen a pelear.', 'yori-exposed-and-killed@4'],
    ['Juan is pitted against Yori.', 'yori-exposed-and-killed@4'],
    ["Helena's last scene is the saddest of the season.", 'helena-dies@5'],
    ['La última escena de Helena es la más triste.', 'helena-dies@5'],
    ['Juan decide no salir del penal.', 'juan-stays-behind@6'],
    ['Helena goes into labour outside.', 'helena-collapses@5'],
    ['Helena entra en trabajo de parto afuera.', 'helena-collapses@5'],
    ['Los reos ven a Juan como antes miraban a Calancho.', 'juan-new-ringleader@6'],
    ['Juan y la gobernadora terminan aliados.', 'juan-new-ringleader@6'],
    ['Juan acaba ocupando el lugar de Calancho.', 'calancho-killed@6'],
    ['the part where Calancho hands him the knife 😭', 'calancho-killed@6'],
    ['that blackout extraction was filmed in one take', 'baldor-extracted@6'],
    ['la extracción en el apagón es de lo mejor que he visto en una serie mexicana', 'baldor-extracted@6'],
    ['Helena sufre afuera hasta que el guion decide que ya no la necesita.', 'helena-dies@5'],
    ['Helena waits outside until the script no longer needs her.', 'helena-dies@5'],
    ['Ve a su marido en la tele y decide plantarse en la entrada del penal.', 'helena-goes-to-gate@3'],
    ['Al amanecer, Juan toma las riendas del penal.', 'juan-new-ringleader@6'],
    ['By dawn Juan assumes control of the prison.', 'juan-new-ringleader@6'],
    ['Juan opta por quedarse en el penal.', 'juan-stays-behind@6'],
    ['Juan rechaza la oportunidad de salir.', 'juan-stays-behind@6'],
    ['Content note: a lot of violence, some of it sexual.', 'carajo-assaults-juan@3'],
    ['One inmate has a cell with better Wi-Fi than my flat.', 'baldor-luxury-cell@1'],
    ['Hay un reo que tiene una celda con internet, y nadie dice nada.', 'baldor-luxury-cell@1'],
    ['Calancho keeps the accountant as his insurance.', 'baldor-taken-hostage@1'],
    ['Calancho se guarda al contador como seguro.', 'baldor-taken-hostage@1'],
    ['El coronel usa a Helena para presionar a Juan.', 'ramirez-offers-deal@3'],
    ['The colonel uses Helena to pressure him.', 'ramirez-offers-deal@3'],
    ['Juan le pasa recados al coronel por un hoyo.', 'juan-informs-ramirez@3'],
    ['Carajo abuses Juan and nobody stops him.', 'carajo-assaults-juan@3'],
    ['Carajo abusa de Juan esa noche.', 'carajo-assaults-juan@3'],
    ["Calancho rejects 25's offer.", 'twenty-five-offers-money@4'],
    ['Calancho rechaza la oferta del 25.', 'twenty-five-offers-money@4'],
    ['and then juan said no to freedom 😭', 'juan-stays-behind@6'],
    ['juan le dijo que no a la libertad 😭', 'juan-stays-behind@6'],
    ['Juan eligió el penal y no a su familia.', 'juan-stays-behind@6'],
    ["calancho's goodbye scene 😭", 'calancho-killed@6'],
    ['el coronel tuvo lo que se merecía', 'ramirez-killed@5'],
    ['el contador perdió la mano jaja', 'baldor-hand-cut-off@4'],
    ['al yori lo cacharon 🐀', 'yori-exposed-and-killed@4'],
    ['25 took the fall for everyone', 'twenty-five-jailed@6'],
    ['El desenlace deja a Juan al frente del penal.', 'juan-new-ringleader@6'],
    ['The finale leaves Juan at the head of the prison.', 'juan-new-ringleader@6'],
    ['Calancho le cede el mando a Juan.', 'juan-new-ringleader@6'],
    ['Calancho hands Juan the keys to the kingdom.', 'juan-new-ringleader@6'],
    ['Juan descubre que el coronel le ocultó la verdad.', 'helena-dies@5'],
    ['The colonel hid the truth from him all night, and Juan knows it now.', 'helena-dies@5'],
    ['El abogado termina convertido en aquello que quería combatir.', 'juan-new-ringleader@6'],
    ['The lawyer becomes what he set out to fight.', 'juan-new-ringleader@6'],
    ['By the end Baldor is in American custody.', 'javi-crosses-river@6'],
    ['Baldor termina en manos de los estadounidenses.', 'javi-crosses-river@6'],
    ['El primer muerto de Juan llega en el tercer capítulo.', 'juan-kills-carajo@3'],
    ['Juan gets blood on his hands for the first time.', 'juan-kills-carajo@3'],
    ["Juan has to take a man's hand.", 'baldor-hand-cut-off@4'],
    ['Juan tiene que cortarle la mano a un hombre.', 'baldor-hand-cut-off@4'],
    ['Calancho makes an example of Yori.', 'yori-exposed-and-killed@4'],
    ['Las familias de la reja son arrolladas por la policía.', 'helena-trampled@4'],
    ['The governor lets the DEA in.', 'dea-offers-governor@5'],
    ['Juan keeping the prison for himself was not what I expected.', 'juan-new-ringleader@6'],
  ])('%s', (text, id) => {
    expect(reveals(text)).toContain(id);
  });
});

describe('the premise stays readable', () => {
  it.each([
    'A lawyer trapped inside a prison riot pretends to be an inmate to survive.',
    'Un abogado atrapado en un motín se hace pasar por reo mientras su esposa espera afuera.',
    'Juan changes clothes and passes himself off as an inmate.',
    'Mientras tanto, Helena, su esposa embarazada, espera afuera.',
  ])('%s', (text) => {
    expect(reveals(text).filter((r) => !r.endsWith('@0'))).toEqual([]);
  });
});
