/**
 * Finds who a text names: characters by name or description, titles, pronouns
 * and other works, longest phrase first. A name used for a real person in the
 * news ("Helena, 61," or "a woman named Helena") is marked foreign.
 */
import { AGE_AFTER, CLITICS, NAMED_AS, NAMED_BEFORE, PERSON_AFTER, PERSON_WORDS, PLACE_BEFORE } from '../../lang';
import type { Token } from '../../lang/normalize';
import type { CompiledCatalog, MentionDef } from './compile';

export interface Mention {
  from: number; // first token
  to: number; // one past the last token
  defs: MentionDef[];
  pronoun: boolean;
  gender?: 'f' | 'm';
  /** Someone else with the same name. */
  foreign: boolean;
  /** "Calancho's", or "calanchos" typed without the apostrophe. */
  possessive: boolean;
  /** A Spanish object clitic before a verb: "lo" in "Calancho lo mata". */
  clitic?: boolean;
}

export function findMentions(text: string, tokens: Token[], classes: number[], catalog: CompiledCatalog): Mention[] {
  const out: Mention[] = [];
  const titleCase = isTitleCase(text, tokens);
  let i = 0;
  while (i < classes.length) {
    let node = catalog.mentions;
    let best: { to: number; defs: MentionDef[] } | undefined;
    for (let j = i; j < classes.length; j++) {
      const next = node.next.get(classes[j]!);
      if (!next) break;
      node = next;
      if (node.defs) best = { to: j + 1, defs: node.defs };
    }
    if (!best) {
      const word = tokens[i]!.word;
      if (word in CLITICS && i + 1 < classes.length && catalog.cliticVerbs.has(classes[i + 1]!)) {
        const gender = CLITICS[word];
        out.push({ from: i, to: i + 1, defs: [{ kind: 'pronoun', key: `pronoun:${word}`, gender, everyday: true }], pronoun: true, gender, foreign: false, possessive: false, clitic: true });
      }
      i++;
      continue;
    }
    // A number that is part of a time, a score or a decimal ("9:25 PM", "25-20", "8.25") names no one.
    if (best.to - i === 1 && inNumber(text, tokens[i]!)) {
      i++;
      continue;
    }
    // A title written in lower case after "the", "of", "en la" is the place it is named after: "behind the door of
    // cell 211" is the cell in episode 4, not the show (which, named, would make the block talk about the whole show).
    if (i > 0 && best.defs.every((d) => d.kind === 'title') && PLACE_BEFORE.has(tokens[i - 1]!.word) && /^\p{Ll}/u.test(text.slice(tokens[i]!.start))) {
      i = best.to;
      continue;
    }
    const pronoun = best.defs.every((d) => d.kind === 'pronoun');
    const isName = best.defs.some((d) => d.kind === 'name');
    const foreign =
      isName &&
      (AGE_AFTER.test(text.slice(tokens[best.to - 1]!.end, tokens[best.to - 1]!.end + 24)) ||
        PERSON_AFTER.test(text.slice(tokens[best.to - 1]!.end, tokens[best.to - 1]!.end + 40)) ||
        (i > 1 && NAMED_BEFORE.has(tokens[i - 1]!.word) && PERSON_WORDS.has(tokens[i - 2]!.word)) ||
        (i > 2 && NAMED_AS.has(tokens[i - 1]!.word) && NAMED_BEFORE.has(tokens[i - 2]!.word)) ||
        (!titleCase && best.to - i === 1 && hasUnknownSurname(text, tokens, classes, best.to)));
    const last = tokens[best.to - 1]!;
    const possessive = last.possessive === true || (last.word.endsWith('s') && !catalog.resolver.isExact(last.word));
    out.push({ from: i, to: best.to, defs: best.defs, pronoun, gender: best.defs[0]!.gender, foreign, possessive });
    i = best.to;
  }
  return out;
}

/** "Elena Garro", "Juan Soto": a first name followed by a surname the show does not know is someone else. */
function hasUnknownSurname(text: string, tokens: Token[], classes: number[], next: number): boolean {
  const t = tokens[next];
  if (!t || classes[next] !== -1) return false;
  if (!/^\s$/.test(text.slice(tokens[next - 1]!.end, t.start))) return false;
  return /^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end));
}

/** Whether token `t` is digits joined to other digits by a colon, a dot, a comma or a dash. */
function inNumber(text: string, t: Token): boolean {
  if (!/^\d+$/.test(text.slice(t.start, t.end))) return false;
  return /\d[:.,\-\u2013]$/.test(text.slice(Math.max(0, t.start - 2), t.start)) || /^[:.,\-\u2013]\d/.test(text.slice(t.end, t.end + 2));
}

/** Headlines In Title Case capitalise every word, so a capital says nothing there. */
function isTitleCase(text: string, tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.end - t.start >= 4);
  if (long.length < 3) return false;
  const capitalised = long.filter((t) => /^\p{Lu}/u.test(text[t.start]!)).length;
  return capitalised / long.length > 0.6;
}
