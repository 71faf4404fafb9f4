/**
 * The words of an element's class and id ("comment-body", "videoCard", "sidebar_trending"), by which
 * regions and units know what an element says it is, and its classes as they are (a list's items share one).
 * Both are kept by the attribute's string: a page repeats a few hundred over thousands of elements.
 */
const NO_WORDS: readonly string[] = [];
/** Words by class-and-id string: a page repeats a few hundred of them over thousands of elements. */
const wordsOfNames = new Map<string, readonly string[]>();
const NAMES_LIMIT = 2000;

/** The words of an element's class and id, split at case changes and punctuation (shared: never change the list). */
export function classWords(el: Element): readonly string[] {
  const cls = el.getAttribute('class');
  const id = el.id;
  if (!cls && !id) return NO_WORDS;
  const names = `${cls ?? ''} ${id}`;
  let words = wordsOfNames.get(names);
  if (!words) {
    if (wordsOfNames.size >= NAMES_LIMIT) wordsOfNames.clear();
    words = /\S/.test(names) ? names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/) : NO_WORDS;
    wordsOfNames.set(names, words);
  }
  return words;
}

const NO_CLASSES: readonly string[] = [];
/** Class lists by class attribute: reading an element's classList is slow, and a list repeats one string. */
const classLists = new Map<string, readonly string[]>();
const CLASS_LISTS_KEPT = 2000;

/** An element's classes (shared: never change the list). */
export function classesOf(el: Element): readonly string[] {
  const attr = el.getAttribute('class');
  if (!attr) return NO_CLASSES;
  let list = classLists.get(attr);
  if (!list) {
    if (classLists.size >= CLASS_LISTS_KEPT) classLists.clear();
    list = attr.split(/[ \t\n\f\r]+/).filter((c) => c.length > 0);
    classLists.set(attr, list);
  }
  return list;
}
