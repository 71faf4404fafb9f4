/** Events that hurt someone: die, kill, injure, mutilate, assault, fight, bomb. */
import type { EventType } from './types';

/**
 * What was done to someone, said of the one it was done to: "lo que le hicieron a la hermana de Calancho",
 * "what they did to Yori". Harm only (kill, injure, mutilate): a thing done to someone that a review
 * points at without naming it.
 */
const didTo = {
  en: [
    'what they did to {patient}', 'what they do to {patient}', 'what was done to {patient}',
    // Paid back: "he gave the colonel what was coming to him".
    'gave {patient} what was coming', 'gives {patient} what was coming', 'gave {patient} what he had coming', 'gives {patient} what he had coming',
  ],
  es: [
    'lo que le hicieron a {patient}', 'lo que le hacen a {patient}', 'lo que le hicieron al {patient}', 'lo que le hacen al {patient}',
    // Slang for paying someone back: "le dio lo suyo al coronel".
    'le dio lo suyo a {patient}', 'le dio lo suyo al {patient}', 'le da lo suyo a {patient}', 'le da lo suyo al {patient}',
  ],
};

const deathEn = [
  '{patient} ~die', '~kill {patient}', "{patient's} ~death", '~death of {patient}', 'had {patient} killed', 'has {patient} killed',
  'have {patient} killed', 'had {patient} murdered', 'has {patient} murdered', 'orders {patient} killed', 'ordered {patient} killed',
  'wants {patient} dead', "{patient's} story ends", "{patient's} end", "{patient's} final scene", 'put a blade in {patient}',
  'put a knife in {patient}', 'body of {patient}', "{patient's} corpse", "{patient's} body", '{patient} last breath', '{patient} final moments',
  'end of {patient}', 'mourn {patient}', '{patient} funeral', '{patient} grave', "{patient's} remains",
  // Slang for a death: "RIP Calancho", and "Calancho 💔" (normalize.ts reads emoji of mourning as "rip").
  'rip {patient}', 'rest in peace {patient}', '{patient} rest in peace', '{patient} rip',
  // A fate told by what it was: "Helena's tragedy".
  "{patient's} tragedy", 'tragedy of {patient}', "{patient's} last scene", "{patient's} goodbye scene", "{patient's} farewell scene",
  // A death foreseen: "he knew how he was going to go"; written out: "until the script no longer needs her".
  'how he was going to go', 'how she was going to go', 'the script no longer needs her', 'the script no longer needs him',
  'the writers no longer need her', 'the writers no longer need him',
  // A death told by its price: "the lie that cost him his life".
  'cost him his life', 'cost her her life', 'costs him his life', 'costs her her life', 'cost {patient} his life', 'cost {patient} her life',
  // A warning that someone will not last: "don't get too attached to Yori".
  // Mourned or owed: "justice for Yori", "Helena deserved better", "the colonel got exactly what was coming".
  'justice for {patient}', '{patient} deserved better', '{patient} deserved so much better', '{patient} deserved what he got',
  '{patient} had it coming', '{patient} got what was coming',
  "don't get attached to {patient}", "don't get too attached to {patient}", 'do not get attached to {patient}', 'do not get too attached to {patient}',
];
const deathEs = [
  '{patient} ~die', '~die {patient}', '~kill {patient}', '~death de {patient}', 'manda matar a {patient}', 'mandó matar a {patient}',
  'ordena matar a {patient}', 'ordenó matar a {patient}', '{lo} ~killbare', 'cuerpo de {patient}', 'cadáver de {patient}', 'fin de {patient}',
  'funeral de {patient}', 'entierro de {patient}', 'tumba de {patient}', 'llora a {patient}', 'lloran a {patient}', 'llora al {patient}', 'lloran al {patient}', 'restos de {patient}',
  // "QEPD Calancho", "RIP Yori".
  'qepd {patient}', 'rip {patient}', '{patient} rip', 'descanse en paz {patient}', 'en paz descanse {patient}', '{patient} descanse en paz',
  // "Yori era el soplón; lo que no vi venir es cómo terminó": how someone ended, said of the one named.
  'cómo terminó', 'cómo acabó',
  // A fate told by what it was or what was deserved: "la tragedia de Helena", "Carajo se lo buscó",
  // "pobre Yori, no se merecía eso".
  'tragedia de {patient}', 'última escena de {patient}', 'escena de despedida de {patient}', '{patient} tuvo lo que se merecía',
  '{patient} recibió lo que se merecía', '{patient} se lo buscó', '{patient} se lo tenía merecido', '{patient} no se merecía eso',
  '{patient} no merecía eso', '{patient} no se merecía esto',
  // "el coronel se lo merecía"; "Calancho ya sabía cómo se iba a ir".
  '{patient} se lo merecía', '{patient} se lo merece', '{patient} se lo buscaba', 'cómo se iba a ir', 'cómo se va a ir',
  // What was done to someone, owed or mourned: "el coronel merecía exactamente lo que le pasó", "Justicia para Yori",
  // "#JusticiaParaHelena", "Helena merecía algo mejor".
  '{patient} merecía lo que le pasó', '{patient} merecía exactamente lo que le pasó', '{patient} se merecía lo que le pasó',
  'justicia para {patient}', '{patient} merecía algo mejor', '{patient} se merecía algo mejor', '{patient} merecía más',
  // Written out: "hasta que el guion decide que ya no la necesita".
  'el guion decide que ya no la necesita', 'el guion decide que ya no lo necesita', 'el guion ya no la necesita', 'el guion ya no lo necesita',
  // A warning that someone will not last ("no te encariñes con Yori") or a fate hinted at ("vas a ver a dónde va a parar el Carajo").
  'no te encariñes', 'no se encariñen', 'no te encariñes con {patient}', 'no te encariñes mucho con {patient}', 'no se encariñen con {patient}', 'a dónde va a parar {patient}', 'adónde va a parar {patient}',
  'dónde va a parar {patient}', 'a dónde fue a parar {patient}', 'dónde fue a parar {patient}',
  // A death told by its price: "la mentira que le costó la vida".
  'le costó la vida', 'le cuesta la vida', 'le costaría la vida', 'le costó la vida a {patient}', 'le cuesta la vida a {patient}',
];

export const HARM_EVENTS: Record<string, EventType> = {
  die: {
    summary: 'someone dies (killed or not)',
    roles: { patient: 'who dies', agent: 'who causes it, if anyone' },
    about: ['patient'],
    patterns: { en: deathEn, es: deathEs },
  },
  kill: {
    summary: 'someone kills someone',
    roles: { agent: 'the killer', patient: 'who is killed', instrument: 'the weapon' },
    about: ['patient'],
    patterns: {
      en: [
        ...deathEn, '{agent} ~kill {patient}', "{patient} dies at {agent's} hands", 'stabs {patient} with {instrument}', '{patient} killed by {agent}',
        '{patient} stabbed by {agent}', '{patient} shot by {agent}', '{patient} murdered by {agent}', '{patient} at the hands of {agent}',
        'finished {patient} off', 'finishes {patient} off', 'finish {patient} off', ...didTo.en,
      ],
      es: [...deathEs, '{agent} ~kill {patient}', '{patient} muere a manos de {agent}', '{patient} a manos de {agent}', ...didTo.es],
    },
  },
  injure: {
    summary: 'someone is hurt, beaten, crushed or taken to hospital',
    roles: { patient: 'who is hurt', agent: 'who hurts them' },
    about: ['patient'],
    patterns: {
      en: [
        '{patient} is hurt', '{patient} is injured', '{patient} is beaten', '{patient} is wounded', '{patient} gets hurt', '{patient} badly hurt',
        '{patient} is knocked down', '{patient} rushed to hospital', '{patient} rushed to the hospital', '{patient} taken to hospital',
        '{patient} in hospital', '{patient} in the hospital', '{patient} bleeding', 'beats {patient}', 'beat {patient}', 'beating of {patient}',
        "{patient's} beating", '{agent} beats {patient}', 'trample', 'crush', 'stampede', 'trodden', 'knocked down', 'pushed to the ground', ...didTo.en,
      ],
      es: [
        '{patient} es golpeada', '{patient} es golpeado', '{patient} herida', '{patient} herido', '{patient} resulta herida', '{patient} resulta herido',
        '{patient} al hospital', '{patient} en el hospital', '{patient} hospitalizada', '{patient} hospitalizado', '{patient} sangra',
        'golpea a {patient}', 'golpean a {patient}', 'paliza a {patient}', 'golpiza a {patient}', '{agent} golpea a {patient}', 'pisotea',
        'golpeó a {patient}', 'golpeando a {patient}', 'pega a {patient}', 'le pega a {patient}', 'pegándole a {patient}', '{patient} golpeada',
        '{patient} golpeado', 'recibe una paliza', 'paliza que recibe {patient}',
        'pisoteada', 'pisotean', 'aplasta', 'aplastada', 'estampida', 'arrollada', 'cae al suelo', ...didTo.es,
      ],
    },
  },
  mutilate: {
    summary: 'a part of someone is cut off',
    roles: { patient: 'whose body it is', agent: 'who cuts', object: 'the part (hand, ear…)' },
    about: ['patient'],
    patterns: {
      en: [
        'mutilate', 'mutilates', 'amputate', 'amputates', 'hack off', 'hacks off', 'cut off {object}', 'cuts off {object}', 'cuts off {patient} {object}',
        '{object} cut off', 'cut {object}', 'sever {object}', 'severed {object}', 'chop off {object}', '{patient} lose {object}', '{patient} loses a {object}',
        '{patient} missing a {object}', '{patient} {object} is cut', '{patient} {object} is severed', "{patient's} {object}", '{patient} stump', ...didTo.en,
        // A content note names it by itself: "viewers should know it contains sexual violence, mutilation and …".
        'contains mutilation {alone}', 'scenes of mutilation {alone}', 'depicts mutilation {alone}', 'includes mutilation {alone}',
      ],
      es: [
        'mutila', 'amputa', 'cercena', 'corta la {object}', 'cortan la {object}', 'le corta la {object}', '{object} cortada', 'amputa la {object}',
        'le cercena la {object}', '{patient} pierde la {object}', '{patient} pierde una {object}', '{patient} sin una {object}', '{patient} sin {object}', '{patient} perdió la {object}',
        '{patient} perdió una {object}',
        '{object} de {patient}', 'le quita la {object}', 'le mocha la {object}', ...didTo.es,
        'contiene mutilación {alone}', 'escenas de mutilación {alone}', 'incluye mutilación {alone}', 'muestra una mutilación {alone}',
      ],
    },
  },
  assault: {
    summary: 'rape or sexual assault',
    roles: { agent: 'the attacker', patient: 'the victim' },
    about: ['agent', 'patient'],
    patterns: {
      en: [
        'rape', 'raped', 'rapes', 'sexual assault', 'sexually assaults', 'sexually assaulted', 'sexually abuses', 'sexually abused',
        "assault {agent} inflicts", "{agent} assault on {patient}", '{agent} rapes {patient}',
        // "the assault Juan suffers at the hands of Calancho's lieutenant".
        'the assault {patient} suffers', 'assault at the hands of {agent}',
        // A content warning names the event by itself: "viewers should know it contains sexual violence".
        'sexual violence {alone}', 'sexual assault {alone}', 'sexual abuse {alone}', 'some of it sexual {alone}',
        // The one abused and the abuser both named: "Carajo abuses Juan".
        '{agent} abuses {patient}', '{agent} abused {patient}',
      ],
      es: ['viola', 'violada', 'violado', 'violación', 'abuso sexual', 'el abuso de {agent}', 'el abuso que sufre {patient}', 'violencia sexual {alone}', 'abuso sexual {alone}', 'agresión sexual {alone}', 'agrede sexualmente', 'abusa sexualmente', 'abusó sexualmente', '{agent} viola a {patient}', '{agent} abusa de {patient}', '{agent} abusó de {patient}'],
    },
  },
  fight: {
    summary: 'two people fight, or are made to',
    roles: { agent: 'one fighter', patient: 'the other' },
    about: ['agent', 'patient'],
    patterns: {
      en: ['fight {patient}', '{patient} fight', 'forced to fight', 'made to fight', 'fight to the death', 'cage fight', '{agent} and {patient} fight', 'pitted against {patient}', '{patient} is pitted against'],
      es: ['pelear con {patient}', 'pelea con {patient}', 'pelea a muerte', 'obligados a pelear', 'obligan a pelear', 'los ponen a pelear', 'ponen a pelear', '{patient} y {agent} pelean', '{agent} y {patient} pelean'],
    },
  },
  bomb: {
    summary: 'a bombing or an explosion',
    roles: { agent: 'who has it done', object: 'what is blown up' },
    about: ['agent', 'object'],
    patterns: {
      en: [
        'bomb', 'bombing', 'bombed', 'bombs', 'blow up', 'blew up', 'blows up', 'blown up', 'explosion', 'explode', 'car bomb', 'blast',
        'explosives', 'firebomb', 'dynamite', 'in ruins', 'attack on {object}', 'attacks {object}',
      ],
      es: [
        'bomba', 'coche bomba', 'atentado', 'explosión', 'hace volar', 'explosivos', 'dinamita', 'volar', 'voló', 'volaron',
        'vuelan', 'bombazo', 'atentado con bomba', 'bombardea', 'en ruinas', 'ataque a {object}', 'ataca {object}',
      ],
    },
  },
};
