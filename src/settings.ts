/**
 * Every setting, defined once with its fallback and version (WXT storage items),
 * for the popup and the background. Values read are checked field by field with
 * the checks in settings-schema.ts.
 */
import { storage } from 'wxt/utils/storage';
import { siteKey } from './site';
import {
  cleanDisabledSites,
  cleanOwnPlotPoints,
  DEFAULT_SETTINGS,
  nextUnwatched,
  withOwnPlotPoint,
  type AddOwnResult,
  type Look,
  type OwnPlotPoint,
  type RevealMode,
  cleanNotSpoilers,
  cleanProgress,
  cleanWatchedEpisode,
  migrateProgressV1,
  SETTINGS_VERSION,
  settingsFrom,
  V1_SHOW,
  withNotSpoiler,
  type Settings,
} from './settings-schema';
import { exportSettings, parseSettingsFile, type ImportResult } from './settings-file';

export * from './settings-schema';
export * from './settings-file';

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
export const lookItem = storage.defineItem<Look>('local:look', { fallback: DEFAULT_SETTINGS.look, version: 1 });
export const blurStrengthItem = storage.defineItem<number>('local:blurStrength', { fallback: DEFAULT_SETTINGS.blurStrength, version: 1 });
export const revealModeItem = storage.defineItem<RevealMode>('local:revealMode', { fallback: DEFAULT_SETTINGS.revealMode, version: 1 });
export const ownPlotPointsItem = storage.defineItem<OwnPlotPoint[]>('local:ownPlotPoints', { fallback: [], version: 1 });

const ITEMS = [
  watchedEpisodeItem,
  enabledItem,
  disabledSitesItem,
  notSpoilersItem,
  lookItem,
  blurStrengthItem,
  revealModeItem,
  ownPlotPointsItem,
] as const;

/** Reads every setting, each checked on its own. */
export async function readSettings(): Promise<Settings> {
  const [watchedEpisode, enabled, disabledSites, notSpoilers, look, blurStrength, revealMode, ownPlotPoints] = await Promise.all(
    ITEMS.map((item) => item.getValue() as Promise<unknown>),
  );
  return settingsFrom({ watchedEpisode, enabled, disabledSites, notSpoilers, look, blurStrength, revealMode, ownPlotPoints });
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
  const unwatch = ITEMS.map((item: { watch(cb: () => void): () => void }) =>
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

/** Adds one of the reader's own plot points (or moves one with the same text to `episode`). */
export async function addOwnPlotPoint(text: string, episode: number): Promise<AddOwnResult> {
  const result = withOwnPlotPoint(cleanOwnPlotPoints(await ownPlotPointsItem.getValue()), text, episode);
  if (result.ok) await ownPlotPointsItem.setValue(result.list);
  return result;
}

/** Adds a passage picked on a page ("Hide this as a spoiler"), tied to the next episode not watched. */
export async function hideAsSpoiler(text: string): Promise<AddOwnResult> {
  const { watchedEpisode } = await readSettings();
  return addOwnPlotPoint(text, nextUnwatched(watchedEpisode));
}

/** Removes the reader's own plot point with this text. */
export async function removeOwnPlotPoint(text: string): Promise<void> {
  const list = cleanOwnPlotPoints(await ownPlotPointsItem.getValue());
  await ownPlotPointsItem.setValue(list.filter((p) => p.text !== text));
}

/** Every setting back to its default, in one write. */
export async function resetSettings(): Promise<void> {
  const { watchedEpisode: _, ...rest } = DEFAULT_SETTINGS;
  await storage.setItems([
    { item: watchedEpisodeItem, value: {} },
    { item: enabledItem, value: rest.enabled },
    { item: disabledSitesItem, value: [] },
    { item: notSpoilersItem, value: {} },
    { item: lookItem, value: rest.look },
    { item: blurStrengthItem, value: rest.blurStrength },
    { item: revealModeItem, value: rest.revealMode },
    { item: ownPlotPointsItem, value: [] },
  ]);
}

/** The settings as an export file's text. */
export async function exportSettingsText(): Promise<string> {
  const [progress, settings] = await Promise.all([watchedEpisodeItem.getValue(), readSettings()]);
  return JSON.stringify(exportSettings(cleanProgress(progress), settings), null, 2);
}

/**
 * Imports an export file: every setting in it at once (one write), or, if anything in the file is
 * wrong, nothing at all, and the result says what.
 */
export async function importSettingsText(text: string): Promise<ImportResult> {
  const result = parseSettingsFile(text);
  if (!result.ok) return result;
  const v = result.values;
  const writes = [
    { item: watchedEpisodeItem, value: v.watchedEpisode },
    { item: enabledItem, value: v.enabled },
    { item: disabledSitesItem, value: v.disabledSites },
    { item: notSpoilersItem, value: v.notSpoilers },
    { item: lookItem, value: v.look },
    { item: blurStrengthItem, value: v.blurStrength },
    { item: revealModeItem, value: v.revealMode },
    { item: ownPlotPointsItem, value: v.ownPlotPoints },
  ].filter((w) => w.value !== undefined);
  await storage.setItems(writes as Parameters<typeof storage.setItems>[0]);
  return result;
}
