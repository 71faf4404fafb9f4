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
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { watchedEpisode: 0, enabled: true, disabledSites: [] };
export const EPISODE_COUNT = 6;

export const watchedEpisodeItem = storage.defineItem<number>('local:watchedEpisode', { fallback: 0, version: 1 });
export const enabledItem = storage.defineItem<boolean>('local:enabled', { fallback: true, version: 1 });
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 });

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

/** Reads every setting, each checked on its own. */
export async function readSettings(): Promise<Settings> {
  const [watchedEpisode, enabled, disabledSites] = await Promise.all([
    watchedEpisodeItem.getValue(),
    enabledItem.getValue(),
    disabledSitesItem.getValue(),
  ]);
  return {
    watchedEpisode: cleanWatchedEpisode(watchedEpisode),
    enabled: cleanEnabled(enabled),
    disabledSites: cleanDisabledSites(disabledSites),
  };
}

/** Calls `onChange` with fresh settings whenever one of them changes; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const unwatch = [watchedEpisodeItem, enabledItem, disabledSitesItem].map((item) =>
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
