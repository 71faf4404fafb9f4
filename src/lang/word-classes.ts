/**
 * Word families for the catalog's vocabulary. "kill", "kills", "killed" and
 * "killing" share a class, so a pattern written with one form matches the others.
 * Families are found by cutting common English and Spanish endings.
 */

const MIN_STEM = 3;

/** The forms a word may share with its family: itself and the word with endings cut. */
export function reducedForms(word: string): string[] {
  const forms = new Set<string>([word]);
  const add = (stem: string) => {
    if (stem.length >= MIN_STEM) forms.add(stem);
  };
  if (word.length >= 4) {
    if (word.endsWith('ies')) add(word.slice(0, -3) + 'y');
    if (word.endsWith('ied')) add(word.slice(0, -3) + 'y');
    if (word.endsWith('ing')) {
      const stem = word.slice(0, -3);
      add(stem);
      add(stem + 'e');
      add(undouble(stem));
    }
    if (word.endsWith('ed')) {
      const stem = word.slice(0, -2);
      add(stem);
      add(undouble(stem));
      add(word.slice(0, -1));
    }
    if (word.endsWith('es') && word.length >= 6) add(word.slice(0, -2));
    if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
    // Spanish gender and number: muerto, muerta, muertos, muerte.
    const singular = word.endsWith('s') ? word.slice(0, -1) : word;
    // Cutting a final vowel must leave four letters, or "rate" would join "rat".
    if (/[aeo]$/.test(singular) && singular.length >= 5) add(singular.slice(0, -1));
    if (/e$/.test(word) && word.length >= 5) add(word.slice(0, -1));
  }
  return [...forms];
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
