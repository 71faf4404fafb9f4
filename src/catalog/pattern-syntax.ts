/**
 * The syntax of a catalog's event patterns (see PlotPoint.events in types.ts): slots and
 * word groups. validate.ts checks patterns and the matcher's compiler reads them with
 * these expressions only. SLOT and GROUP are global: use them with matchAll and replace, never
 * with exec or test, which would keep a position between calls.
 */

/**
 * A slot: `{who}`, `{lo}`, `{alone}` or `{@id}`, possessive with `'s`. Group 1 is the reference, group 2 the `'s`.
 * `{alone}` fills no place: it says the pattern's words name the event by themselves ("the hole in the wall",
 * "the hand scene"), with no subject in the sentence (see ALONE_SLOT below).
 */
export const SLOT = /\{(who|lo|alone|@[a-z0-9-]+)('s)?\}/g;

const NAME = '[a-z][a-z0-9-]*';
/** A word group's name: lower-case letters, digits and dashes, starting with a letter. */
export const GROUP_NAME = new RegExp(`^${NAME}$`);
/** A word group used in a pattern, `~name`. Group 1 is the name. */
export const GROUP = new RegExp(`~(${NAME})`, 'g');

/**
 * The key of an `{alone}` slot once compiled: a pattern that names its event by itself and needs nobody
 * named. It travels through the wire format like any slot of one key.
 */
export const ALONE_SLOT = '!alone';
