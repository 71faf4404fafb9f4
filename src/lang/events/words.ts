/**
 * Word groups: phrases said once and used by many event patterns as `~name` ("~die": dies, passes
 * away, muere…). Moved here from the Prison Cell 211 pack (issue 13): they are the language's, not a
 * show's. A group may lack a language; a pattern using it in that language then matches nothing.
 */
import type { Lang } from '../../catalog/types';

export const WORD_GROUPS: Record<string, Partial<Record<Lang, readonly string[]>>> = {
  die: {
    en: ["dies", "died", "die", "dying", "is dead", "dead", "is killed", "is murdered", "is stabbed", "is shot", "is executed", "is slain", "is strangled", "is gunned down", "is butchered", "is beheaded", "is finished off", "passes away", "not survive", "not make it", "not make it out", "not live", "not come out alive", "perishes", "loses his life", "loses her life", "meets his end", "meets her end", "meets his death", "is gone", "ends up dead", "turns up dead", "is found dead", "breathes his last", "breathes her last", "succumbs", "bleeds out", "pays with his life", "is no more", "killed off", "is taken out", "is wiped out", "is shot dead", "is stabbed to death", "does not last", "will not survive", "is not alive", "is beaten to death", "ends up killed", "not leave alive", "does not leave alive", "not make it out alive", "not get out alive"],
    es: ["muere", "murió", "morir", "muerto", "muerta", "fallece", "falleció", "es asesinado", "es asesinada", "asesinado", "asesinada", "no sobrevive", "no sobrevivió", "no llega vivo", "no llega viva", "no sale vivo", "no sale viva", "pierde la vida", "perdió la vida", "termina muerto", "termina muerta", "acaba muerto", "acaba muerta", "aparece muerto", "aparece muerta", "es ejecutado", "es ejecutada", "es apuñalado", "cae muerto", "deja de respirar", "se muere", "se murió", "pierde la vida", "termina asesinado", "termina asesinada", "no la libra", "no lo logra", "no dura mucho", "muerto a puñaladas", "termina muerto a puñaladas", "cae muerta", "cae muerto", "acaba muriendo", "termina muriendo", "acabó muriendo", "terminó muriendo"],
  },
  kill: {
    en: ["kill", "murder", "stab", "stabs to death", "shoot", "gun down", "execute", "strangle", "choke", "smother", "slit the throat of", "slaughter", "butcher", "finish off", "take out", "put down", "do away with", "knife", "slay", "behead", "end the life of", "take the life of", "bump off", "get rid of", "shot", "shooting", "gunned down", "cut down", "hacked to death", "stabbed to death", "killd", "kiled", "stabed", "stabd"],
    es: ["mata a", "matan a", "mató a", "mataron a", "matar a", "matando a", "asesina a", "asesinan a", "asesinó a", "asesinar a", "asesinando a", "apuñala a", "apuñaló a", "apuñalando a", "ejecuta a", "ejecutan a", "dispara a", "acribilla a", "liquida a", "liquidan a", "estrangula a", "degüella a", "acaba con", "se carga a", "cargarse a", "se echa a", "manda matar a", "mandó matar a", "ordena matar a", "ordena la muerte de", "quita la vida a", "le quita la vida a", "le dispara a", "balean a", "balacean a", "matando a", "se echó a", "se cargó a", "se carga a", "se lo echó", "se lo cargó", "se lo quebró", "se quiebra a", "mate a", "maten a", "matara a", "matase a", "haya matado a", "mata al", "matan al", "mató al", "mataron al", "matar al", "asesina al", "asesinó al", "apuñala al", "apuñaló al", "acabar con", "acabó con", "acabando con", "acaba con la vida de", "acabó con la vida de", "acabar con la vida de"],
  },
  death: {
    en: ["death", "murder", "execution", "demise", "last moments", "final moments", "last breath", "dead body", "corpse", "lifeless body", "funeral"],
    es: ["muerte", "asesinato", "ejecución", "últimos momentos", "cadáver", "cuerpo sin vida", "funeral", "entierro"],
  },
  vanish: {
    en: ["flees", "fled", "escapes", "runs away", "runs off", "disappears", "vanishes", "goes missing", "is missing", "bails", "bolts", "slips away", "sneaks away", "sneaks out", "takes off", "skips town", "drops out of sight", "is nowhere to be found", "is never seen again", "goes into hiding", "goes on the run", "on the run", "abandons", "deserts", "walks away", "gets away", "makes a run for it", "flies the coop", "leaves everyone behind", "runs for it", "cuts and runs", "dips", "dipping", "dipped", "ghosts", "ghosted", "peaces out", "bounces", "bounced", "vanished", "is out of there", "skipped town", "runs for the hills", "legs it", "vanishes into thin air", "slinks away"],
    es: ["huye", "huyó", "huir", "escapa", "escapó", "se escapa", "se fuga", "se fugó", "desaparece", "desapareció", "se esfuma", "se pela", "se peló", "se da a la fuga", "se larga", "abandona", "sale huyendo", "se esconde", "se le pierde el rastro", "nadie sabe dónde", "prófugo", "se desvanece", "se escabulle", "se escapa", "se desaparece", "se borra", "se pira", "pone pies en polvorosa", "se hace humo", "se hizo humo", "se fue"],
  },
  killbare: {
    en: ["kills"],
    es: ["mata", "mató", "mato", "matan", "mataron", "matar", "apuñala", "apuñaló", "apuñalo", "apuñalan", "asesina", "asesinó", "asesinan", "ejecuta", "ejecutó", "liquida", "liquidó", "quiebra", "quiebran", "quebró", "truena", "tronó", "elimina", "eliminó", "despacha", "despachó", "degüella", "acuchilla", "acuchilló", "esconde", "escondió", "escondio", "mataron", "matan", "echó", "cargó", "quebraron", "apuñalaron", "asesinaron", "ejecutaron"],
  },
  stay: {
    en: ["stays behind", "stay behind", "stayed behind", "stays inside", "stayed inside", "stays in prison", "stayed in prison", "remains inside", "remains in prison", "remain behind", "remains behind", "remain behind bars", "remains behind bars", "stays behind bars", "stays put", "stayed put", "refuses to leave", "refused to leave", "won't leave", "will not leave", "does not leave", "never leaves", "chooses to stay", "chose to stay", "chooses to remain", "decides to stay", "decided to stay", "opts to stay", "elects to stay", "turns down freedom", "turns down the chance to leave", "gives up his freedom", "does not walk out", "never walks out", "not walk out"],
    es: ["se queda adentro", "se queda dentro", "se quedó adentro", "se quedo adentro", "se quedara adentro", "se quedara dentro", "se quedase adentro", "se haya quedado adentro", "decidiera quedarse", "se queda en la prisión", "se queda en el penal", "se queda en la cárcel", "se queda en el reclusorio", "decide quedarse", "decidió quedarse", "elige quedarse", "prefiere quedarse", "no sale", "no se va", "se niega a salir", "se niega a irse", "renuncia a salir", "renuncia a su libertad"],
  },
};
