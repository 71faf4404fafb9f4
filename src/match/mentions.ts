/**
 * Finds who a text names: characters by name or description, titles, pronouns
 * and other works, longest phrase first. A name used for a real person in the
 * news ("Helena, 61," or "a woman named Helena") is marked foreign.
 */
import type { Token } from '../text/normalize';
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
}

const AGE_AFTER = /^\s*,\s*(?:(?:a|an)\s+)?(?:de\s+)?\d{1,3}\b/i;
/** "Elena, a nurse from Monterrey," "Elena, maestra de primaria": a real person in the news. */
const PERSON_AFTER =
  /^\s*,\s*(?:(?:a|an|una|un)\s+)?(?:local\s+|retired\s+)?(?:nurse|teacher|student|doctor|mother|grandmother|resident|neighbou?r|woman|man|worker|employee|journalist|enfermera|enfermero|maestra|maestro|profesora|profesor|estudiante|doctora|madre|abuela|vecina|vecino|habitante|trabajadora|trabajador|periodista|mujer|hombre|joven)\b/i;
const NAMED_BEFORE = new Set(['named', 'called', 'llamada', 'llamado', 'identificado', 'identificada', 'nombre']);

export function findMentions(text: string, tokens: Token[], classes: number[], cc: CompiledCatalog): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < classes.length) {
    let node = cc.mentions;
    let best: { to: number; defs: MentionDef[] } | undefined;
    for (let j = i; j < classes.length; j++) {
      const next = node.next.get(classes[j]!);
      if (!next) break;
      node = next;
      if (node.defs) best = { to: j + 1, defs: node.defs };
    }
    if (!best) {
      i++;
      continue;
    }
    const pronoun = best.defs.every((d) => d.kind === 'pronoun');
    const isName = best.defs.some((d) => d.kind === 'name');
    const foreign =
      isName &&
      (AGE_AFTER.test(text.slice(tokens[best.to - 1]!.end, tokens[best.to - 1]!.end + 24)) ||
        PERSON_AFTER.test(text.slice(tokens[best.to - 1]!.end, tokens[best.to - 1]!.end + 40)) ||
        (i > 0 && NAMED_BEFORE.has(tokens[i - 1]!.word)) ||
        (i > 1 && tokens[i - 1]!.word === 'como' && NAMED_BEFORE.has(tokens[i - 2]!.word)));
    const last = tokens[best.to - 1]!;
    const possessive = last.possessive === true || (last.word.endsWith('s') && !cc.resolver.isExact(last.word));
    out.push({ from: i, to: best.to, defs: best.defs, pronoun, gender: best.defs[0]!.gender, foreign, possessive });
    i = best.to;
  }
  return out;
}
