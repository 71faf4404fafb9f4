/**
 * What an event type is: language knowledge shared by every show. A show pack's plot point names an
 * event type and fills its roles ("die", patient: Helena); the type says how each language puts
 * that event into words. See docs/adding-a-show.md.
 */
import type { Lang } from '../../catalog/types';

/** The parts a participant can play in an event. */
export type Role = 'agent' | 'patient' | 'recipient' | 'instrument' | 'object' | 'place';
export const ROLES: readonly Role[] = ['agent', 'patient', 'recipient', 'instrument', 'object', 'place'];

export interface EventType {
  /** What it is, in one line, for the docs and `npm run catalog -- check`. */
  summary: string;
  /** The roles a frame may fill, each with what it means here. */
  roles: Partial<Record<Role, string>>;
  /**
   * The roles the event is about: their participants are the plot point's subjects, so a
   * sentence must name one of them (or say "she" for one) before any of its words count.
   */
  about: readonly Role[];
  /**
   * How each language says it. `{role}` stands where a participant of that role is named,
   * `{role's}` is its possessive; `{lo}` is a Spanish object clitic standing for an `about`
   * participant ("{lo} ~killbare": "lo mata"). `~group` is any phrase of a word group
   * (words.ts). A pattern whose role the frame leaves empty is not used. A pattern with no
   * slot matches when a subject is anywhere in the sentence.
   */
  patterns: Record<Lang, readonly string[]>;
}
