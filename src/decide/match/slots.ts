/**
 * Who fills a pattern's slot: the subject before an event ("Helena dies"), the one
 * acted on after it ("kills Calancho"), an owner ("Calancho's death"), a Spanish
 * object clitic ("lo mata"), and what a pronoun or a dropped subject stands for.
 */
import { AGENT_MARKERS, COORDINATORS, THEN } from '../../lang';
import type { Token } from '../../lang/normalize';
import type { Mention } from './mentions';
import type { MentionDef } from './compile';

export interface Sentence {
  from: number;
  to: number;
  /** Offsets of the sentence in the block's text, without surrounding white space. */
  start: number;
  end: number;
  mentions: Mention[];
  /** The sentence is about another work (the 2009 film, another show). */
  elsewhere: boolean;
}

/** The block's words, as the slot rules need them. */
export interface Words {
  text: string;
  tokens: Token[];
  classes: number[];
  /** Words inside a name, which no event word may use. */
  blocked: Uint8Array;
}

/** How far before its event a subject may stand ("Calancho, cornered at last, dies"). */
const SUBJECT_REACH = 8;
/** How far after its verb the one acted on may stand ("kills off Calancho"). */
const OBJECT_REACH = 1;
/** How far a possessive may stand from its noun ("Calancho's brutal death"). */
const POSSESSIVE_REACH = 2;

/** "Calancho lo mata": the clitic right before the verb stands for someone named earlier, not for Calancho. */
export function cliticObject(
  sentence: Sentence,
  verbAt: number,
  words: Words,
  previous: Sentence | undefined,
  accepted: ReadonlySet<string>,
): Mention | undefined {
  // The clitic may be one or two words back: "lo mata", "se lo quebró".
  const clitic = sentence.mentions.find((m) => m.clitic && m.to <= verbAt && verbAt - m.to <= 1);
  if (!clitic) return undefined;
  // The doer stands right before the clitic ("calancho lo mató"); Spanish often drops it ("la mataron").
  let doer: Mention | undefined;
  for (const m of sentence.mentions) if (m.to <= clitic.from && !m.pronoun) doer = m;
  if (doer && (clitic.from - doer.to > 2 || /[,;:.]/.test(words.text.slice(words.tokens[doer.to - 1]!.end, words.tokens[clitic.from]!.start)))) {
    doer = undefined;
  }
  // "… a Juan con Yori y luego lo mata": a dropped subject shared with the first verb.
  doer ??= coordinatedSubject(sentence, clitic.from, words, previous);
  const antecedent = latestBefore(sentence, clitic.from, previous, clitic.gender, doer);
  return antecedent && fills(antecedent, accepted) ? antecedent : undefined;
}

export function fills(m: Mention, accepted: ReadonlySet<string>): boolean {
  return m === ANYONE || (!m.foreign && m.defs.some((d: MentionDef) => accepted.has(d.key)));
}

/** Someone of the show the text does not name, who fills every slot (see analyseBlock's `anyone`). */
const ANYONE: Mention = { from: -1, to: -1, defs: [{ kind: 'name', key: 'anyone', everyday: true }], pronoun: false, foreign: false, possessive: false };
/** A sentence before the text that names only ANYONE: what a pronoun with nothing before it stands for. */
export const ANYONE_SENTENCE: Sentence = { from: -1, to: -1, start: 0, end: 0, mentions: [ANYONE], elsewhere: false };

/** The owner in "Calancho's death": a possessive mention right before the noun. */
export function possessiveBefore(
  sentence: Sentence,
  at: number,
  previous: Sentence | undefined,
  accepted: ReadonlySet<string>,
): Mention | undefined {
  let nearest: Mention | undefined;
  for (const m of sentence.mentions) if (m.to <= at) nearest = m;
  if (!nearest || at - nearest.to > POSSESSIVE_REACH) return undefined;
  if (nearest.pronoun) {
    const antecedent = latestBefore(sentence, nearest.from, previous, nearest.gender, undefined);
    return antecedent && fills(antecedent, accepted) ? antecedent : undefined;
  }
  return nearest.possessive && fills(nearest, accepted) ? nearest : undefined;
}

/** The subject of an event that follows it: the nearest mention before, or what a pronoun stands for. */
export function subjectBefore(
  sentence: Sentence,
  at: number,
  previous: Sentence | undefined,
  accepted: ReadonlySet<string>,
  words: Words,
): Mention | undefined {
  let nearest: Mention | undefined;
  for (const m of sentence.mentions) if (m.to <= at) nearest = m;
  if (nearest && !nearest.pronoun) {
    const carriedOver = [at - 1, at - 2, at - 3].some((k) => k >= nearest.to && THEN.has(words.tokens[k]!.word));
    // "Calancho, the hulking leader whom …, finally dies": the sentence's topic, set off by a comma.
    const topic = topicOf(sentence, words);
    const onlyTopic = topic !== undefined && sentence.mentions.every((m) => m.pronoun || m.from >= at || sameOne(m, topic));
    if (onlyTopic && fills(topic, accepted)) return topic;
    return at - nearest.to <= SUBJECT_REACH || carriedOver ? inList(listBefore(sentence, nearest, words), accepted) : undefined;
  }
  if (nearest && at - nearest.to > SUBJECT_REACH) return undefined;
  // A pronoun, or (in Spanish) no subject at all: the latest fitting name before it; for "he" or "she", a person in the
  // sentence before rather than a group or a thing in this one ("After recognising Juan in the inmates' video, she …").
  const antecedent = latestBefore(sentence, nearest?.from ?? sentence.from, previous, nearest?.gender, undefined, nearest?.gender !== undefined);
  return antecedent && fills(antecedent, accepted) ? antecedent : undefined;
}

/** Most names a list of them holds ("kills Carajo, Colonel Ramírez and Calancho"). */
const LIST_ITEMS = 6;
/** Between two names of a list: a comma, "and" or "y", perhaps both, and Spanish's "a" or "al" before the next one. */
const LIST_GAP = /^\s*(?:,\s*)?(?:(?:and|y|e|&)\s+)?(?:(?:a|al)\s+)?$/i;
const COORDINATED = /\b(?:and|y|e)\b|&/i;
/** The end of a clause after a list's last name: a table's cell ends it too. */
const LIST_END = /^\s*(?:$|[.;:!?)|\]])/;

function gapBetween(a: Mention, b: Mention, words: Words): string {
  return words.text.slice(words.tokens[a.to - 1]!.end, words.tokens[b.from]!.start);
}

/** The first in a list of names that fills the slot. */
function inList(list: readonly Mention[], accepted: ReadonlySet<string>): Mention | undefined {
  return list.find((m) => !m.pronoun && !m.possessive && fills(m, accepted)) ?? (list[0] && fills(list[0], accepted) ? list[0] : undefined);
}

/**
 * `first` and the names listed after it, all acted on ("kills Carajo, Colonel Ramírez and Calancho", "mata a Carajo, al
 * coronel y a Calancho"): a list that joins its last name with "and", or ends its clause with it ("Kills | Carajo,
 * Ramírez, Calancho"), so that "kills Carajo, Calancho watches" stays one.
 */
function listAfter(sentence: Sentence, first: Mention, words: Words): Mention[] {
  const list = [first];
  let joined = false;
  for (const m of sentence.mentions) {
    const last = list[list.length - 1]!;
    if (m.from < last.to || list.length >= LIST_ITEMS) continue;
    const gap = gapBetween(last, m, words);
    if (!LIST_GAP.test(gap) || m.pronoun) break;
    joined ||= COORDINATED.test(gap);
    list.push(m);
  }
  if (list.length === 1) return list;
  const last = list[list.length - 1]!;
  const end = words.text.slice(words.tokens[last.to - 1]!.end, sentence.end);
  return joined || LIST_END.test(end) ? list : [first];
}

/** `last` and the names listed before it, all doing the event: "Carajo, Ramírez and Calancho die" (the list ends on "and"). */
function listBefore(sentence: Sentence, last: Mention, words: Words): Mention[] {
  const before = sentence.mentions.filter((m) => m.to <= last.from);
  const list = [last];
  for (let i = before.length - 1; i >= 0 && list.length < LIST_ITEMS; i--) {
    const m = before[i]!;
    const gap = gapBetween(m, list[list.length - 1]!, words);
    if (m.pronoun || m.possessive || !LIST_GAP.test(gap) || (list.length === 1 && !COORDINATED.test(gap))) break;
    list.push(m);
  }
  return list;
}

/** A sentence that opens on a name set off by a comma ("Calancho, the hulking leader …,") is about that one. */
function topicOf(sentence: Sentence, words: Words): Mention | undefined {
  const first = sentence.mentions[0];
  if (!first || first.pronoun || first.from - sentence.from > 2) return undefined;
  return /^\s*,/.test(words.text.slice(words.tokens[first.to - 1]!.end)) ? first : undefined;
}

function sameOne(a: Mention, b: Mention): boolean {
  return a.defs.some((d) => b.defs.some((e) => e.key === d.key));
}

/** The one an event acts on: the nearest mention after it, or what an object pronoun stands for. */
export function objectAfter(
  sentence: Sentence,
  at: number,
  words: Words,
  previous: Sentence | undefined,
  accepted: ReadonlySet<string>,
): Mention | undefined {
  const next = sentence.mentions.find((m) => m.from > at);
  if (!next || next.from - at - 1 > OBJECT_REACH) return undefined;
  for (let k = at + 1; k < next.from; k++) if (AGENT_MARKERS.has(words.tokens[k]!.word)) return undefined;
  // "…and killed, and Helena was caught": a clause ends before the name; so does a table's cell ("then killed | Calancho").
  if (/[,;:.!?()|]/.test(words.text.slice(words.tokens[at]!.end, words.tokens[next.from]!.start))) return undefined;
  // "kills the riot leader's right-hand man": the one killed is the man, not his boss.
  if (!next.pronoun) return next.possessive ? undefined : inList(listAfter(sentence, next, words), accepted);
  if (next.defs.some((d) => d.possessive)) return undefined;
  // "Calancho kills him": him is not Calancho, so skip the one doing it.
  const doer = doerOf(sentence, at, words, previous);
  const antecedent = latestBefore(sentence, next.from, previous, next.gender, doer);
  return antecedent && fills(antecedent, accepted) ? antecedent : undefined;
}

/** Who does the verb at `at`: its coordinated subject (below), or else the nearest name before it. */
function doerOf(sentence: Sentence, at: number, words: Words, previous: Sentence | undefined): Mention | undefined {
  return coordinatedSubject(sentence, at, words, previous) ?? sentence.mentions.findLast((m) => m.to <= at && !m.pronoun);
}

/**
 * When "and (then)" / "y (luego)" joins the verb at `at` to an earlier one, that verb's subject, the
 * sentence's first mention ("Calancho makes him fight Juan and then kills him": Calancho kills, so
 * "him" is not Calancho). A pronoun there stands for the name before it.
 */
function coordinatedSubject(sentence: Sentence, at: number, words: Words, previous: Sentence | undefined): Mention | undefined {
  let k = at - 1;
  while (k > sentence.from && THEN.has(words.tokens[k]!.word)) k--;
  const first = sentence.mentions[0];
  if (k <= sentence.from || !COORDINATORS.has(words.tokens[k]!.word) || !first || first.to > k) return undefined;
  return first.pronoun ? latestBefore(sentence, first.from, previous, first.gender, undefined) : first;
}

/** The latest named mention before token `at` (this sentence, then the previous one) that a pronoun could stand for. */
function latestBefore(
  sentence: Sentence,
  at: number,
  previous: Sentence | undefined,
  gender: 'f' | 'm' | undefined,
  except: Mention | undefined,
  personFirst = false,
): Mention | undefined {
  // Whoever `except` names is left out wherever else they are named ("Juan hands …, and Juan kills him").
  const fits = (m: Mention) =>
    !m.pronoun && !(except && sameOne(m, except)) && !m.defs.every((d) => d.kind === 'title') && (!gender || !m.gender || m.gender === gender);
  // A person first: "Yori, an inmate with debts, … turn him" is Yori; "the baby" only when no one else fits.
  const person = (ms: Mention[]) => ms.findLast((m) => m.defs.some((d) => d.characterId));
  const here = sentence.mentions.filter((m) => m.to <= at && fits(m));
  const before = previous?.mentions.filter(fits) ?? [];
  if (personFirst) return person(here) ?? person(before) ?? here[here.length - 1] ?? before[before.length - 1];
  return person(here) ?? here[here.length - 1] ?? person(before) ?? before[before.length - 1];
}

