/** English, as the matcher reads it (see language.ts for what each field is for). */
import type { LanguageRules } from './language';

export const en: LanguageRules = {
  // "She dies": the pronoun points back to the latest woman named.
  pronouns: [['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f']],
  // "his death" is someone's death; "kills his" is not a killing of him.
  possessivePronouns: ['his'],
  // English has no object clitics before the verb.
  clitics: {},
  // "the warden and his men": these words may sit inside a description, but say nothing on their own.
  notTelling: ['their', 'and', 'its', 's'],
  // Articles, prepositions and possessives that vary freely between tellings.
  optionalWords: ['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'into', 'his', 'her'],
  // "the warden" is also "Prison Cell 211's warden".
  articles: ['the'],
  // The reader's "the tunnel" also finds "a tunnel".
  phraseSmallWords: ['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to'],
  // "Helena is trampled at the gate and then dead".
  then: ['then', 'later'],
  // "killed by Juan".
  agentMarkers: ['by'],
  coordinators: ['and'],
  comparing: ['like', 'unlike', 'not'],
  // "a woman named Helena", "a man identified as Juan".
  namedBefore: ['named', 'called', 'identified'],
  // "the door of cell 211", "locked in cell 211": the cell, not the show.
  placeBefore: ['the', 'of', 'in', 'into', 'inside', 'to', 'from', 'outside', 'at'],
  namedAs: ['as'],
  // "a woman named …", "the victim named …"; not the show's roles (an "inmate called Yori" is the show's Yori).
  personWords: ['woman', 'man', 'person', 'resident', 'agent', 'officer', 'official', 'suspect', 'victim', 'driver', 'student', 'as'],
  // "Helena, a nurse from Monterrey," "Juan, the pitcher,".
  personRoles: [
    'nurse', 'teacher', 'student', 'doctor', 'mother', 'grandmother', 'resident', 'neighbor', 'neighbour', 'woman', 'man',
    'worker', 'employee', 'journalist', 'author', 'writer', 'novelist', 'actress', 'actor', 'singer', 'poet', 'politician',
    'artist', 'player', 'pitcher',
  ],
  personArticles: ['a', 'an', 'the'],
  personAdjectives: ['local', 'retired', 'famous'],
  // "Helena, 61," "Helena, an 80-year-old".
  beforeAge: ['a', 'an'],
  // "{who} is killed" also reads "was killed" and "gets killed"; "never" reads as "not".
  canonical: {
    was: 'is', were: 'is', are: 'is', be: 'is', been: 'is', being: 'is',
    get: 'is', gets: 'is', got: 'is', gotten: 'is', getting: 'is',
    never: 'not',
  },
  // Negations typed without the apostrophe, as comments often are.
  split: {
    doesnt: ['does', 'not'], didnt: ['did', 'not'], dont: ['do', 'not'], isnt: ['is', 'not'], wasnt: ['is', 'not'],
    arent: ['is', 'not'], werent: ['is', 'not'], wont: ['will', 'not'], cant: ['can', 'not'], couldnt: ['could', 'not'],
    wouldnt: ['would', 'not'], hasnt: ['has', 'not'], havent: ['have', 'not'], hadnt: ['had', 'not'],
  },
  // "Calancho's", "she'll", "they're", "I've", "he'd", "I'm".
  droppedTails: ['s', 'll', 're', 've', 'd', 'm'],
  // "can't", "won't", "ain't", "shan't".
  negativeStems: { ca: 'can', wo: 'will', ai: 'is', sha: 'shall' },
  // "killing", "killed", "passes", "kills" (with "hoping" → "hope" and "stopped" → "stop" in word-classes.ts).
  endings: ['ing', 'ed', 'es', 's'],
  yEndings: ['ies', 'ied'],
  genderVowels: [],
  verbEndings: {},
  gerundEndings: {},
  notVerbForms: [],
  kinPhrase: "{kin}'s {word}",
  // Titles and ranks ("Col. Ramírez", "Dr."), "No. 5", "vs.", and what reviews shorten ("ep. 3", "vol.", "etc.").
  abbreviations: ['mr', 'mrs', 'ms', 'dr', 'col', 'gen', 'lt', 'sgt', 'capt', 'st', 'vs', 'no', 'ep', 'eps', 'vol', 'etc'],
};
