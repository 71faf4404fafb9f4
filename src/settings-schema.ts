/**
 * The settings' shape and the checks applied to every value read: a malformed
 * value falls back alone, and the rest of what the reader set is kept. No
 * extension API here, so the content script can use it without the storage
 * layer the popup and background use (src/settings.ts).
 */
import { siteKey } from './site';
import type { OwnPlotPoint as MatchedPlotPoint } from './decide/own-keywords';
import { SHIPPED_SHOWS, shippedShow } from './catalog/shipped';

/** One of the reader's own plot points: a word or phrase, the episode it belongs to, and its show (a shipped show's id). */
export interface OwnPlotPoint extends MatchedPlotPoint {
  show: string;
}
/** How hidden passages look: blurred, or covered by a solid bar. */
export type Look = 'blur' | 'bar';
/** How a hidden passage is revealed with a pointer: a click, or a press held for a moment. */
export type RevealMode = 'click' | 'hold';

export interface Settings {
  /**
   * Episodes of Prison Cell 211 (CURRENT_SHOW_ID) watched, 0 = nothing yet: `progress[CURRENT_SHOW_ID]`, kept for
   * code that knows one show only. Per show, read `progress`.
   */
  watchedEpisode: number;
  /** Episodes watched per shipped show (a film: 0 not watched, 1 watched); a show absent has 0. Stored under `watchedEpisode`. */
  progress: Record<string, number>;
  /** The shows the reader follows (ids of SHIPPED_SHOWS, in their display order). */
  followedShows: string[];
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
  /** The reader's own plot points, each of a shipped show, oldest first. */
  ownPlotPoints: OwnPlotPoint[];
  /** A pause everywhere ("snooze"): the shield is off until this time (ms since the epoch); 0 = none. */
  pausedUntil: number;
  /** Pauses per site (see siteKey): site → the time its pause ends. */
  pausedSites: Record<string, number>;
}

/**
 * The show the extension covered alone before several shows: version 1 of the settings kept its
 * progress as a bare number, own plot points without a show are its own, and it is followed by
 * default until the reader chooses (on the welcome page or in the settings).
 */
export const CURRENT_SHOW_ID = 'prison-cell-211';

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  watchedEpisode: 0,
  progress: {},
  followedShows: [CURRENT_SHOW_ID],
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

/** How many episodes a shipped show has (a film: 1); 0 for an id that is not shipped. */
export function episodeCount(showId: string): number {
  return shippedShow(showId)?.episodes.length ?? 0;
}

/**
 * Prison Cell 211's episode count, for code that still knows that one show only (the content script,
 * `scan`). Per show, use episodeCount.
 */
export const EPISODE_COUNT = episodeCount(CURRENT_SHOW_ID);

/** The storage.local keys, one per setting (`watchedEpisode` holds the progress of every show). */
export const SETTING_KEYS = ['watchedEpisode', 'enabled', 'disabledSites', 'notSpoilers', 'look', 'blurStrength', 'revealMode', 'ownPlotPoints', 'followedShows', 'pausedUntil', 'pausedSites'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
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

/** Whether `value` is a number of episodes `showId` (a shipped show) can have been watched: 0 to its episode count. */
export function isProgressOf(showId: string, value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= episodeCount(showId);
}

/** A valid episode count of Prison Cell 211, or 0 (nothing yet). */
export function cleanWatchedEpisode(value: unknown): number {
  return cleanEpisodesOf(CURRENT_SHOW_ID, value);
}

/** A valid episode count of `showId`, or 0 (nothing yet). */
export function cleanEpisodesOf(showId: string, value: unknown): number {
  return isProgressOf(showId, value) ? value : DEFAULT_SETTINGS.watchedEpisode;
}

/**
 * The progress of each shipped show, from the stored `watchedEpisode` (see cleanProgress): each entry
 * is checked against its own show's episode count, and one out of range falls back alone to 0 (left
 * out). Entries of shows not shipped are left out here; storage keeps them (see setProgress).
 */
export function cleanShowProgress(value: unknown): Record<string, number> {
  const stored = cleanProgress(value);
  const out: Record<string, number> = {};
  for (const show of SHIPPED_SHOWS) {
    const episodes = stored[show.id];
    if (episodes !== undefined && episodes > 0 && isProgressOf(show.id, episodes)) out[show.id] = episodes;
  }
  return out;
}

/**
 * The followed shows: the shipped ids in `value`, once each, in display order. Not a list at all
 * falls back to the default (Prison Cell 211); a list may be empty (the reader follows nothing).
 */
export function cleanFollowedShows(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.followedShows];
  return SHIPPED_SHOWS.map((show) => show.id).filter((id) => value.includes(id));
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

/**
 * Whether `value` is a well-formed plot point: a text, a shipped show, and an episode of that show
 * (1 to its episode count). One without a show is from before several shows, and is Prison Cell 211's
 * (see ownPlotPointsItem's migration).
 */
export function isOwnPlotPoint(value: unknown): value is MatchedPlotPoint & { show?: string } {
  return isPlotPointOf(value, true);
}

function isPlotPointOf(value: unknown, allowNoShow: boolean): value is MatchedPlotPoint & { show?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const p = value as Record<string, unknown>;
  const show = p.show === undefined && allowNoShow ? CURRENT_SHOW_ID : p.show;
  return (
    typeof p.text === 'string' && isOwnPlotPointText(ownPlotPointText(p.text)) &&
    typeof show === 'string' && shippedShow(show) !== undefined &&
    typeof p.episode === 'number' && p.episode >= 1 && isProgressOf(show, p.episode)
  );
}

/** Version 1 → 2 of the stored own plot points: each one without a show becomes Prison Cell 211's. */
export function migrateOwnPlotPointsV1(v1: unknown): unknown {
  if (!Array.isArray(v1)) return v1;
  return v1.map((p: unknown) => (typeof p === 'object' && p !== null && !Array.isArray(p) && !('show' in p) ? { ...p, show: CURRENT_SHOW_ID } : p));
}

/** The well-formed plot points of `value`, one per show and text (case and accents aside), the newest kept. */
export function cleanOwnPlotPoints(value: unknown): OwnPlotPoint[] {
  if (!Array.isArray(value)) return [];
  const byText = new Map<string, OwnPlotPoint>();
  for (const p of value) {
    if (!isOwnPlotPoint(p)) continue;
    const text = ownPlotPointText(p.text);
    const show = p.show ?? CURRENT_SHOW_ID;
    const key = `${show}\u0000${foldText(text)}`;
    byText.delete(key);
    byText.set(key, { text, episode: p.episode, show });
  }
  return [...byText.values()].slice(-OWN_PLOT_POINTS_MAX);
}

/** The reader's own plot points of one show, as the matcher takes them. */
export function ownPlotPointsOf(settings: Pick<Settings, 'ownPlotPoints'>, showId: string): OwnPlotPoint[] {
  return settings.ownPlotPoints.filter((p) => p.show === showId);
}

function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export type AddOwnPlotPointResult = { ok: true; list: OwnPlotPoint[]; point: OwnPlotPoint } | { ok: false; problem: 'optKeywordInvalid' | 'optKeywordsFull' };

/** `list` with a new plot point of `show` (one of that show already there with the same text takes the new episode). */
export function withOwnPlotPoint(list: readonly OwnPlotPoint[], text: string, episode: number, show = CURRENT_SHOW_ID): AddOwnPlotPointResult {
  const point = { text: ownPlotPointText(text), episode, show };
  if (!isPlotPointOf(point, false)) return { ok: false, problem: 'optKeywordInvalid' };
  const others = list.filter((p) => p.show !== show || foldText(p.text) !== foldText(point.text));
  if (others.length >= OWN_PLOT_POINTS_MAX) return { ok: false, problem: 'optKeywordsFull' };
  return { ok: true, list: [...others, point], point };
}

/** The episode of `showId` a passage picked from a page belongs to: the next one the reader has not watched. */
export function nextUnwatched(watchedEpisode: number, showId = CURRENT_SHOW_ID): number {
  return Math.min(cleanEpisodesOf(showId, watchedEpisode) + 1, episodeCount(showId));
}

/** Settings from raw storage values, each field checked on its own. */
export function settingsFrom(raw: Record<string, unknown>): Settings {
  const progress = cleanShowProgress(raw.watchedEpisode);
  return {
    watchedEpisode: progress[CURRENT_SHOW_ID] ?? DEFAULT_SETTINGS.watchedEpisode,
    enabled: cleanEnabled(raw.enabled ?? DEFAULT_SETTINGS.enabled),
    disabledSites: cleanDisabledSites(raw.disabledSites ?? []),
    notSpoilers: cleanNotSpoilers(raw.notSpoilers ?? {}),
    look: cleanLook(raw.look),
    blurStrength: cleanBlurStrength(raw.blurStrength),
    revealMode: cleanRevealMode(raw.revealMode),
    ownPlotPoints: cleanOwnPlotPoints(raw.ownPlotPoints),
    pausedUntil: cleanPausedUntil(raw.pausedUntil),
    pausedSites: cleanPausedSites(raw.pausedSites),
    followedShows: cleanFollowedShows(raw.followedShows ?? DEFAULT_SETTINGS.followedShows),
    progress,
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
