/**
 * Events of the scenes a recap retells one after another (issue 12, point 5): arming, threatening,
 * meeting, demanding, offering, helping, calling, arriving, celebrating, bonding, crossing, attacking,
 * recognising. Each is everyday on its own, so every pattern here names a participant: a show's frame
 * makes it telling by filling the roles with its own people, objects and places ("sharpen {object}":
 * blades; "crosses {place}": the river). A pattern that is only `{object}` or `{place}` matches that
 * distinctive thing anywhere in a sentence that names one of the event's subjects.
 */
import type { EventType } from './types';

export const SCENE_EVENTS: Record<string, EventType> = {
  arm: {
    summary: 'someone arms themselves or readies hidden weapons',
    roles: { agent: 'who arms', object: 'the weapons (blades, a flamethrower)' },
    about: ['agent'],
    patterns: {
      en: ['sharpen {object}', 'sharpens {object}', 'sharpening {object}', 'file {object}', 'files {object}', 'dig up {object}', 'digs up {object}', 'dig out {object}', 'hidden {object}', 'stash of {object}', '{agent} armed with {object}', '{object}'],
      es: ['afilan {object}', 'afila {object}', 'afilando {object}', 'desentierran {object}', 'sacan {object}', '{object} escondidas', '{object} escondidos', '{agent} armado con {object}', '{object}'],
    },
  },
  threaten: {
    summary: 'someone threatens, warns or corners someone',
    roles: { agent: 'who threatens', patient: 'who is threatened' },
    about: ['agent', 'patient'],
    patterns: {
      en: ['{agent} threatens {patient}', 'threatens {patient}', 'threatened {patient}', 'warns {patient}', 'warned {patient}', 'corners {patient}', 'cornered {patient}', '{agent} warns'],
      es: ['amenaza a {patient}', 'amenazó a {patient}', 'advierte a {patient}', 'le advierte a {patient}', 'acorrala a {patient}', 'encara a {patient}', '{agent} le advierte', '{agent} amenaza'],
    },
  },
  meet: {
    summary: 'someone meets, visits or sits down with someone',
    roles: { agent: 'who comes', patient: 'whom they meet', place: 'where' },
    about: ['agent', 'patient'],
    patterns: {
      en: ['{agent} meets {patient}', 'meets {patient}', 'visits {patient}', 'visit {patient}', 'sits down with {patient}', 'talks with {patient}', '{agent} visits', 'meeting {place}', '{place}'],
      es: ['visita a {patient}', 'se reúne con {patient}', 'platica con {patient}', 'platicar con {patient}', 'se sienta con {patient}', 'va a ver a {patient}', '{agent} visita', 'reunión {place}', '{place}'],
    },
  },
  demand: {
    summary: 'someone demands or asks for something',
    roles: { agent: 'who demands', object: 'what is demanded' },
    about: ['agent'],
    patterns: {
      en: ['demands {object}', 'demand {object}', 'demanded {object}', 'asks for {object}', 'asked for {object}', 'calls for {object}', '{agent} demands', '{agent} demanded', '{object}'],
      es: ['exige {object}', 'exigen {object}', 'exigían {object}', 'exigido {object}', 'piden {object}', 'pedían {object}', 'pide {object}', '{agent} exige', '{agent} exigen', '{object}',
        // The doer after the verb, as Spanish often puts it: "lo que pedían los presos".
        'pedían {agent}', 'piden {agent}', 'exigían {agent}', 'exigen {agent}'],
    },
  },
  offer: {
    summary: 'someone offers something to someone, who may refuse it',
    roles: { agent: 'who offers', recipient: 'who is offered it', object: 'what is offered' },
    about: ['agent', 'recipient'],
    patterns: {
      en: ['proposes {object}', 'makes {recipient} {object}', 'offers {recipient} {object}', '{agent} offers {object}', 'offer of {object}', '{agent} offers {recipient}', '{recipient} refuses {object}', '{recipient} turns down {object}', 'refuses {object}', 'turns down {object}'],
      es: ['le propone {object}', 'le ofrece {object} a {recipient}', 'ofrece {object} a {recipient}', '{agent} le ofrece {object}', '{agent} ofrece {object}', '{recipient} rechaza {object}', 'rechaza {object}', 'rechaza el {object}', '{agent} intenta comprar a {recipient}'],
    },
  },
  help: {
    summary: 'someone helps, treats or tries to save someone',
    roles: { agent: 'who helps', patient: 'who is helped' },
    about: ['agent', 'patient'],
    patterns: {
      en: ['{agent} helps {patient}', 'helps {patient}', 'help {patient}', 'save {patient}', 'saves {patient}', 'treat {patient}', 'treats {patient}', 'tend to {patient}', 'tends to {patient}', 'care for {patient}'],
      es: ['ayuda a {patient}', 'ayudan a {patient}', 'ayudar a {patient}', 'salve a {patient}', 'salvar a {patient}', 'atiende a {patient}', 'atienden a {patient}', 'atender a {patient}', 'curar a {patient}'],
    },
  },
  call: {
    summary: 'someone phones someone',
    roles: { agent: 'who calls', recipient: 'who is called' },
    about: ['agent'],
    patterns: {
      en: ['{agent} calls {recipient}', '{agent} phones {recipient}', 'phones {recipient}', 'calls {recipient}', 'phone call to {recipient}', '{agent} phone call', '{agent} phones'],
      es: ['llama a {recipient}', 'le llama a {recipient}', 'llamada a {recipient}', 'telefonea a {recipient}', '{agent} llama a', 'en una llamada {agent}'],
    },
  },
  arrive: {
    summary: 'someone arrives, is sent in or is let in',
    roles: { agent: 'who comes', place: 'where to' },
    about: ['agent'],
    patterns: {
      en: ['{agent} arrive', '{agent} arrives', '{agent} turn up', '{agent} turns up', '{agent} show up', '{agent} shows up', 'let {agent} in', 'lets {agent} in', 'let {agent} through', '{agent} sent in', 'sends in {agent}', '{agent} storm in'],
      es: ['{agent} llegan', '{agent} llega', 'llegan {agent}', 'dejan entrar a {agent}', 'dejan pasar a {agent}', '{agent} entran', 'entran {agent}', 'abren la puerta a {agent}'],
    },
  },
  celebrate: {
    summary: 'people celebrate, feast or throw a party',
    roles: { agent: 'who celebrates', object: 'what they feast on' },
    about: ['agent'],
    patterns: {
      en: ['{agent} party', '{agent} feast', '{agent} celebrate', '{agent} celebrates', '{agent} celebrating', 'throw a party', 'throws a party', 'throws itself a party', 'hold a party', 'holds a party', '{object}'],
      es: ['{agent} hacen fiesta', 'hacen una fiesta', 'arman una fiesta', 'se convierte en una fiesta', 'hay fiesta', '{agent} festejan', '{agent} celebran', '{agent} celebrando', '{object}'],
    },
  },
  bond: {
    summary: 'two people grow close or find what they share',
    roles: { agent: 'one', patient: 'the other' },
    about: ['agent', 'patient'],
    patterns: {
      en: ['{agent} bonds with {patient}', 'bonds with {patient}', 'bond with {patient}', '{agent} and {patient} bond', '{agent} and {patient} grew up', 'friendship with {patient}'],
      es: ['{agent} y {patient} crecieron', 'amistad con {patient}', 'entre {agent} y {patient} nace', '{agent} se hace amigo de {patient}', '{agent} y {patient} se hacen amigos'],
    },
  },
  cross: {
    summary: 'someone is taken across a river or a border, or must not be',
    roles: { agent: 'who takes them', patient: 'who crosses', place: 'the river or border' },
    about: ['agent', 'patient'],
    patterns: {
      en: ['across {place}', 'cross {place}', 'crosses {place}', 'crossing {place}', 'over {place}'],
      es: ['cruza {place}', 'cruzar {place}', 'cruzan {place}', 'cruce {place}', 'al otro lado de {place}', 'del otro lado de {place}'],
    },
  },
  attack: {
    summary: 'someone attacks or storms a place, with a weapon or a force',
    roles: { agent: 'who attacks', patient: 'who is attacked', instrument: 'with what (tear gas)' },
    about: ['agent'],
    patterns: {
      en: ['{agent} attacks', 'attack {patient}', 'attacks {patient}', '{agent} sends a squad', 'with {instrument}', '{instrument}'],
      es: ['{agent} ataca', 'ataca a {patient}', 'atacan a {patient}', 'con {instrument}', '{instrument}'],
    },
  },
  make: {
    summary: 'someone builds or puts something together',
    roles: { agent: 'who builds', object: 'what (a crib)', place: 'where' },
    about: ['agent'],
    patterns: {
      en: ['builds {object}', 'building {object}', 'assembles {object}', 'assembling {object}', 'putting together {object}', 'screwing together {object}', '{object}', '{place}'],
      es: ['arma {object}', 'armando {object}', 'construye {object}', 'construyendo {object}', '{object}', '{place}'],
    },
  },
  have: {
    summary: 'someone has or keeps something telling (a luxury cell, a truce)',
    roles: { agent: 'who has it', object: 'what' },
    about: ['agent'],
    patterns: {
      en: ['{agent} has {object}', '{agent} had {object}', '{agent} enjoys {object}', '{object}'],
      es: ['{agent} tiene {object}', '{agent} tenía {object}', '{agent} goza de {object}', '{object}'],
    },
  },
  recognise: {
    summary: 'someone recognises someone or sees through them',
    roles: { agent: 'who recognises', patient: 'who is recognised' },
    about: ['agent', 'patient'],
    patterns: {
      en: ['{agent} recognises {patient}', '{agent} recognizes {patient}', 'recognises {patient}', 'recognizes {patient}', '{agent} sees through'],
      es: ['{agent} reconoce a {patient}', 'reconoce a {patient}', 'reconoció a {patient}', '{agent} los reconoce'],
    },
  },
};
