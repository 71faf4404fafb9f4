/**
 * Words that are one word with another ending. For the catalog's vocabulary, families:
 * "kill", "kills", "killed" and "killing" share a class, so a pattern written with one
 * form matches the others; they are found by cutting the endings that en.ts and es.ts
 * list. For the reader's own words, sameWord: a looser rule on a shared start, which
 * sets aside the same endings.
 */
import { withinEdits } from './edit-distance';
import { ENDINGS, GENDER_VOWELS, NOT_VERB_FORMS, READER_VERB_ENDINGS, VERB_ENDINGS, Y_ENDINGS } from './index';

const MIN_STEM = 3;
/** A consonant, a vowel, a consonant: English doubles the last before -ing and -ed ("rat", "ratting"). */
const CVC = /^[^aeiou][aeiou][^aeiouwxy]$/;

/** The forms a word may share with its family: itself and the word with endings cut. */
export function reducedForms(word: string): string[] {
  const forms = new Set<string>([word]);
  const add = (stem: string) => {
    if (stem.length >= MIN_STEM) forms.add(stem);
  };
  if (word.length >= 4) {
    for (const ending of Y_ENDINGS) if (word.endsWith(ending)) add(word.slice(0, -ending.length) + 'y');
    for (const ending of ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      if (ending === 's') {
        // Not "boss", "kiss".
        if (!stem.endsWith('s')) add(stem);
      } else if (ending === 'es') {
        // Only in words of six letters or more: "passes" is "pass", but "cases" is not "cas".
        if (word.length >= 6) add(stem);
      } else if (stem.length === 3 && CVC.test(stem)) {
        // A short stem that would have doubled its last letter is an -e word's: "rating" is "rate", not "rat"
        // (which is "ratting"); "hoping" is "hope".
        add(stem + 'e');
      } else {
        // "killing", "hoping", "stopped", "hoped".
        add(stem);
        add(undouble(stem));
        add(stem + 'e');
      }
    }
    // Spanish gender and number: muerto, muerta, muertos, muerte.
    const singular = word.endsWith('s') ? word.slice(0, -1) : word;
    // Cutting a final vowel must leave four letters, or "rate" would join "rat".
    if (GENDER_VOWELS.some((v) => singular.endsWith(v)) && singular.length >= 5) add(singular.slice(0, -1));
    const present = presentOf(word);
    if (present) forms.add(present);
  }
  return [...forms];
}

/**
 * The verb a regular verb's participle or past stands for: "ha cortado", "lo mataba" → "corta", "mata" (see
 * Language.verbEndings), and with `gerunds` a gerund too (a reader's word: "pidiendo" → "pide"); undefined for any other
 * word. A reader's word tries it before its other forms: "cortado" is "corta" before it is "cortad", the adjective "cortada".
 */
export function presentOf(word: string, gerunds = false): string | undefined {
  if (NOT_VERB_FORMS.has(word)) return undefined;
  for (const [ending, present, minStem] of gerunds ? READER_VERB_ENDINGS : VERB_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= minStem) return word.slice(0, -ending.length) + present;
  }
  return undefined;
}

/**
 * Whether `word` can stand for `want`: the same word; the same start with another ending (see sameStem:
 * die, dies, died; escape, escaped; muere, mueren, muerto), also once `want`'s own ending (ENDINGS) is set
 * aside ("died" for "dies"); or, for a `want` of five letters or more, one letter added, dropped, changed
 * or two neighbours swapped, the first letter kept. A word with a digit only matches itself. (The catalog's
 * typo rule is another: six letters or more, and two edits from eight letters; see the resolver.)
 */
export function sameWord(word: string, want: string): boolean {
  if (word === want) return true;
  if (/\d/.test(word) || /\d/.test(want)) return false;
  if (sameStem(word, want)) return true;
  // "dies" also finds "died", "escapes" "escaped": the reader's own ending set aside.
  for (const ending of ENDINGS) {
    if (want.length - ending.length >= 3 && want.endsWith(ending) && sameStem(word, want.slice(0, -ending.length))) return true;
  }
  return want.length >= 5 && word[0] === want[0] && withinEdits(word, want, 1);
}

/**
 * `word` is `want` with another ending: after their shared start, `word` has at most three more letters and
 * `want` at most two, and that start is at least four letters long (or all of `want`, if `want` has three).
 */
function sameStem(word: string, want: string): boolean {
  const stem = commonPrefix(word, want);
  return word.length - stem <= 3 && want.length - stem <= 2 && (stem >= 4 || (stem >= 3 && stem === want.length));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function undouble(stem: string): string {
  const n = stem.length;
  return n >= 2 && stem[n - 1] === stem[n - 2] && !/[aeiou]/.test(stem[n - 1]!) ? stem.slice(0, -1) : stem;
}

/** Groups words into families: words that share a reduced form share a class id. */
export function buildWordClasses(words: Iterable<string>): { classOf: Map<string, number>; formClass: Map<string, number> } {
  const list = [...new Set(words)];
  const parent = list.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWithForm = new Map<string, number>();
  list.forEach((w, i) => {
    for (const f of reducedForms(w)) {
      const j = firstWithForm.get(f);
      if (j === undefined) firstWithForm.set(f, i);
      else parent[find(i)] = find(j);
    }
  });
  const classOf = new Map<string, number>();
  list.forEach((w, i) => classOf.set(w, find(i)));
  const formClass = new Map<string, number>();
  for (const [f, i] of firstWithForm) formClass.set(f, find(i));
  return { classOf, formClass };
}
