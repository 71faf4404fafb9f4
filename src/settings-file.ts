/**
 * The export file: what "Export settings" writes and "Import settings" accepts.
 * Kept apart from settings-schema.ts so that the content script does not carry it.
 */
import type { MessageKey } from './i18n';
import {
  cleanBlurStrength,
  cleanDisabledSites,
  cleanNotSpoilers,
  cleanOwnPlotPoints,
  cleanFollowedShows,
  cleanProgress,
  isOwnPlotPoint,
  migrateProgressV1,
  OWN_PLOT_POINTS_MAX,
  CURRENT_SHOW_ID,
  type Settings,
} from './settings-schema';

/**
 * The export file's version: 3 added how passages look and are revealed, and the reader's own plot
 * points; 4 the followed shows, and each own plot point's show.
 */
export const EXPORT_VERSION = 4;
/** What "Export settings" writes, and "Import settings" accepts. */
export const EXPORT_FORMAT = 'spoiler-shield-settings';
/** An import file larger than this is refused before it is read. */
export const IMPORT_MAX_BYTES = 1_000_000;

/**
 * The settings an export file holds (version 4): every setting but the pauses, which are for the
 * moment and this machine only.
 */
export const EXPORT_KEYS = ['watchedEpisode', 'enabled', 'disabledSites', 'notSpoilers', 'look', 'blurStrength', 'revealMode', 'ownPlotPoints', 'followedShows'] as const;

/** Every setting as stored: progress per show, the rest as in Settings. */
export type StoredSettings = Omit<Settings, 'watchedEpisode' | 'progress'> & { watchedEpisode: Record<string, number> };

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  settings: Omit<StoredSettings, 'pausedUntil' | 'pausedSites'>;
}

/** The settings as an export file (progress per show, as stored). */
export function exportSettings(progress: Record<string, number>, s: Settings): SettingsFile {
  const { watchedEpisode: _, progress: __, pausedUntil: _u, pausedSites: _s, ...rest } = s;
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, settings: { watchedEpisode: progress, ...rest } };
}

/** What is wrong with an import: a message key, and the field it is about (absent for the file as a whole). */
export interface ImportProblem {
  field?: string;
  problem: MessageKey;
  /** For importNotJson: the parser's words. */
  detail?: string;
}

/** An import's settings: every field of a version 3 file; older files leave the newer settings out. */
export type ImportResult = { ok: true; values: Partial<StoredSettings> } | ({ ok: false } & ImportProblem);

/**
 * Checks an imported file strictly: unlike a read from storage (which falls back field by
 * field), an import is all or nothing, and the problem names the field, so that the reader's
 * current settings stay untouched by a bad file. Version 1 files (a bare episode count) are
 * migrated like stored version 1 settings; files before version 3 keep the reader's current
 * look, reveal mode and own plot points, and files before version 4 the followed shows (their own
 * plot points, which have no show, are Prison Cell 211's).
 */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > IMPORT_MAX_BYTES) return { ok: false, problem: 'importTooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'importNotJson', detail: error instanceof Error ? error.message : String(error) };
  }
  const fail = (field: string, problem: MessageKey): ImportResult => ({ ok: false, field, problem });
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(data)) return fail('(file)', 'problemObject');
  const file = data as Partial<SettingsFile>;
  if (file.format !== EXPORT_FORMAT) return fail('format', 'problemFormat');
  const version = file.version;
  if (version !== 1 && version !== 2 && version !== 3 && version !== EXPORT_VERSION) return fail('version', 'problemVersion');
  const s = file.settings as Record<string, unknown> | undefined;
  if (!isObject(s)) return fail('settings', 'problemObject');
  const known: readonly string[] =
    version === EXPORT_VERSION
      ? EXPORT_KEYS
      : version === 3
        ? EXPORT_KEYS.filter((key) => key !== 'followedShows')
        : ['watchedEpisode', 'enabled', 'disabledSites', 'notSpoilers'];
  for (const key of Object.keys(s)) if (!known.includes(key)) return fail(`settings.${key}`, 'problemUnknown');
  for (const key of known) if (!Object.hasOwn(s, key)) return fail(`settings.${key}`, 'problemMissing');

  const progressIn = version === 1 ? migrateProgressV1(s.watchedEpisode) : s.watchedEpisode;
  const progress = cleanProgress(progressIn);
  if (version === 1 ? typeof s.watchedEpisode !== 'number' || !(CURRENT_SHOW_ID in progress) : JSON.stringify(progress) !== JSON.stringify(progressIn)) {
    return fail('settings.watchedEpisode', version === 1 ? 'problemProgressV1' : 'problemProgress');
  }
  if (typeof s.enabled !== 'boolean') return fail('settings.enabled', 'problemBoolean');
  if (!Array.isArray(s.disabledSites) || s.disabledSites.some((x) => typeof x !== 'string' || x.trim() === '')) {
    return fail('settings.disabledSites', 'problemSites');
  }
  const given = s.notSpoilers;
  if (!isObject(given) || Object.values(given).some((keys) => !Array.isArray(keys) || keys.some((k) => typeof k !== 'string' || !/^[0-9a-f]{16}$/.test(k)))) {
    return fail('settings.notSpoilers', 'problemNotSpoilers');
  }
  const values: Partial<StoredSettings> = {
    watchedEpisode: progress,
    enabled: s.enabled,
    disabledSites: cleanDisabledSites(s.disabledSites),
    notSpoilers: cleanNotSpoilers(given),
  };
  if (version < 3) return { ok: true, values };
  if (s.look !== 'blur' && s.look !== 'bar') return fail('settings.look', 'problemLook');
  if (cleanBlurStrength(s.blurStrength) !== s.blurStrength) return fail('settings.blurStrength', 'problemStrength');
  if (s.revealMode !== 'click' && s.revealMode !== 'hold') return fail('settings.revealMode', 'problemRevealMode');
  if (!Array.isArray(s.ownPlotPoints) || s.ownPlotPoints.length > OWN_PLOT_POINTS_MAX || !s.ownPlotPoints.every(isOwnPlotPoint)) {
    return fail('settings.ownPlotPoints', 'problemOwnPlotPoints');
  }
  const v3: Partial<StoredSettings> = { ...values, look: s.look, blurStrength: s.blurStrength as number, revealMode: s.revealMode, ownPlotPoints: cleanOwnPlotPoints(s.ownPlotPoints) };
  if (version === 3) return { ok: true, values: v3 };
  const followed = s.followedShows;
  if (!Array.isArray(followed) || JSON.stringify([...followed].sort()) !== JSON.stringify(cleanFollowedShows(followed).sort())) {
    return fail('settings.followedShows', 'problemFollowedShows');
  }
  return { ok: true, values: { ...v3, followedShows: cleanFollowedShows(followed) } };
}
