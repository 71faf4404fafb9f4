/**
 * The language rules of every language the shield reads (en.ts, es.ts), combined as the
 * matcher uses them: a page may mix languages, so a Spanish clitic and an English
 * pronoun are both known everywhere. Built once, when the module loads.
 */
import { en } from './en';
import { es } from './es';
import type { Gender, LanguageRules } from './language';

export type { Gender, LanguageRules } from './language';

const LANGUAGES: readonly LanguageRules[] = [en, es];
/** Each language's rules, by its code (the catalog's languages). */
export const RULES_OF = { en, es } as const;

type ListField = { [K in keyof LanguageRules]: LanguageRules[K] extends readonly string[] ? K : never }[keyof LanguageRules];
type RecordField = 'clitics' | 'canonical' | 'split' | 'negativeStems' | 'verbEndings' | 'gerundEndings';

const all = <K extends ListField>(field: K): string[] => LANGUAGES.flatMap((l) => l[field]);
const wordSet = (field: ListField): ReadonlySet<string> => new Set(all(field));
const merged = <K extends RecordField>(field: K): LanguageRules[K] => Object.assign({}, ...LANGUAGES.map((l) => l[field]));
/** An optional group of any of `words` followed by white space, as regular-expression source. */
const optionalWord = (words: readonly string[]) => (words.length === 0 ? '' : `(?:(?:${words.join('|')})\\s+)?`);

/** Pronouns that can stand for a character in the previous sentence, with their gender. */
export const PRONOUNS: ReadonlyArray<readonly [string, Gender]> = LANGUAGES.flatMap((l) => l.pronouns);
/** Pronouns that own something ("his"), never the one a verb acts on. */
export const POSSESSIVE_PRONOUNS = wordSet('possessivePronouns');
/** Object clitics before a verb, with their gender. */
export const CLITICS: Readonly<Record<string, Gender | undefined>> = merged('clitics');
/** Words too common to tell that a text is about anyone. */
export const NOT_TELLING = wordSet('notTelling');
/** Small words a pattern can do without. */
export const OPTIONAL_WORDS = wordSet('optionalWords');
/** A definite article at the start of a description, which it may be used without. */
export const ARTICLE = new RegExp(`^(${all('articles').join('|')})\\s+`, 'i');
/** Small words the reader's own phrase may do without. */
export const PHRASE_SMALL_WORDS = wordSet('phraseSmallWords');
/** Words after which the subject carries over. */
export const THEN = wordSet('then');
/** Words that make the next name the doer. */
export const AGENT_MARKERS = wordSet('agentMarkers');
/** Words that give a second verb the first one's subject. */
export const COORDINATORS = wordSet('coordinators');
/** Words that set a work aside as the one compared with ("not in the film", "como en la película"). */
export const COMPARING = wordSet('comparing');
/** "named", "llamada": a real person follows. */
export const NAMED_BEFORE = wordSet('namedBefore');
/** "the", "en la": a lower-case title after them is the place it is named after ("the door of cell 211"). */
export const PLACE_BEFORE = wordSet('placeBefore');
/** "as", "como" between such a word and the name. */
export const NAMED_AS = wordSet('namedAs');
/** Real-world roles before "named". */
export const PERSON_WORDS = wordSet('personWords');
/** "Elena, a nurse from Monterrey," "Elena, maestra de primaria": a real person in the news (raw text). */
export const PERSON_AFTER = new RegExp(
  `^\\s*,\\s*${optionalWord(all('personArticles'))}${optionalWord(all('personAdjectives'))}(?:${all('personRoles').join('|')})\\b`,
  'i',
);
/** "Helena, 61," "Elena, de 45 años": an age after a name (raw text); each language's words in turn. */
export const AGE_AFTER = new RegExp(`^\\s*,\\s*${LANGUAGES.map((l) => optionalWord(l.beforeAge)).join('')}\\d{1,3}\\b`, 'i');
/** Words that read as another word to a pattern. */
export const CANONICAL: Readonly<Record<string, string>> = merged('canonical');
/** Words that read as two words to a pattern. */
export const SPLIT: Readonly<Record<string, readonly string[]>> = merged('split');
/** What may follow an apostrophe and is dropped. */
export const DROPPED_TAILS = wordSet('droppedTails');
/** Stems of "n't" contractions that are not the verb itself. */
export const NEGATIVE_STEMS: Readonly<Record<string, string>> = merged('negativeStems');
/** Endings cut to find a word's family, and set aside in the reader's own words. */
export const ENDINGS: readonly string[] = [...wordSet('endings')];
/** Endings that stand for a final "y". */
export const Y_ENDINGS: readonly string[] = [...wordSet('yEndings')];
/** A language table of endings (ending → the present's ending and the shortest stem it leaves), as a list, longest first. */
const endingsOf = (field: 'verbEndings' | 'gerundEndings'): readonly (readonly [ending: string, present: string, minStem: number])[] =>
  Object.entries(merged(field))
    .map(([ending, [present, minStem]]) => [ending, present, minStem] as const)
    .sort((a, b) => b[0].length - a[0].length);
/** Verb endings that read as the present's (see Language.verbEndings), longest first. */
export const VERB_ENDINGS = endingsOf('verbEndings');
/** Those and the gerund's, which read as the present's in a reader's words only (see Language.gerundEndings). */
export const READER_VERB_ENDINGS = [...endingsOf('gerundEndings'), ...VERB_ENDINGS].sort((a, b) => b[0].length - a[0].length);
/** Words with a verb ending that are no verb's participle or past. */
export const NOT_VERB_FORMS = wordSet('notVerbForms');
/** Final vowels that mark gender. */
export const GENDER_VOWELS: readonly string[] = [...wordSet('genderVowels')];
/** Abbreviations whose full stop ends no sentence. */
export const ABBREVIATIONS = wordSet('abbreviations');
