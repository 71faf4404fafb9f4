/**
 * The syntax of a catalog's event patterns (see PlotPoint.events in types.ts): slots and
 * word groups. validate.ts checks patterns and the matcher's compiler reads them with
 * these expressions only. SLOT and GROUP are global: use them with matchAll and replace, never
 * with exec or test, which would keep a position between calls.
 */

/** A slot: `{who}`, `{lo}` or `{@id}`, possessive with `'s`. Group 1 is the reference, group 2 the `'s`. */
export const SLOT = /\{(who|lo|@[a-z0-9-]+)('s)?\}/g;

const NAME = '[a-z][a-z0-9-]*';
/** A word group's name: lower-case letters, digits and dashes, starting with a letter. */
export const GROUP_NAME = new RegExp(`^${NAME}$`);
/** A word group used in a pattern, `~name`. Group 1 is the name. */
export const GROUP = new RegExp(`~(${NAME})`, 'g');
