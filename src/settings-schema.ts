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


/** What "Export settings" writes, and "Import settings" accepts. */
export const EXPORT_FORMAT = 'spoiler-shield-settings';

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  settings: {
    watchedEpisode: Record<string, number>;
    enabled: boolean;
    disabledSites: string[];
    notSpoilers: Record<string, string[]>;
  };
}

/** The settings as an export file (progress per show, as stored). */
export function exportSettings(progress: Record<string, number>, s: Settings): SettingsFile {
  return {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    settings: { watchedEpisode: progress, enabled: s.enabled, disabledSites: s.disabledSites, notSpoilers: s.notSpoilers },
  };
}

export type ImportResult = { ok: true; values: SettingsFile['settings'] } | { ok: false; error: string };

/**
 * Checks an imported file strictly: unlike a read from storage (which falls back field by
 * field), an import is all or nothing, and the message names what is wrong, so that the
 * reader's current settings stay untouched by a bad file. Version 1 files (a bare episode
 * count) are migrated like stored version 1 settings.
 */
export function parseSettingsFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const fail = (field: string, problem: string): ImportResult => ({ ok: false, error: `"${field}" ${problem}` });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('(file)', 'must be an object');
  const file = data as Partial<SettingsFile>;
  if (file.format !== EXPORT_FORMAT) return fail('format', `must be "${EXPORT_FORMAT}"`);
  if (file.version !== 1 && file.version !== SETTINGS_VERSION) return fail('version', `must be 1 or ${SETTINGS_VERSION}`);
  const s = file.settings as Record<string, unknown> | undefined;
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return fail('settings', 'must be an object');
  const known = new Set(['watchedEpisode', 'enabled', 'disabledSites', 'notSpoilers']);
  for (const key of Object.keys(s)) if (!known.has(key)) return fail(`settings.${key}`, 'is not a setting');

  const progressIn = file.version === 1 ? migrateProgressV1(s.watchedEpisode) : s.watchedEpisode;
  const progress = cleanProgress(progressIn);
  if (file.version === 1 ? typeof s.watchedEpisode !== 'number' || !(V1_SHOW in progress) : JSON.stringify(progress) !== JSON.stringify(progressIn)) {
    return fail('settings.watchedEpisode', file.version === 1 ? `must be a whole number from 0 to ${EPISODE_COUNT}` : 'must map show ids to whole numbers of episodes');
  }
  if (typeof s.enabled !== 'boolean') return fail('settings.enabled', 'must be true or false');
  if (!Array.isArray(s.disabledSites) || s.disabledSites.some((x) => typeof x !== 'string' || x.trim() === '')) {
    return fail('settings.disabledSites', 'must be a list of site names');
  }
  const notSpoilers = cleanNotSpoilers(s.notSpoilers);
  const given = s.notSpoilers as Record<string, unknown>;
  if (
    typeof given !== 'object' || given === null || Array.isArray(given) ||
    Object.values(given).some((keys) => !Array.isArray(keys) || keys.some((k) => typeof k !== 'string' || !/^[0-9a-f]{16}$/.test(k)))
  ) {
    return fail('settings.notSpoilers', 'must map sites to lists of passage keys');
  }
  return { ok: true, values: { watchedEpisode: progress, enabled: s.enabled, disabledSites: cleanDisabledSites(s.disabledSites), notSpoilers } };
}
