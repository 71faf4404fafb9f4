/**
 * Snooze: "Pause for an hour" and "until tomorrow", on one site or everywhere. A pause is a setting
 * with its end time (pausedUntil, pausedSites); every context treats a site as off while a pause runs
 * (isShieldOn), and ignores one whose time has passed. The background also ends pauses for real with
 * one alarm at the earliest end, so that open pages come back on by themselves.
 */
import type { Translate } from '../i18n';

export const SNOOZE_ALARM = 'snooze-end';
export const HOUR_MS = 3600_000;
/** "Until tomorrow" ends at this local hour: the next morning, not midnight, which may be minutes away. */
export const TOMORROW_HOUR = 6;

/** How long a pause lasts, as the popup and the menu offer it. */
export type PauseLength = 'hour' | 'tomorrow';

/**
 * When a pause that starts at `now` ends: an hour later, or at the next 06:00 local time that is at
 * least an hour away (at 05:30, "until tomorrow" is the morning after, never shorter than "an hour").
 */
export function pauseEndsAt(length: PauseLength, now: number): number {
  if (length === 'hour') return now + HOUR_MS;
  const end = new Date(now);
  end.setHours(TOMORROW_HOUR, 0, 0, 0);
  while (end.getTime() < now + HOUR_MS) end.setDate(end.getDate() + 1);
  return end.getTime();
}

/** "14:30" when `end` is today, else "Friday 06:00" (in the interface's language): for "Paused until …". */
export function pauseEndText(end: number, now: number, locale: string, t: Translate, where: 'here' | 'all'): string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(end);
  const sameDay = new Date(end).toDateString() === new Date(now).toDateString();
  if (sameDay) return t(where === 'here' ? 'pausedHereUntil' : 'pausedAllUntil', time);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(end);
  return t(where === 'here' ? 'pausedHereUntilDay' : 'pausedAllUntilDay', day, time);
}

/** The alarms API as the background uses it (the polyfill's `browser.alarms`, or a fake). */
export interface Alarms {
  create(name: string, info: { when: number }): void | Promise<void>;
  clear(name: string): Promise<unknown>;
}

/**
 * Forgets ended pauses and sets the one alarm for the next end (or clears it). `clearEnded` is
 * settings.ts's clearEndedPauses: it returns the next end still to come.
 */
export async function scheduleSnoozeEnd(alarms: Alarms, clearEnded: (now: number) => Promise<number>, now = Date.now()): Promise<number> {
  const next = await clearEnded(now);
  if (next > 0) await alarms.create(SNOOZE_ALARM, { when: next });
  else await alarms.clear(SNOOZE_ALARM);
  return next;
}
