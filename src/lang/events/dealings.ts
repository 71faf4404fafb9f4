/** Events between people: hire, inform, discover, lie, hand over, lead, jail, broadcast. */
import type { EventType } from './types';

export const DEALING_EVENTS: Record<string, EventType> = {
  hire: {
    summary: 'someone hires, recruits, bribes or buys someone',
    roles: { agent: 'who pays or recruits', patient: 'who is bought or recruited', recipient: 'whom they are taken from' },
    about: ['agent', 'patient'],
    patterns: {
      en: [
        'bribe', 'pay off', 'pays off', 'buys off', 'bought off', 'on her payroll', 'on his payroll', 'outbid', 'poach', 'poached', 'switch sides',
        'changes sides', 'pays {patient}', 'paid {patient}', '{patient} is bought', 'buys {patient}', 'bought {patient}', 'buy {patient}',
        'flip {patient}', 'flips {patient}', 'turn {patient}', 'turned {patient}', 'win over {patient}', 'won over {patient}', 'steals {patient}',
        'hires {patient}', 'hired {patient}', 'recruit {patient}', '{patient} is recruited', "{agent's} money", "{agent's} payroll",
      ],
      es: [
        'soborna', 'soborno', 'cambia de bando', 'en su nómina', 'le paga a {patient}', 'paga a {patient}', 'compra a {patient}', 'compró a {patient}',
        'comprando a {patient}', 'voltea a {patient}', 'contrata a {patient}', 'recluta a {patient}', 'dinero de {agent}', 'nómina de {agent}',
      ],
    },
  },
  inform: {
    summary: 'someone secretly informs on others, or betrays them',
    roles: { agent: 'the informer', recipient: 'who gets the information' },
    about: ['agent', 'recipient'],
    patterns: {
      en: [
        'mole', 'informant', 'informer', 'snitch', 'double agent', 'eyes and ears', 'feeding info', 'feeds info',
        'feeding information', 'feeds information', 'passes info', 'passes information', 'passes intel', 'leaks information', 'tips off',
        'spies for', '{agent} spies', '{agent} spying', '{agent} informs', 'informs {recipient}', 'feed {recipient}', 'feeds {recipient}',
        'feeding {recipient}', 'intel to {recipient}', 'information to {recipient}', 'reports to {recipient}', '{agent} works for {recipient}',
        '{agent} is an informant', '{agent} becomes informant', '{agent} is a double agent', 'secret informant', 'informant for {recipient}',
      ],
      es: [
        'topo', 'informante', 'soplón', 'infiltrado', 'chivato', 'doble agente', 'ojos y oídos', 'pasa información', 'pasaba información',
        'le pasa información', 'le da información', 'filtra información', 'espía para', '{agent} espía', '{agent} espiando', '{agent} informa',
        'informa a {recipient}', '{agent} le informa', 'le informa a {recipient}', 'información a {recipient}', 'informacion a {recipient}',
        'datos a {recipient}', 'le pasa datos', 'pasándole información', 'pasandole informacion', 'pasándole datos', 'pasandole datos',
        'espía para {recipient}', 'es oreja de', '{agent} es informante', '{agent} se vuelve informante', '{agent} se convierte en informante', 'informante secreto',
        'informante de {recipient}', '{agent} trabajaba para',
      ],
    },
  },
  discover: {
    summary: "someone finds out someone's identity or secret",
    roles: { agent: 'who finds out', patient: 'whose secret it is' },
    about: ['agent', 'patient'],
    patterns: {
      en: [
        '{agent} discovers', '{agent} finds out', '{agent} figures out', '{agent} figured out', '{agent} learns', '{agent} realizes', '{agent} uncovers', '{agent} knows who',
        '{agent} works out who',
        '{patient} cover is blown', '{patient} is exposed', 'expose {patient}', 'unmask {patient}', '{patient} is unmasked', '{patient} is found out',
        '{patient} is discovered', '{patient} secret comes out', 'true identity of {patient}',
      ],
      es: [
        // Mexican slang for being caught out: "al Yori lo cacharon".
        'a {patient} lo cacharon', 'cacharon a {patient}',
        '{agent} descubre', '{agent} descubrió', '{agent} se entera', '{agent} se enteró', '{agent} averigua', '{agent} averiguó', '{agent} sabe quién', '{agent} se da cuenta de quién', '{agent} se dio cuenta de quién', 'verdadera identidad de {patient}', 'descubren a {patient}',
        '{patient} es descubierto', '{patient} es descubierta', 'desenmascaran a {patient}', '{patient} queda expuesto', '{patient} es desenmascarado',
      ],
    },
  },
  lie: {
    summary: 'someone lies to someone about something',
    roles: { agent: 'who lies', recipient: 'who is lied to', object: 'what or whom the lie is about' },
    about: ['agent'],
    patterns: {
      en: [
        'lie about {object}', 'lies about {object}', 'lied about {object}', 'lies to {recipient} about {object}', 'lied to {recipient}', 'lies to {recipient}',
        // "a man who has been lying to him for hours".
        'been lying to him', 'kept lying to him', 'keeps lying to him', 'hid the truth from him', 'hides the truth from him',
      ],
      es: [
        'mienten sobre {object}', 'miente sobre {object}', 'le miente a {recipient}', 'engaña a {recipient}',
        // Lied to, the one lied to unnamed by the verb: "después de que le mintieron tantas horas".
        'le mintieron', 'le mintió', 'le mienten', 'le estuvo mintiendo', 'le estaba mintiendo', 'mintiéndole',
        // The truth kept from him: "el coronel le ocultó la verdad".
        'le ocultó la verdad', 'le oculta la verdad', 'le ocultaron la verdad',
      ],
    },
  },
  handOver: {
    summary: 'someone hands something or someone over',
    roles: { agent: 'who gives', recipient: 'who receives', object: 'what is handed over' },
    about: ['agent', 'recipient'],
    patterns: {
      en: [
        'hands over {object}', 'handed over {object}', 'hand over {object}', 'turns over {object}', 'gave away {object}', 'gives away {object}', 'hands {object} to', 'gives {object} to', 'passes {object} to', 'hands {recipient} {object}',
        'gives {recipient} {object}',
      ],
      es: ['entrega {object}', 'entregar {object}', 'entregó {object}', 'le da {object}', 'le pasa {object}', 'entrega {object} a {recipient}'],
    },
  },
  lead: {
    summary: 'someone becomes the leader or takes over',
    roles: { agent: 'the new leader', patient: 'whom they succeed', place: 'what they lead' },
    about: ['agent'],
    patterns: {
      en: [
        '{agent} new leader', '{agent} new ringleader', '{agent} new boss', '{agent} new king', '{agent} is the leader', '{agent} becomes the leader',
        '{agent} becomes leader', '{agent} becomes the boss', '{agent} becomes the ringleader', '{agent} becomes the king', '{agent} becomes king',
        '{agent} becomes the new', '{agent} takes over', '{agent} takes control', '{agent} in charge', '{agent} now leads', '{agent} seizes control',
        '{agent} takes command', '{agent} crowned', 'long live {agent}', '{agent} reign', '{agent} throne', '{agent} rules', '{agent} calls the shots',
        '{agent} succeeds {patient}', '{agent} replaces {patient}', 'kingpin', 'top dog', 'undisputed boss', 'new ringleader',
        '{agent} runs {place}', '{agent} rules {place}', '{agent} running {place}', '{agent} in charge of {place}', '{agent} boss of {place}',
        '{agent} king of {place}', 'runs {place}', 'rules {place}', 'in charge of {place}', 'boss of {place}', 'king of {place}',
        'ringleader of {place}',
        // Giving everyone orders: "the lawyer bossing everyone around by the last episode".
        '{agent} bossing everyone around', '{agent} bosses everyone around', '{agent} giving the orders', '{agent} gives the orders',
        // Handed on, inherited: "the prison ends up in Juan's hands", "passes the torch to Juan", "names Juan his heir".
        "ends up in {agent's} hands", "end up in {agent's} hands", 'passes the torch to {agent}', 'passed the torch to {agent}', '{agent} inherits',
        '{agent} his heir', '{agent} as his heir', '{agent} as heir',
        // Obeyed: "the inmates now answer to Juan".
        'answer to {agent}', 'answers to {agent}', 'now obey {agent}',
        // Kept for oneself: "Juan keeping the prison for himself", "ends up with the prison".
        // Runs the whole place, not one thing in it: "the lawyer runs the place now", "by the end Juan runs the show".
        '{agent} runs the place', '{agent} running the place', '{agent} runs the show', '{agent} running the show', '{agent} runs things now',
        '{agent} assumes control', '{agent} assumed control', '{agent} at the head of {place}', 'hands {agent} the keys', '{agent} keeping {place} for himself', '{agent} keeps {place} for himself', '{agent} kept {place} for himself', '{agent} ends up with {place}',
      ],
      es: [
        '{agent} nuevo líder', '{agent} nuevo jefe', '{agent} nuevo rey', '{agent} nuevo cabecilla', '{agent} se convierte en el líder',
        '{agent} se convierte en el nuevo', '{agent} se convierte en el jefe', '{agent} toma el control', '{agent} toma el mando', '{agent} gobierna',
        '{agent} al mando', '{agent} reina', 'viva el rey', '{agent} termina mandando', '{agent} terminó mandando', '{agent} termina al mando',
        '{agent} queda al mando', '{agent} manda en todo', '{agent} el que manda',
        // Giving everyone orders at the end: "el abogado al final mandando a todos".
        '{agent} mandando a todos', '{agent} manda a todos', '{agent} mandaba a todos', '{agent} acaba mandando', '{agent} acabó mandando',
        // Handed on, inherited: "el penal queda en manos de Juan", "le pasa la estafeta a Juan", "su heredero".
        'queda en manos de {agent}', 'quedó en manos de {agent}', 'pasa la estafeta a {agent}', 'le pasa la estafeta a {agent}', '{agent} hereda',
        '{agent} heredero', 'heredero {agent}',
        // Obeyed: "los reos ahora le obedecen a Juan".
        'le obedecen a {agent}', 'obedecen a {agent}',
        // The news' words: "Juan toma las riendas del penal", "asume el control".
        '{agent} toma las riendas', '{agent} tomó las riendas', '{agent} asume el control', '{agent} asumió el control',
        '{agent} al frente de {place}', '{agent} queda al frente', 'cede el mando a {agent}', 'le cede el mando a {agent}', '{agent} sucede a {patient}', '{agent} reemplaza a {patient}', 'el mero mero',
        '{agent} manda en {place}', '{agent} controla {place}', '{agent} jefe de {place}', '{agent} rey de {place}', 'manda en {place}',
        'el que manda en {place}', 'jefe de {place}', 'rey de {place}', 'dueño de {place}', 'se queda con {place}',
      ],
    },
  },
  jail: {
    summary: 'someone is arrested, jailed, convicted or blamed',
    roles: { patient: 'who is jailed or blamed', agent: 'who does it' },
    about: ['patient'],
    patterns: {
      en: [
        'scapegoat', 'fall guy', 'takes the fall', 'took the fall', 'taking the fall', 'take the blame', 'takes the blame', 'gets the blame', 'blamed', 'arrest', 'arrested', 'jailed',
        'imprisoned', 'behind bars', 'convicted', 'sentenced', 'prosecuted', 'goes to prison', 'ends up in prison', 'ends up in jail', 'goes to jail',
        'is charged', 'charged with', 'patsy', 'takes the rap', 'pin it on {patient}', 'pinned on {patient}', '{patient} is framed', 'frame {patient}',
        'ends up behind bars', 'thrown in jail', 'sent to prison', 'locked away',
        // Brought down at last: "I liked seeing the cartel boss finally go down".
        'finally go down', 'finally goes down', 'finally went down',
      ],
      es: [
        'chivo expiatorio', 'expiatorio', 'cargan la culpa', 'le echan la culpa', 'echan la culpa', 'culpan', 'arrestado', 'arrestan', 'detenido',
        'encarcelado', 'encarcelan', 'condenado', 'condenan', 'sentenciado', 'acaba en la cárcel', 'termina en la cárcel', 'va a la cárcel',
        'tras las rejas', 'le cargan el muerto', 'paga los platos rotos', 'termina preso', 'acaba preso', 'cae preso', 'lo encierran',
        'lo meten a la cárcel', 'en el bote', 'al bote',
        // Slang: "pagar el pato" is to take the blame for others.
        'paga el pato', 'pagando el pato', 'pagó el pato', 'pagar el pato', 'pague el pato',
        // Paying for everyone: "el 25 acaba pagando por todo".
        'acaba pagando', 'termina pagando', 'pagando por todos', 'pagando por todo',
      ],
    },
  },
  broadcast: {
    summary: 'someone speaks to the media or appears on video',
    roles: { agent: 'who appears', recipient: 'who sees it' },
    about: ['agent', 'recipient'],
    patterns: {
      en: [
        'video', 'on the news', 'broadcast', 'to the media', 'the press', 'spokesman', 'spokesperson', 'livestream', 'footage', 'into a camera',
        'in front of the cameras', 'news broadcast', 'microphone', 'the mic', 'the tape', 'televised', 'on air', 'press conference', 'goes viral', '{agent} on TV', '{agent} on television',
        '{agent} on camera', '{agent} appears on TV', '{agent} goes on TV', 'sees {agent} on TV',
      ],
      es: [
        'video', 'vídeo', 'televisión', 'noticiero', 'transmisión', 'los medios', 'la prensa', 'vocero', 'portavoz', 'frente a las cámaras',
        'en vivo', 'conferencia de prensa', 'micrófono', 'la grabación', 'se hace viral', 'en el noticiero', '{agent} en la tele', 've a {agent} en la tele', '{agent} sale en la tele',
        '{agent} aparece en la tele', '{agent} en cámara',
      ],
    },
  },
};
