import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { HOUR_MS, pauseEndsAt, pauseEndText, scheduleSnoozeEnd, SNOOZE_ALARM } from '@/src/background/snooze';
import { translatorFor } from '@/src/i18n';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import {
  clearEndedPauses,
  cleanPausedSites,
  DEFAULT_SETTINGS,
  isShieldOn,
  pauseEnd,
  pauseShield,
  readSettings,
  resumeShield,
  settingsFrom,
  exportSettingsText,
} from '@/src/settings';

beforeEach(() => fakeBrowser.reset());

/** A local time today (the tests run in the machine's time zone, as the browser does). */
const at = (hours: number, minutes = 0, dayOffset = 0) => {
  const d = new Date(2026, 10, 26 + dayOffset, hours, minutes);
  return d.getTime();
};

describe('how long a pause lasts', () => {
  it('"for an hour" is an hour', () => {
    expect(pauseEndsAt('hour', at(14, 30))).toBe(at(15, 30));
  });

  it('"until tomorrow" ends at the next 6:00 that is at least an hour away', () => {
    expect(pauseEndsAt('tomorrow', at(14, 30))).toBe(at(6, 0, 1));
    expect(pauseEndsAt('tomorrow', at(23, 59))).toBe(at(6, 0, 1));
    // After midnight "tomorrow" is the coming morning…
    expect(pauseEndsAt('tomorrow', at(1, 0))).toBe(at(6, 0));
    // …unless that is less than an hour away.
    expect(pauseEndsAt('tomorrow', at(5, 30))).toBe(at(6, 0, 1));
    expect(pauseEndsAt('tomorrow', at(5, 0))).toBe(at(6, 0));
  });

  it('says until when, with the day when it is not today, in both languages', () => {
    const t = translatorFor(en);
    expect(pauseEndText(at(15, 30), at(14, 30), 'en-GB', t, 'here')).toBe('Paused on this site until 15:30');
    expect(pauseEndText(at(6, 0, 1), at(14, 30), 'en-GB', t, 'all')).toBe('Paused everywhere until Friday at 06:00');
    expect(pauseEndText(at(6, 0, 1), at(14, 30), 'es', translatorFor(es), 'all')).toBe('En pausa en todas partes hasta el viernes a las 06:00');
  });
});

describe('a pause as a setting', () => {
  it('keeps the shield off on its site (or everywhere) until its end, and is ignored after', () => {
    const s = { ...DEFAULT_SETTINGS, pausedSites: { 'news.example': at(15) } };
    expect(isShieldOn(s, 'www.news.example', at(14))).toBe(false);
    expect(isShieldOn(s, 'other.example', at(14))).toBe(true);
    expect(isShieldOn(s, 'news.example', at(15))).toBe(true);
    const all = { ...DEFAULT_SETTINGS, pausedUntil: at(15) };
    expect(isShieldOn(all, 'other.example', at(14))).toBe(false);
    expect(pauseEnd({ pausedUntil: at(15), pausedSites: { 'a.example': at(16) } }, 'a.example', at(14))).toBe(at(16));
  });

  it('is cleaned field by field: a bad end or site drops alone', () => {
    expect(cleanPausedSites({ 'WWW.A.example': at(15), 'b.example': 'soon', '': at(15), 'c.example': -5, 'd.example': 1.5 })).toEqual({ 'a.example': at(15) });
    expect(settingsFrom({ pausedUntil: 'later', pausedSites: [1], enabled: false })).toMatchObject({ pausedUntil: 0, pausedSites: {}, enabled: false });
  });

  it('is set, resumed and forgotten once ended; the alarm follows the next end', async () => {
    await pauseShield(at(15), 'www.a.example');
    await pauseShield(at(16));
    expect(await readSettings()).toMatchObject({ pausedUntil: at(16), pausedSites: { 'a.example': at(15) } });
    const created: Array<[string, number]> = [];
    const alarms = { create: (name: string, info: { when: number }) => void created.push([name, info.when]), clear: async () => true };
    expect(await scheduleSnoozeEnd(alarms, clearEndedPauses, at(14))).toBe(at(15));
    expect(created).toEqual([[SNOOZE_ALARM, at(15)]]);
    expect(await scheduleSnoozeEnd(alarms, clearEndedPauses, at(15, 1))).toBe(at(16));
    expect(await readSettings()).toMatchObject({ pausedUntil: at(16), pausedSites: {} });
    await resumeShield('a.example');
    expect(await readSettings()).toMatchObject({ pausedUntil: 0, pausedSites: {} });
    let cleared = false;
    expect(await scheduleSnoozeEnd({ ...alarms, clear: async () => (cleared = true) }, clearEndedPauses, at(17))).toBe(0);
    expect(cleared).toBe(true);
  });

  it('"Resume" on a site ends only that site’s pause and the one everywhere', async () => {
    await pauseShield(at(15), 'a.example');
    await pauseShield(at(15), 'b.example');
    await pauseShield(at(15));
    await resumeShield('a.example');
    expect(await readSettings()).toMatchObject({ pausedUntil: 0, pausedSites: { 'b.example': at(15) } });
  });

  it('is left out of the export file (a pause is for this machine and this moment)', async () => {
    await pauseShield(Date.now() + HOUR_MS);
    const file = JSON.parse(await exportSettingsText());
    expect(Object.keys(file.settings)).not.toContain('pausedUntil');
    expect(Object.keys(file.settings)).not.toContain('pausedSites');
  });
});
