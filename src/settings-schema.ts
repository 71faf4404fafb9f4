/**
 * The settings' shape and the checks applied to every value read: a malformed
 * value falls back alone, and the rest of what the reader set is kept. No
 * extension API here, so the content script can use it without the storage
 * layer the popup and background use (src/settings.ts).
 */
import { siteKey } from './site';

export interface Settings {
  /** Episodes of Prison Cell 211 watched, 0 = nothing yet (stored per show, see cleanProgress). */
  watchedEpisode: number;
  /** The global switch. */
  enabled: boolean;
  /** Sites (see siteKey) where the shield is off. */
  disabledSites: string[];
  /** Per site, the keys (see textKey) of passages the reader said are not spoilers. */
  notSpoilers: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { watchedEpisode: 0, enabled: true, disabledSites: [], notSpoilers: {} };
/** How many "Not a spoiler" decisions a site keeps; the oldest go first. */
export const NOT_SPOILERS_PER_SITE = 500;
export const EPISODE_COUNT = 6;

/** The storage.local keys, one per setting. */
export const SETTING_KEYS = ['watchedEpisode', 'enabled', 'disabledSites', 'notSpoilers'] as const;

/** The show whose progress version 1 of the settings kept, as a bare number. */
export const V1_SHOW = 'prison-cell-211';
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
  if (typeof value === 'number') return value === cleanWatchedEpisode(value) ? { [V1_SHOW]: value } : {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, number> = {};
  for (const [show, episodes] of Object.entries(value)) {
    if (SHOW_ID.test(show) && typeof episodes === 'number' && Number.isInteger(episodes) && episodes >= 0 && episodes <= 999) out[show] = episodes;
  }
  return out;
}

/** Version 1 → 2: the bare episode count becomes Prison Cell 211's entry; anything malformed becomes no progress. */
export function migrateProgressV1(v1: unknown): Record<string, number> {
  return cleanProgress(typeof v1 === 'number' ? v1 : undefined);
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

/** Settings from raw storage values, each field checked on its own. */
export function settingsFrom(raw: Record<string, unknown>): Settings {
  return {
    watchedEpisode: cleanWatchedEpisode(cleanProgress(raw.watchedEpisode)[V1_SHOW] ?? DEFAULT_SETTINGS.watchedEpisode),
    enabled: cleanEnabled(raw.enabled ?? DEFAULT_SETTINGS.enabled),
    disabledSites: cleanDisabledSites(raw.disabledSites ?? []),
    notSpoilers: cleanNotSpoilers(raw.notSpoilers ?? {}),
  };
}

/** `all` with `key` remembered as not a spoiler on `hostname`'s site (newest last, oldest dropped past the limit). */
export function withNotSpoiler(all: Record<string, string[]>, hostname: string, key: string): Record<string, string[]> {
  const site = siteKey(hostname);
  const keys = (all[site] ?? []).filter((k) => k !== key);
  return { ...all, [site]: [...keys, key].slice(-NOT_SPOILERS_PER_SITE) };
}

/** Whether the shield runs on `hostname` under `settings`. */
export function isShieldOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

