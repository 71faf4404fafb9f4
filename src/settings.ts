/**
 * Every setting, defined once with its fallback and version (WXT storage items),
 * for the popup and the background. Values read are checked field by field with
 * the checks in settings-schema.ts.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { siteKey } from './site';
import {
  cleanDisabledSites,
  cleanOwnPlotPoints,
  DEFAULT_SETTINGS,
  episodeCount,
  nextUnwatched,
  withOwnPlotPoint,
  type AddOwnPlotPointResult,
  type Look,
  type OwnPlotPoint,
  type RevealMode,
  cleanNotSpoilers,
  cleanProgress,
  cleanEpisodesOf,
  cleanFollowedShows,
  migrateOwnPlotPointsV1,
  migrateProgressV1,
  cleanPausedSites,
  cleanPausedUntil,
  cleanExcerpts,
  notSpoilerExcerpt,
  SETTINGS_VERSION,
  settingsFrom,
  CURRENT_SHOW_ID,
  withNotSpoiler,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
} from './settings-schema';
import { exportSettings, parseSettingsFile, type ImportResult, type StoredSettings } from './settings-file';

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
/** Version 2 gives each plot point its show; version 1's (no show) were Prison Cell 211's. Readers accept either (cleanOwnPlotPoints). */
export const ownPlotPointsItem = storage.defineItem<OwnPlotPoint[]>('local:ownPlotPoints', {
  fallback: [],
  version: 2,
  migrations: { 2: migrateOwnPlotPointsV1 },
});
/** The shows the reader follows; Prison Cell 211 alone until the reader chooses (welcome page, settings). */
export const followedShowsItem = storage.defineItem<string[]>('local:followedShows', { fallback: [...DEFAULT_SETTINGS.followedShows], version: 1 });
export const pausedUntilItem = storage.defineItem<number>('local:pausedUntil', { fallback: 0, version: 1 });
export const pausedSitesItem = storage.defineItem<Record<string, number>>('local:pausedSites', { fallback: {}, version: 1 });
/**
 * What the reader saw of each passage they said is not a spoiler, for the settings' list: site → text
 * key → the passage's first words (NOT_SPOILER_EXCERPT_MAX characters). Only in this machine's local
 * storage: never synced, never exported, and gone with the decision it describes.
 */
export const notSpoilerExcerptsItem = storage.defineItem<Record<string, Record<string, string>>>('local:notSpoilerExcerpts', { fallback: {}, version: 1 });

/** Each setting's item, by its storage key. */
const ITEMS: Record<SettingKey, WxtStorageItem<any, any>> = {
  watchedEpisode: watchedEpisodeItem,
  enabled: enabledItem,
  disabledSites: disabledSitesItem,
  notSpoilers: notSpoilersItem,
  look: lookItem,
  blurStrength: blurStrengthItem,
  revealMode: revealModeItem,
  ownPlotPoints: ownPlotPointsItem,
  followedShows: followedShowsItem,
  pausedUntil: pausedUntilItem,
  pausedSites: pausedSitesItem,
};

/** Reads every setting, each checked on its own. */
export async function readSettings(): Promise<Settings> {
  const values = await Promise.all(SETTING_KEYS.map(async (key) => [key, (await ITEMS[key].getValue()) as unknown] as const));
  return settingsFrom(Object.fromEntries(values));
}

/** Writes the settings given, as stored, in one write. */
async function writeStored(values: Partial<StoredSettings>): Promise<void> {
  await storage.setItems(SETTING_KEYS.filter((key) => values[key] !== undefined).map((key) => ({ item: ITEMS[key], value: values[key] })));
}

/** Sets the episodes of Prison Cell 211 (CURRENT_SHOW_ID) watched, keeping any other show's progress. */
export async function setWatchedEpisode(episodes: number): Promise<void> {
  await setProgress(CURRENT_SHOW_ID, episodes);
}

/**
 * Sets the episodes of `showId` watched (a film: 0 or 1), keeping every other show's progress, also of
 * shows not shipped; a count the show cannot have becomes 0.
 */
export async function setProgress(showId: string, episodes: number): Promise<void> {
  const progress = cleanProgress(await watchedEpisodeItem.getValue());
  await watchedEpisodeItem.setValue({ ...progress, [showId]: cleanEpisodesOf(showId, episodes) });
}

/** Follows or stops following one shipped show; the others stay as they are. */
export async function setFollowed(showId: string, follow: boolean): Promise<void> {
  const followed = cleanFollowedShows(await followedShowsItem.getValue()).filter((id) => id !== showId);
  await followedShowsItem.setValue(cleanFollowedShows(follow ? [...followed, showId] : followed));
}

/** Remembers that a passage (by its text key) is not a spoiler on a site, with its first words when given. */
export async function rememberNotSpoiler(hostname: string, key: string, excerpt?: string): Promise<void> {
  const list = withNotSpoiler(cleanNotSpoilers(await notSpoilersItem.getValue()), hostname, key);
  const site = siteKey(hostname);
  const all = cleanExcerpts(await notSpoilerExcerptsItem.getValue(), list);
  const text = excerpt === undefined ? '' : notSpoilerExcerpt(excerpt);
  if (text) all[site] = { ...all[site], [key]: text };
  await storage.setItems([
    { item: notSpoilersItem, value: list },
    { item: notSpoilerExcerptsItem, value: all },
  ]);
}

/** The passages said not to be spoilers, per site, newest first, each with its first words ('' when unknown). */
export async function readNotSpoilerList(): Promise<Array<{ site: string; passages: Array<{ key: string; excerpt: string }> }>> {
  const [list, excerpts] = await Promise.all([notSpoilersItem.getValue(), notSpoilerExcerptsItem.getValue()]);
  const clean = cleanNotSpoilers(list);
  const words = cleanExcerpts(excerpts, clean);
  return Object.keys(clean)
    .sort()
    .map((site) => ({ site, passages: [...clean[site]!].reverse().map((key) => ({ key, excerpt: words[site]?.[key] ?? '' })) }));
}

/** Undoes "Not a spoiler" for one passage of a site (`key` given), or for all of the site's: they are hidden again. */
export async function forgetNotSpoilers(site: string, key?: string): Promise<void> {
  const list = cleanNotSpoilers(await notSpoilersItem.getValue());
  const kept = key === undefined ? [] : (list[site] ?? []).filter((k) => k !== key);
  if (kept.length > 0) list[site] = kept;
  else delete list[site];
  await storage.setItems([
    { item: notSpoilersItem, value: list },
    { item: notSpoilerExcerptsItem, value: cleanExcerpts(await notSpoilerExcerptsItem.getValue(), list) },
  ]);
}

/** Pauses the shield until `until` (ms since the epoch): on one site (its hostname given), or everywhere. */
export async function pauseShield(until: number, hostname?: string): Promise<void> {
  if (hostname === undefined) return pausedUntilItem.setValue(until);
  const sites = cleanPausedSites(await pausedSitesItem.getValue());
  await pausedSitesItem.setValue({ ...sites, [siteKey(hostname)]: until });
}

/** Ends every pause that keeps the shield off on `hostname` (the one everywhere too); without a hostname, the one everywhere. */
export async function resumeShield(hostname?: string): Promise<void> {
  const sites = cleanPausedSites(await pausedSitesItem.getValue());
  if (hostname !== undefined) delete sites[siteKey(hostname)];
  await storage.setItems([
    { item: pausedUntilItem, value: 0 },
    { item: pausedSitesItem, value: sites },
  ]);
}

/** Forgets the pauses that have ended by `now`; returns when the next one still running ends (0: none). */
export async function clearEndedPauses(now: number): Promise<number> {
  const [until, sites] = await Promise.all([pausedUntilItem.getValue(), pausedSitesItem.getValue()]);
  const running = Object.fromEntries(Object.entries(cleanPausedSites(sites)).filter(([, end]) => end > now));
  const everywhere = cleanPausedUntil(until) > now ? cleanPausedUntil(until) : 0;
  if (everywhere !== until || Object.keys(running).length !== Object.keys(sites ?? {}).length) {
    await storage.setItems([
      { item: pausedUntilItem, value: everywhere },
      { item: pausedSitesItem, value: running },
    ]);
  }
  const ends = [everywhere, ...Object.values(running)].filter((end) => end > 0);
  return ends.length > 0 ? Math.min(...ends) : 0;
}

/** Calls `onChange` with fresh settings whenever one of them changes; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const unwatch = Object.values(ITEMS).map((item) =>
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

/** Adds one of the reader's own plot points to `show` (or moves one of that show with the same text to `episode`). */
export async function addOwnPlotPoint(text: string, episode: number, show = CURRENT_SHOW_ID): Promise<AddOwnPlotPointResult> {
  const result = withOwnPlotPoint(cleanOwnPlotPoints(await ownPlotPointsItem.getValue()), text, episode, show);
  if (result.ok) await ownPlotPointsItem.setValue(result.list);
  return result;
}

/**
 * Adds a passage picked on a page ("Hide this as a spoiler") to `show` (by default the first show
 * followed, else Prison Cell 211), tied to the next episode of it not watched.
 */
export async function hideAsSpoiler(text: string, show?: string): Promise<AddOwnPlotPointResult> {
  const target = hideTarget(await readSettings(), show);
  return addOwnPlotPoint(text, target.episode, target.showId);
}

/**
 * Where "Hide this as a spoiler" puts a passage: the show (the first followed one unless given), the
 * next episode of it the reader has not watched, and whether every episode of it is watched already.
 */
export function hideTarget(settings: Settings, show?: string): { showId: string; episode: number; allWatched: boolean } {
  const showId = show ?? settings.followedShows[0] ?? CURRENT_SHOW_ID;
  const watched = settings.progress[showId] ?? 0;
  return { showId, episode: nextUnwatched(watched, showId), allWatched: watched >= episodeCount(showId) };
}

/** Removes the reader's own plot point with this text (of `show`, Prison Cell 211 by default). */
export async function removeOwnPlotPoint(text: string, show = CURRENT_SHOW_ID): Promise<void> {
  const list = cleanOwnPlotPoints(await ownPlotPointsItem.getValue());
  await ownPlotPointsItem.setValue(list.filter((p) => p.text !== text || p.show !== show));
}

/** Every setting back to its default, in one write (the "Not a spoiler" passages' first words go too). */
export async function resetSettings(): Promise<void> {
  await storage.setItems([
    ...SETTING_KEYS.map((key) => ({ item: ITEMS[key], value: key === 'watchedEpisode' ? {} : DEFAULT_SETTINGS[key] })),
    { item: notSpoilerExcerptsItem, value: {} },
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
  await writeStored(result.values);
  return result;
}
