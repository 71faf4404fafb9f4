/** Spanish, as the matcher reads it (see language.ts for what each field is for). */
import type { LanguageRules } from './language';

export const es: LanguageRules = {
  // Spanish mostly drops the subject, which the matcher treats as it treats a pronoun; "ella" is the one
  // written out often enough to count ("él" folds to "el", the article, so it is left out).
  pronouns: [['ella', 'f']],
  possessivePronouns: [],
  // "Calancho lo mata": "lo" is someone named earlier, not Calancho; "le" says nothing of gender.
  clitics: { lo: 'm', la: 'f', le: undefined },
  // As in English: small words inside descriptions ("la hermana de Calancho y sus hombres").
  notTelling: ['y', 'del', 'al', 'los', 'las', 'le', 'lo', 'sus'],
  // "agujero en la pared" also reads "agujero de la pared".
  optionalWords: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'en', 'por', 'con', 'su', 'sus'],
  articles: ['el', 'la', 'los', 'las'],
  // "del" and "al" never reach a phrase as such (normalisation splits them), but are listed with the rest.
  phraseSmallWords: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'en', 'al'],
  then: ['luego', 'despues', 'entonces'],
  // "asesinado por Juan".
  agentMarkers: ['por'],
  coordinators: ['y', 'e'],
  // "muy de peli" (very film-like) names a kind of film, not the one compared with.
  comparing: ['como', 'diferencia', 'muy'],
  // "una mujer llamada Elena", "un hombre identificado como Juan".
  namedBefore: ['llamada', 'llamado', 'identificado', 'identificada'],
  // "en la celda 211", "esa celda 211": the cell, not the show. Not "de" or "a": "el final de celda 211", "le di chance a
  // celda 211" name the show in lower case, and the title takes no article.
  placeBefore: ['la', 'esa'],
  namedAs: ['como'],
  personWords: ['mujer', 'hombre', 'persona', 'joven', 'senora', 'senor', 'vecina', 'vecino', 'agente', 'oficial', 'sospechoso', 'victima', 'como'],
  // "Elena, maestra de primaria," "Elena, la enfermera,".
  personRoles: [
    'enfermera', 'enfermero', 'maestra', 'maestro', 'profesora', 'profesor', 'estudiante', 'doctora', 'madre', 'abuela',
    'vecina', 'vecino', 'habitante', 'trabajadora', 'trabajador', 'periodista', 'mujer', 'hombre', 'joven', 'autora',
    'autor', 'escritora', 'escritor', 'novelista', 'actriz', 'cantante', 'poeta', 'politica', 'política', 'politico',
    'político', 'artista', 'pintora', 'pintor', 'jugador', 'beisbolista',
  ],
  personArticles: ['una', 'un', 'la', 'el'],
  personAdjectives: [],
  // "Elena, de 45 años,".
  beforeAge: ['de'],
  // "fue asesinado" reads as "es asesinado"; "nunca" and "jamás" as "no". ("son" is also English "son",
  // which reads as "es" too.)
  canonical: {
    nunca: 'no', jamas: 'no',
    fue: 'es', fueron: 'es', son: 'es', era: 'es', sera: 'es', resulta: 'es',
  },
  // Contractions, so "mata al coronel" reads as "mata a el coronel".
  split: { al: ['a', 'el'], del: ['de', 'el'] },
  droppedTails: [],
  negativeStems: {},
  // Plurals: "muertos", "traiciones".
  endings: ['es', 's'],
  yEndings: [],
  // "muerto", "muerta", "muerte" share "muert".
  genderVowels: ['a', 'e', 'o'],
  // "le ha cortado la mano", "lo había traicionado", "se ha quedado", "lo mataba": the verb of "le corta la mano",
  // "lo traiciona", "se queda", "lo mata". Only the masculine singular, the participle of "ha …" ("llamada" and
  // "salida" are nouns too); "-ido" leaves four letters ("rápido" is no "rape", "sólido" no "sole"). Not the
  // gerund, which gerundEndings reads in a reader's words only: "terminó mandando" is not "termina al mando".
  verbEndings: { ado: ['a', 3], ido: ['e', 4], aba: ['a', 3], aban: ['a', 3] },
  // "Calancho pidiendo celdas", "Juan saliendo en el video": "pide", "sale" (a reader's words only).
  gerundEndings: { ando: ['a', 3], iendo: ['e', 3] },
  // Words with those endings that are nouns or adverbs first, whose "present" is another word: "el capítulo pasado" is no
  // "pasa", "estado" and "estaba" no "esta" (this), "armado" no "arma" (a gun), "su sentencia" no "sentenciado".
  notVerbForms: [
    'estado', 'estados', 'estaba', 'estaban', 'pasado', 'cuidado', 'resultado', 'abogado', 'licenciado', 'soldado', 'cunado',
    'mercado', 'pecado', 'juzgado', 'empleado', 'aliado', 'armado', 'sentenciado', 'helado', 'partido', 'sentido', 'apellido',
    'marido', 'vestido', 'contenido', 'significado', 'liquido', 'estupido', 'delegado', 'diputado', 'privado', 'costado',
  ],
  // "hermana de Calancho".
  kinPhrase: '{word} de {kin}',
  // Titles ("Sr.", "Sra.", "Lic.", "Ing.", "Gral.", "Cnel.").
  abbreviations: ['sr', 'sra', 'srta', 'lic', 'ing', 'dra', 'gral', 'cnel'],
};
