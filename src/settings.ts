/**
 * Every setting, defined once with its fallback and version (WXT storage items),
 * for the popup and the background. Values read are checked field by field with
 * the checks in settings-schema.ts.
 */
import { storage } from 'wxt/utils/storage';
import { siteKey } from './site';
import {
  cleanDisabledSites,
  cleanNotSpoilers,
  cleanProgress,
  cleanWatchedEpisode,
  exportSettings,
  parseSettingsFile,
  type ImportResult,
  migrateProgressV1,
  SETTINGS_VERSION,
  settingsFrom,
  V1_SHOW,
  withNotSpoiler,
  type Settings,
} from './settings-schema';

export * from './settings-schema';

/**
 * Progress per show. Version 1 (0.1.0) stored a bare number for Prison Cell 211; version 2
 * stores `{ [showId]: episodes }`. WXT runs the migration when the popup or background
 * first defines the item; readers also accept a bare number (see cleanProgress).
 */
export const watchedEpisodeItem = storage.defineItem<Record<string, number>>('local:watchedEpisode', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: { 2: migrateProgressV1 },
});
export const enabledItem = storage.defineItem<boolean>('local:enabled', { fallback: true, version: 1 });
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 });
export const notSpoilersItem = storage.defineItem<Record<string, string[]>>('local:notSpoilers', { fallback: {}, version: 1 });

/** Reads every setting, each checked on its own. */
export async function readSettings(): Promise<Settings> {
  const [watchedEpisode, enabled, disabledSites, notSpoilers] = await Promise.all([
    watchedEpisodeItem.getValue(),
    enabledItem.getValue(),
    disabledSitesItem.getValue(),
    notSpoilersItem.getValue(),
  ]);
  return settingsFrom({ watchedEpisode, enabled, disabledSites, notSpoilers });
}

/** Sets the episodes watched of Prison Cell 211, keeping any other show's progress. */
export async function setWatchedEpisode(episodes: number): Promise<void> {
  const progress = cleanProgress(await watchedEpisodeItem.getValue());
  await watchedEpisodeItem.setValue({ ...progress, [V1_SHOW]: cleanWatchedEpisode(episodes) });
}

/** Remembers that a passage (by its text key) is not a spoiler on a site. */
export async function rememberNotSpoiler(hostname: string, key: string): Promise<void> {
  await notSpoilersItem.setValue(withNotSpoiler(cleanNotSpoilers(await notSpoilersItem.getValue()), hostname, key));
}

/** Calls `onChange` with fresh settings whenever one of them changes; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const unwatch = [watchedEpisodeItem, enabledItem, disabledSitesItem, notSpoilersItem].map((item) =>
    item.watch(() => void readSettings().then(onChange)),
  );
  return () => unwatch.forEach((u) => u());
}

/** Turns the shield on or off for one site. */
export async function setSiteEnabled(hostname: string, on: boolean): Promise<void> {
  const site = siteKey(hostname);
  const sites = cleanDisabledSites(await disabledSitesItem.getValue()).filter((s) => s !== site);
  await disabledSitesItem.setValue(on ? sites : [...sites, site]);
}

/** The settings as an export file's text. */
export async function exportSettingsText(): Promise<string> {
  const [progress, settings] = await Promise.all([watchedEpisodeItem.getValue(), readSettings()]);
  return JSON.stringify(exportSettings(cleanProgress(progress), settings), null, 2);
}

/**
 * Imports an export file: every setting at once (one write), or, if anything in the file is
 * wrong, nothing at all, and the error says what.
 */
export async function importSettingsText(text: string): Promise<ImportResult> {
  const result = parseSettingsFile(text);
  if (!result.ok) return result;
  await storage.setItems([
    { item: watchedEpisodeItem, value: result.values.watchedEpisode },
    { item: enabledItem, value: result.values.enabled },
    { item: disabledSitesItem, value: result.values.disabledSites },
    { item: notSpoilersItem, value: result.values.notSpoilers },
  ]);
  return result;
}
