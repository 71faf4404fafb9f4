/**
 * What the gate (gate.ts) needs of the settings, from the few storage keys it reads: which shows to look
 * for on this site now. It follows src/settings-schema.ts (settingsFrom, isShieldOn, cleanFollowedShows)
 * without importing it, which would put the shows' outline and the settings code in every frame;
 * tests/unit/gate-settings.test.ts checks that both agree.
 */
import { siteKey } from '../site';

/** The storage.local keys the gate reads (a subset of SETTING_KEYS). */
export const GATE_KEYS = ['enabled', 'disabledSites', 'pausedUntil', 'pausedSites', 'followedShows', 'ownPlotPoints'] as const;

/** The show followed by default, and the show of an own plot point stored without one (CURRENT_SHOW_ID). */
export const FIRST_SHOW = 'prison-cell-211';

export interface GateView {
  /** The followed shows to look for; empty when the shield is off or paused here, or no show is followed. */
  shows: string[];
  /** The reader has a plot point of their own for one of `shows`: the shield is needed on any page with text. */
  own: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pauseTime = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0);

/** Whether the shield is switched off or paused on `hostname` at `now` (as isShieldOn says). */
function offHere(raw: Record<string, unknown>, hostname: string, now: number): boolean {
  if (raw.enabled === false) return true;
  const site = siteKey(hostname);
  if (Array.isArray(raw.disabledSites) && raw.disabledSites.some((s) => typeof s === 'string' && s.trim() !== '' && siteKey(s) === site)) return true;
  let siteEnd = 0;
  if (hostname && isRecord(raw.pausedSites)) {
    // As cleanPausedSites: of two entries for one site, the later one stands.
    for (const [s, until] of Object.entries(raw.pausedSites)) if (s.trim() !== '' && pauseTime(until) > 0 && siteKey(s) === site) siteEnd = pauseTime(until);
  }
  return Math.max(pauseTime(raw.pausedUntil), siteEnd) > now;
}

/** The gate's view of the raw stored values (missing or malformed ones fall back as in settingsFrom). */
export function gateView(raw: Record<string, unknown>, hostname: string, now: number, shipped: readonly string[]): GateView {
  if (offHere(raw, hostname, now)) return { shows: [], own: false };
  const followed = raw.followedShows ?? [FIRST_SHOW];
  const shows = Array.isArray(followed) ? shipped.filter((id) => followed.includes(id)) : shipped.filter((id) => id === FIRST_SHOW);
  const own =
    Array.isArray(raw.ownPlotPoints) &&
    raw.ownPlotPoints.some((p) => isRecord(p) && typeof p.text === 'string' && shows.includes(typeof p.show === 'string' ? p.show : p.show === undefined ? FIRST_SHOW : ''));
  return { shows, own };
}
