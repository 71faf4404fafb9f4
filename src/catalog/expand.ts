/**
 * Turns a show pack (pack.ts) into the matcher's Catalog (types.ts): each frame's event type is looked
 * up in src/lang/events and its patterns are filled with the frame's participants. The role the main
 * frame is about becomes `{who}` (any subject of the plot point) when it is the only such role filled;
 * other roles become `{@id}` for a character or the literal words for a phrase. A pattern whose role
 * the frame leaves empty is dropped.
 */
import { EVENT_TYPES, WORD_GROUPS, type Role } from '../lang/events';
import { IDIOMS } from '../lang/idioms';
import type { Frame, Participant, ShowPack } from './pack';
import { LANGS, type Catalog, type Lang, type PlotPoint } from './types';

/** A role slot in an event pattern: `{agent}` or `{agent's}`. */
const ROLE_SLOT = /\{(agent|patient|recipient|instrument|object|place)('s)?\}/;

/** The participants of `role` in `frame`, as a list. */
export function participantsOf(frame: Frame, role: Role): Participant[] {
  const v = frame.roles[role];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** What a participant may be replaced by in a pattern of `lang`. */
function fillers(p: Participant, lang: Lang, possessive: boolean): string[] {
  if (typeof p !== 'string') return [...(p[lang] ?? [])];
  if (p.startsWith('@')) return [`{${p}${possessive ? "'s" : ''}}`];
  return [possessive && lang === 'en' ? `${p}'s` : p];
}

/** Every pattern `text` stands for, once each role slot is filled; none when a role is empty. */
function fill(text: string, frame: Frame, about: ReadonlySet<Role>, lang: Lang): string[] {
  const m = ROLE_SLOT.exec(text);
  if (!m) return [text];
  const role = m[1] as Role;
  const possessive = m[2] !== undefined;
  const choices = about.has(role) ? [possessive ? "{who's}" : '{who}'] : participantsOf(frame, role).flatMap((p) => fillers(p, lang, possessive));
  return choices.flatMap((c) => fill(text.slice(0, m.index) + c + text.slice(m.index + m[0].length), frame, about, lang));
}

/**
 * The patterns of `frame` in `lang`. In the main frame, when only one of the roles it is about is
 * filled, that role's slot is `{who}`: any subject, the plot point's own `subjects` included. When
 * several are ("the governor buys Javi"), each slot names its own participant, so that "pays
 * {patient}" cannot match the payer.
 */
export function framePatterns(frame: Frame, lang: Lang, main: boolean): string[] {
  const type = EVENT_TYPES[frame.event]!;
  const filled = type.about.filter((r) => participantsOf(frame, r).length > 0);
  const about = new Set(main && filled.length <= 1 ? filled : []);
  return type.patterns[lang].filter((t) => main || !t.includes('{lo}')).flatMap((t) => fill(t, frame, about, lang));
}

/** The subjects of a plot point: the main frame's participants in the roles it is about, then its own. */
export function subjectsOf(frame: Frame & { subjects?: string[] }): string[] {
  const out: string[] = [];
  for (const role of EVENT_TYPES[frame.event]!.about) {
    for (const p of participantsOf(frame, role)) out.push(...(typeof p === 'string' ? [p] : LANGS.flatMap((l) => p[l] ?? [])));
  }
  out.push(...(frame.subjects ?? []));
  return [...new Set(out)];
}

/** The Catalog a (validated) pack compiles to. A plot point's own phrases come first in its events. */
export function expandPack(pack: ShowPack): Catalog {
  const plotPoints: PlotPoint[] = pack.plotPoints.map((p) => {
    const events = {} as Record<Lang, string[]>;
    for (const lang of LANGS) {
      const generated = [p, ...(p.also ?? [])].flatMap((f, i) => framePatterns(f, lang, i === 0));
      events[lang] = [...new Set([...(p.phrases?.[lang] ?? []), ...generated])];
    }
    return { id: p.id, episode: p.episode, label: p.label, subjects: subjectsOf(p), events };
  });
  const titles = [pack.title.en, ...(pack.title.es ? [pack.title.es] : []), ...(pack.otherTitles ?? [])];
  return {
    schemaVersion: 1,
    id: pack.id,
    titles: [...new Set(titles)],
    episodes: pack.episodes.map((e) => (e.title?.en ? { number: e.number, title: e.title.en } : { number: e.number })),
    characters: pack.characters,
    wordGroups: WORD_GROUPS as Catalog['wordGroups'],
    otherWorks: pack.otherWorks ?? [],
    markers: [...new Set(LANGS.flatMap((l) => pack.markers?.[l] ?? []))],
    idioms: LANGS.flatMap((l) => IDIOMS[l]),
    kind: pack.kind,
    plotPoints,
  };
}
