/**
 * Every setting, defined once with its fallback and version. Values read from
 * storage are checked field by field: a malformed value falls back alone, and the
 * rest of what the reader set is kept.
 */
import { storage } from 'wxt/utils/storage';
import { siteKey } from './site';

export interface Settings {
  /** Episodes watched, 0 = nothing yet. */
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

export const watchedEpisodeItem = storage.defineItem<number>('local:watchedEpisode', { fallback: 0, version: 1 });
export const enabledItem = storage.defineItem<boolean>('local:enabled', { fallback: true, version: 1 });
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 });
export const notSpoilersItem = storage.defineItem<Record<string, string[]>>('local:notSpoilers', { fallback: {}, version: 1 });

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

/** Reads every setting, each checked on its own. */
export async function readSettings(): Promise<Settings> {
  const [watchedEpisode, enabled, disabledSites, notSpoilers] = await Promise.all([
    watchedEpisodeItem.getValue(),
    enabledItem.getValue(),
    disabledSitesItem.getValue(),
    notSpoilersItem.getValue(),
  ]);
  return {
    watchedEpisode: cleanWatchedEpisode(watchedEpisode),
    enabled: cleanEnabled(enabled),
    disabledSites: cleanDisabledSites(disabledSites),
    notSpoilers: cleanNotSpoilers(notSpoilers),
  };
}

/** Remembers that a passage (by its text key) is not a spoiler on a site. */
export async function rememberNotSpoiler(hostname: string, key: string): Promise<void> {
  const site = siteKey(hostname);
  const all = cleanNotSpoilers(await notSpoilersItem.getValue());
  const keys = (all[site] ?? []).filter((k) => k !== key);
  all[site] = [...keys, key].slice(-NOT_SPOILERS_PER_SITE);
  await notSpoilersItem.setValue(all);
}

/** Calls `onChange` with fresh settings whenever one of them changes; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const unwatch = [watchedEpisodeItem, enabledItem, disabledSitesItem, notSpoilersItem].map((item) =>
    item.watch(() => void readSettings().then(onChange)),
  );
  return () => unwatch.forEach((u) => u());
}

/** Whether the shield runs on `hostname` under `settings`. */
export function isShieldOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

/** Turns the shield on or off for one site. */
export async function setSiteEnabled(hostname: string, on: boolean): Promise<void> {
  const site = siteKey(hostname);
  const sites = cleanDisabledSites(await disabledSitesItem.getValue()).filter((s) => s !== site);
  await disabledSitesItem.setValue(on ? sites : [...sites, site]);
}
