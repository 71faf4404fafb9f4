/** Events of staying, leaving and being held: stay, flee, extract, kidnap, survive, riot, disguise. */
import type { EventType } from './types';

export const MOVE_EVENTS: Record<string, EventType> = {
  stay: {
    summary: 'someone stays or refuses to leave',
    roles: { agent: 'who stays', place: 'where' },
    about: ['agent'],
    patterns: {
      en: [
        '{agent} ~stay', 'could have left', 'could have walked out', 'had the chance to leave', 'had the chance to walk out', 'chooses not to leave',
        'decides not to leave', 'refuses to go', "won't go", 'stays behind', 'refuses to leave', 'chooses to stay', 'decides to stay',
        '{agent} stayed inside', '{agent} stayed in prison', 'could have gone',
        // The way out open, and not taken: "he had the door open", "he could have walked".
        'could have walked', 'had the door open', 'the door was open', 'door wide open', "didn't want to leave",  "did not want to leave", 'no to freedom',
      ],
      es: [
        '{agent} ~stay', 'pudo irse', 'pudo salir', 'podía salir', 'pudo haber salido', 'tuvo la oportunidad de salir', 'se niega a salir',
        'nunca sale', 'se queda adentro', 'decide quedarse', 'se queda en la prisión', 'se queda en el penal', 'se quedó ahí',
        // "podía irse y no quiso".
        'podía irse', 'no quiso irse', 'no quiso salir', 'decide no salir', 'decidió no salir', 'decide no irse', 'decidió no irse', 'opta por quedarse', 'optó por quedarse', 'no a la libertad', '{agent} eligió el penal', '{agent} elige el penal',
        'rechaza la oportunidad de salir', 'rechazó la oportunidad de salir', 'rechaza salir', 'rechaza irse',
        // The way out open, and not taken: "le abren la puerta para irse y decide quedarse".
        'le abren la puerta para irse', 'le abrieron la puerta para irse', 'tenía la puerta abierta', 'tuvo la puerta abierta',
      ],
    },
  },
  flee: {
    summary: 'someone flees, escapes on their own or vanishes',
    roles: { agent: 'who goes', place: 'from where' },
    about: ['agent'],
    patterns: {
      en: [
        '{agent} ~vanish', 'escape of {agent}', 'disappearance of {agent}', '{agent} disappearance', '{agent} escape', '{agent} leaves town',
        '{agent} not seen again', '{agent} slips out', '{agent} is gone', 'gone without a trace',
      ],
      es: ['{agent} ~vanish', '~vanish {agent}', 'fuga de {agent}', 'desaparición de {agent}', 'nunca más se sabe de {agent}', '{agent} no aparece', '{agent} se pierde'],
    },
  },
  extract: {
    summary: 'someone is got out, rescued or freed by others',
    roles: { agent: 'who gets them out', patient: 'who is got out', place: 'from where' },
    about: ['patient', 'agent'],
    patterns: {
      en: [
        'extract', 'extraction', 'extracted', 'rescue', 'rescued', 'smuggle', 'smuggled out', 'spirit away', 'carried out', 'sneak {patient} out',
        'smuggle {patient} out', 'break {patient} out', 'free {patient}', '{patient} is freed', '{patient} escape', '{patient} is taken out',
        'carry {patient} out', '{patient} is carried',
      ],
      es: [
        'extraen', 'extracción', 'rescatan', 'rescata', 'rescate', 'sacan a {patient}', 'saca a {patient}', 'liberan a {patient}', '{patient} escapa',
        '{patient} sale', 'se llevan a {patient}', 'sacando a {patient}', 'rescatando a {patient}',
      ],
    },
  },
  kidnap: {
    summary: 'someone is taken hostage, kidnapped or locked up by others',
    roles: { agent: 'the captors', patient: 'the captive', place: 'where they are held' },
    about: ['patient'],
    patterns: {
      en: [
        'hostage', 'kidnap', 'captive', 'locked up', 'locks up', 'locked in', 'locked inside', 'seize', 'in {place}', 'drag {patient} into',
        'lock {patient} away', 'lock {patient} up', 'take {patient}', 'grab {patient}', 'seize {patient}', 'snatch {patient}', 'abduct {patient}',
        'kidnap {patient}', '{patient} is snatched', '{patient} is grabbed', '{patient} is kidnapped', '{patient} is abducted', '{patient} is dragged',
        '{patient} is taken', '{patient} is locked', '{patient} is seized',
      ],
      es: [
        'rehén', 'secuestran', 'secuestrado', 'secuestro', 'cautivo', 'encierran', 'encerrado', 'en {place}', 'encierran a {patient}', 'toman a {patient}',
        'agarran a {patient}', '{patient} es secuestrado', '{patient} es encerrado', 'se llevan a {patient}', 'arrastran a {patient}',
      ],
    },
  },
  survive: {
    summary: 'someone survives, or is the one left alive',
    roles: { patient: 'who survives' },
    about: ['patient'],
    patterns: {
      en: [
        '{patient} survives', '{patient} survived', '{patient} lives', '{patient} walks away', '{patient} walks out', '{patient} makes it out',
        '{patient} gets out alive', '{patient} comes out alive', '{patient} outlives', '{patient} last one standing', '{patient} still standing',
        '{patient} is still alive', '{patient} alive', 'survival of {patient}', "{patient's} survival", '{patient} lives on',
      ],
      es: [
        '{patient} sobrevive', '{patient} sobrevivió', '{patient} sale vivo', '{patient} sale viva', '{patient} sigue vivo', '{patient} sigue viva',
        '{patient} sigue con vida', '{patient} sigue en pie', '{patient} queda vivo', '{patient} se salva', '{patient} se salvó', '{patient} sale con vida',
        '{patient} vivo', 'supervivencia de {patient}',
      ],
    },
  },
  riot: {
    summary: 'a riot or prison uprising',
    roles: { agent: 'who leads or joins it', place: 'where' },
    about: ['agent'],
    patterns: {
      en: ['riot', 'uprising', 'mutiny', 'take hostage', 'hostages'],
      es: ['motín', 'rebelión', 'rehenes', 'toman el penal', 'toman la prisión'],
    },
  },
  disguise: {
    summary: 'someone passes themselves off as someone else',
    roles: { agent: 'who pretends', object: 'what they pass for' },
    about: ['agent'],
    patterns: {
      en: ['pretends to be', 'poses as', 'passes himself off', 'passes herself off', 'changes clothes', 'disguised as', 'trapped'],
      es: ['se hace pasar por', 'finge ser', 'cambia de ropa', 'disfrazado de', 'atrapado'],
    },
  },
};
