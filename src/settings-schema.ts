/**
 * The settings' shape and the checks applied to every value read: a malformed
 * value falls back alone, and the rest of what the reader set is kept. No
 * extension API here, so the content script can use it without the storage
 * layer the popup and background use (src/settings.ts).
 */
import { siteKey } from './site';
import type { OwnPlotPoint } from './decide/own-keywords';

export type { OwnPlotPoint };
/** How hidden passages look: blurred, or covered by a solid bar. */
export type Look = 'blur' | 'bar';
/** How a hidden passage is revealed with a pointer: a click, or a press held for a moment. */
export type RevealMode = 'click' | 'hold';

export interface Settings {
  /** Episodes of the current show (CURRENT_SHOW_ID) watched, 0 = nothing yet (stored per show, see cleanProgress). */
  watchedEpisode: number;
  /** The global switch. */
  enabled: boolean;
  /** Sites (see siteKey) where the shield is off. */
  disabledSites: string[];
  /** Per site, the keys (see textKey) of passages the reader said are not spoilers. */
  notSpoilers: Record<string, string[]>;
  look: Look;
  /** How strong the blur is, 1 (light) to 5 (strong); ignored by the solid bar. */
  blurStrength: number;
  revealMode: RevealMode;
  /** The reader's own plot points, for Prison Cell 211, oldest first. */
  ownPlotPoints: OwnPlotPoint[];
  /** A pause everywhere ("snooze"): the shield is off until this time (ms since the epoch); 0 = none. */
  pausedUntil: number;
  /** Pauses per site (see siteKey): site → the time its pause ends. */
  pausedSites: Record<string, number>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  watchedEpisode: 0,
  enabled: true,
  disabledSites: [],
  notSpoilers: {},
  look: 'blur',
  blurStrength: 3,
  revealMode: 'click',
  ownPlotPoints: [],
  pausedUntil: 0,
  pausedSites: {},
};
export const BLUR_STRENGTH_MAX = 5;
/** How many plot points of their own a reader may keep, and how long each may be. */
export const OWN_PLOT_POINTS_MAX = 200;
export const OWN_PLOT_POINT_TEXT_MAX = 100;
/** How many "Not a spoiler" decisions a site keeps; the oldest go first. */
export const NOT_SPOILERS_PER_SITE = 500;
export const EPISODE_COUNT = 6;

/** The storage.local keys, one per setting. */
export const SETTING_KEYS = ['watchedEpisode', 'enabled', 'disabledSites', 'notSpoilers', 'look', 'blurStrength', 'revealMode', 'ownPlotPoints', 'pausedUntil', 'pausedSites'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/**
 * The show the extension covers (the only one for now): its progress is the one read and set.
 * Version 1 of the settings kept this show's progress as a bare number.
 */
export const CURRENT_SHOW_ID = 'prison-cell-211';
/** The settings' schema version (see settings.ts for the migration). */
export const SETTINGS_VERSION = 2;

const SHOW_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Progress per show (schema version 2): show id → episodes watched. A bare number is
 * version 1's progress, for Prison Cell 211 (the only show then), and is read as such,
 * so that a value written before the migration ran is never lost. Malformed entries
 * are dropped one by one.
 */
export function cleanProgress(value: unknown): Record<string, number> {
  if (typeof value === 'number') return value === cleanWatchedEpisode(value) ? { [CURRENT_SHOW_ID]: value } : {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, number> = {};
  for (const [show, episodes] of Object.entries(value)) {
    if (SHOW_ID.test(show) && typeof episodes === 'number' && Number.isInteger(episodes) && episodes >= 0 && episodes <= 999) out[show] = episodes;
  }
  return out;
}

/**
 * Version 1 → 2: the bare episode count becomes Prison Cell 211's entry; anything malformed becomes no
 * progress. A value already per show is kept: sync (src/background/sync.ts) may write one before the
 * item's version is recorded, and WXT then runs this migration on it.
 */
export function migrateProgressV1(v1: unknown): Record<string, number> {
  return cleanProgress(v1);
}

/** A valid episode count, or the fallback. */
export function cleanWatchedEpisode(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= EPISODE_COUNT
    ? value
    : DEFAULT_SETTINGS.watchedEpisode;
}

/** A boolean, or the fallback. */
export function cleanEnabled(value: unknown): boolean {
  return typeof value === 'boolean' ? value : DEFAULT_SETTINGS.enabled;
}

/** The valid, distinct site keys in `value`; anything else is dropped. */
export function cleanDisabledSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = value.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(siteKey);
  return [...new Set(sites)];
}

/** The well-formed site → keys entries of `value`; anything else is dropped. */
export function cleanNotSpoilers(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, string[]> = {};
  for (const [site, keys] of Object.entries(value)) {
    if (!Array.isArray(keys)) continue;
    const good = keys.filter((k): k is string => typeof k === 'string' && /^[0-9a-f]{16}$/.test(k));
    if (good.length > 0) out[siteKey(site)] = [...new Set(good)].slice(-NOT_SPOILERS_PER_SITE);
  }
  return out;
}

export function cleanLook(value: unknown): Look {
  return value === 'blur' || value === 'bar' ? value : DEFAULT_SETTINGS.look;
}

export function cleanBlurStrength(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= BLUR_STRENGTH_MAX ? value : DEFAULT_SETTINGS.blurStrength;
}

export function cleanRevealMode(value: unknown): RevealMode {
  return value === 'click' || value === 'hold' ? value : DEFAULT_SETTINGS.revealMode;
}

/** A pause's end time, or 0 (none) for anything that is not a whole number of ms. */
export function cleanPausedUntil(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/** The well-formed site → end time entries of `value`. */
export function cleanPausedSites(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, number> = {};
  for (const [site, until] of Object.entries(value)) {
    if (site.trim() !== '' && cleanPausedUntil(until) > 0) out[siteKey(site)] = until as number;
  }
  return out;
}

/** When the pause that keeps the shield off on `hostname` ends (the later of everywhere's and the site's), or 0 when none runs at `now`. */
export function pauseEnd(settings: Pick<Settings, 'pausedUntil' | 'pausedSites'>, hostname: string, now: number): number {
  const end = Math.max(settings.pausedUntil, hostname ? (settings.pausedSites[siteKey(hostname)] ?? 0) : 0);
  return end > now ? end : 0;
}

/** A plot point's text as kept: trimmed, inner runs of space made one. */
export function ownPlotPointText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `text` (after ownPlotPointText) can be a plot point: not too long, with a letter or digit. */
export function isOwnPlotPointText(text: string): boolean {
  return text.length > 0 && text.length <= OWN_PLOT_POINT_TEXT_MAX && /[\p{L}\p{N}]/u.test(text);
}

export function isOwnPlotPoint(value: unknown): value is OwnPlotPoint {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.text === 'string' && isOwnPlotPointText(ownPlotPointText(p.text)) &&
    typeof p.episode === 'number' && Number.isInteger(p.episode) && p.episode >= 1 && p.episode <= EPISODE_COUNT
  );
}

/** The well-formed plot points of `value`, one per text (case and accents aside), the newest kept. */
export function cleanOwnPlotPoints(value: unknown): OwnPlotPoint[] {
  if (!Array.isArray(value)) return [];
  const byText = new Map<string, OwnPlotPoint>();
  for (const p of value) {
    if (!isOwnPlotPoint(p)) continue;
    const text = ownPlotPointText(p.text);
    const key = foldText(text);
    byText.delete(key);
    byText.set(key, { text, episode: p.episode });
  }
  return [...byText.values()].slice(-OWN_PLOT_POINTS_MAX);
}

function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export type AddOwnPlotPointResult = { ok: true; list: OwnPlotPoint[]; point: OwnPlotPoint } | { ok: false; problem: 'optKeywordInvalid' | 'optKeywordsFull' };

/** `list` with a new plot point (one already there with the same text takes the new episode). */
export function withOwnPlotPoint(list: readonly OwnPlotPoint[], text: string, episode: number): AddOwnPlotPointResult {
  const point = { text: ownPlotPointText(text), episode };
  if (!isOwnPlotPoint(point)) return { ok: false, problem: 'optKeywordInvalid' };
  const others = list.filter((p) => foldText(p.text) !== foldText(point.text));
  if (others.length >= OWN_PLOT_POINTS_MAX) return { ok: false, problem: 'optKeywordsFull' };
  return { ok: true, list: [...others, point], point };
}

/** The episode a passage picked from a page belongs to: the next one the reader has not watched. */
export function nextUnwatched(watchedEpisode: number): number {
  return Math.min(cleanWatchedEpisode(watchedEpisode) + 1, EPISODE_COUNT);
}

/** Settings from raw storage values, each field checked on its own. */
export function settingsFrom(raw: Record<string, unknown>): Settings {
  return {
    watchedEpisode: cleanWatchedEpisode(cleanProgress(raw.watchedEpisode)[CURRENT_SHOW_ID] ?? DEFAULT_SETTINGS.watchedEpisode),
    enabled: cleanEnabled(raw.enabled ?? DEFAULT_SETTINGS.enabled),
    disabledSites: cleanDisabledSites(raw.disabledSites ?? []),
    notSpoilers: cleanNotSpoilers(raw.notSpoilers ?? {}),
    look: cleanLook(raw.look),
    blurStrength: cleanBlurStrength(raw.blurStrength),
    revealMode: cleanRevealMode(raw.revealMode),
    ownPlotPoints: cleanOwnPlotPoints(raw.ownPlotPoints),
    pausedUntil: cleanPausedUntil(raw.pausedUntil),
    pausedSites: cleanPausedSites(raw.pausedSites),
  };
}

/** How much of a passage the settings keep to show it in the "Not a spoiler" list. */
export const NOT_SPOILER_EXCERPT_MAX = 80;

/** A passage's first words as kept: spaces made one, at most NOT_SPOILER_EXCERPT_MAX characters, cut after a word ("…"). */
export function notSpoilerExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= NOT_SPOILER_EXCERPT_MAX) return flat;
  const cut = flat.slice(0, NOT_SPOILER_EXCERPT_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > NOT_SPOILER_EXCERPT_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The well-formed excerpts of `value`, only for the passages `notSpoilers` still lists. */
export function cleanExcerpts(value: unknown, notSpoilers: Record<string, string[]>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [site, byKey] of Object.entries(value as Record<string, unknown>)) {
    const keys = notSpoilers[site];
    if (!keys || typeof byKey !== 'object' || byKey === null) continue;
    for (const key of keys) {
      const text = (byKey as Record<string, unknown>)[key];
      if (typeof text === 'string' && text !== '') (out[site] ??= {})[key] = notSpoilerExcerpt(text);
    }
  }
  return out;
}

/** `all` with `key` remembered as not a spoiler on `hostname`'s site (newest last, oldest dropped past the limit). */
export function withNotSpoiler(all: Record<string, string[]>, hostname: string, key: string): Record<string, string[]> {
  const site = siteKey(hostname);
  const keys = (all[site] ?? []).filter((k) => k !== key);
  return { ...all, [site]: [...keys, key].slice(-NOT_SPOILERS_PER_SITE) };
}

/** Whether the shield runs on `hostname` under `settings` at `now`: switched on, and not paused there. */
export function isShieldOn(settings: Settings, hostname: string, now = Date.now()): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname)) && pauseEnd(settings, hostname, now) === 0;
}
