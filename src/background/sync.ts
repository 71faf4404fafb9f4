/**
 * Settings on every machine: the background mirrors the settings that fit the browser's sync storage
 * between storage.local (which every context reads, the content script included) and storage.sync.
 *
 * Each synced setting is stored in sync as `{ v: value, t: time of the change }`. Locally, `syncStamps`
 * keeps per setting the sync item's time and a hash of the value last mirrored: a local value whose hash
 * differs was changed here since; a sync item with another time was changed elsewhere. One pass
 * (reconcile) compares the two sides per setting: a change on one side is copied to the other; a change
 * in sync stamped before the one last mirrored (written late by a machine that was offline) loses; and
 * when both changed the newest wins (the local change, made moments before the pass). Every machine
 * stamps a change after every time it has seen, so stamps only grow whatever the clocks say. The first pass is the migration: a local value never mirrored counts as
 * older than any value in sync (another machine stamped it), and is pushed when sync has none.
 *
 * Sync has quotas (Chrome: 8,192 bytes per item, 102,400 in all, 512 items, 120 writes a minute): a
 * setting larger than an item stays local only, and a write that fails (quota, no sync at all) leaves
 * local as it is; the next change tries again. What happened is kept in `syncState` for the settings page.
 * Not synced: "Not a spoiler" passages (up to 500 keys per site, and their excerpts stay on this
 * machine) and pauses (a pause is for the moment and the machine where it was asked for).
 */
import { cleanBlurStrength, cleanDisabledSites, cleanEnabled, cleanLook, cleanOwnPlotPoints, cleanProgress, cleanRevealMode } from '../settings-schema';

/** The settings mirrored through storage.sync, each one sync item. */
export const SYNC_KEYS = ['watchedEpisode', 'enabled', 'disabledSites', 'look', 'blurStrength', 'revealMode', 'ownPlotPoints'] as const;
export type SyncKey = (typeof SYNC_KEYS)[number];
/** storage.local: per synced setting, `{ t, h }` of the value last mirrored. */
export const SYNC_STAMPS_KEY = 'syncStamps';
/** storage.local: how the last pass went (see SyncState). */
export const SYNC_STATE_KEY = 'syncState';
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox has the same limit): the key's length and its JSON. */
export const SYNC_ITEM_MAX_BYTES = 8192;

/** What the settings page says about sync. */
export interface SyncState {
  /** Sync storage was read and written. */
  ok: boolean;
  /** Why not, in the browser's words. */
  error?: string;
  /** Settings too large for one sync item, kept on this machine only. */
  localOnly: SyncKey[];
}

interface Area {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
/** `browser.storage` as far as this module uses it (sync may be missing: then local alone works). */
export interface SyncStorage {
  local: Area;
  sync?: Area;
}

interface Stamp {
  t: number;
  h: string;
}

/** Each synced setting's check, applied to a value that comes from another machine before it is written here. */
const CLEAN: Record<SyncKey, (value: unknown) => unknown> = {
  watchedEpisode: cleanProgress,
  enabled: cleanEnabled,
  disabledSites: cleanDisabledSites,
  look: cleanLook,
  blurStrength: cleanBlurStrength,
  revealMode: cleanRevealMode,
  ownPlotPoints: cleanOwnPlotPoints,
};

/** A short hash of a value's JSON (FNV-1a): enough to tell whether it changed since it was mirrored. */
export function valueHash(value: unknown): string {
  const s = JSON.stringify(value ?? null);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return `${h.toString(16)}:${s.length}`;
}

function isStamp(v: unknown): v is Stamp {
  return typeof v === 'object' && v !== null && typeof (v as Stamp).t === 'number' && typeof (v as Stamp).h === 'string';
}

/** A sync item of ours: `{ v, t }`, `v` null for "back to the default". */
function stampedOf(item: unknown): { v: unknown; t: number } | undefined {
  if (typeof item !== 'object' || item === null || !('v' in item) || !('t' in item)) return undefined;
  const { v, t } = item;
  return typeof t === 'number' && Number.isFinite(t) && t > 0 ? { v, t } : undefined;
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

/**
 * One pass of the mirror (see the module's comment). Returns what it did, for tests and the log:
 * the settings taken from sync, and those pushed to it.
 */
export async function reconcile(store: SyncStorage, now = Date.now()): Promise<{ pulled: SyncKey[]; pushed: SyncKey[]; state: SyncState }> {
  const pulled: SyncKey[] = [];
  const pushed: SyncKey[] = [];
  const localOnly: SyncKey[] = [];
  const local = await store.local.get([...SYNC_KEYS, SYNC_STAMPS_KEY, SYNC_STATE_KEY]);
  const stamps: Record<string, Stamp> = {};
  const storedStamps = local[SYNC_STAMPS_KEY];
  if (typeof storedStamps === 'object' && storedStamps !== null) {
    for (const [k, s] of Object.entries(storedStamps)) if (isStamp(s)) stamps[k] = s;
  }
  let state: SyncState;
  try {
    if (!store.sync) throw new Error('storage.sync is not available');
    const remote = await store.sync.get([...SYNC_KEYS]);
    const toLocal: Record<string, unknown> = {};
    const toRemove: string[] = [];
    const toSync: Record<string, unknown> = {};
    for (const key of SYNC_KEYS) {
      const value = local[key];
      const stamp = stamps[key];
      const theirs = stampedOf(remote[key]);
      const theirValue = theirs ? (theirs.v === null ? undefined : CLEAN[key](theirs.v)) : undefined;
      // What changed since the last mirror: here, the value (its hash); in sync, the item's time.
      const localChanged = stamp ? valueHash(value) !== stamp.h : value !== undefined;
      const remoteNewer = theirs !== undefined && (stamp === undefined || theirs.t > stamp.t);
      const remoteStale = theirs !== undefined && !remoteNewer && theirs.t !== stamp?.t;
      // Both changed: the newest wins. A change here was made since the last pass, which runs moments after
      // it, so it is the newer; a value never mirrored (the migration) is older than any in sync.
      if (remoteNewer && (!localChanged || stamp === undefined)) {
        if (theirValue === undefined) toRemove.push(key);
        else toLocal[key] = theirValue;
        stamps[key] = { t: theirs.t, h: valueHash(theirValue) };
        if (valueHash(theirValue) !== valueHash(value)) pulled.push(key);
      } else if (localChanged || remoteStale || (theirs === undefined && stamp !== undefined)) {
        // Changed here; or an older change written late (a machine that was offline); or sync lost it (cleared):
        // send the value here, stamped after every time seen, so that the stamps only grow (a clock that runs
        // behind on one machine never makes its change look older than the one it replaces).
        const item = { v: value ?? null, t: Math.max(now, (stamp?.t ?? 0) + 1, (theirs?.t ?? 0) + 1) };
        if (bytes(key) + bytes(JSON.stringify(item)) > SYNC_ITEM_MAX_BYTES) {
          localOnly.push(key);
          continue;
        }
        toSync[key] = item;
        stamps[key] = { t: item.t, h: valueHash(value) };
        pushed.push(key);
      }
    }
    if (pushed.length > 0) await store.sync.set(toSync);
    if (toRemove.length > 0) await store.local.remove(toRemove);
    await store.local.set({ ...toLocal, [SYNC_STAMPS_KEY]: stamps });
    state = { ok: true, localOnly };
  } catch (error) {
    // Local settings stay as they are; the stamps are not moved, so the next pass pushes again.
    state = { ok: false, error: error instanceof Error ? error.message : String(error), localOnly };
    pulled.length = pushed.length = 0;
  }
  if (JSON.stringify(local[SYNC_STATE_KEY]) !== JSON.stringify(state)) await store.local.set({ [SYNC_STATE_KEY]: state }).catch(() => undefined);
  return { pulled, pushed, state };
}

/** Whether a storage change concerns the mirror: a synced setting, in local or in sync. */
export function touchesSync(changes: Record<string, unknown>, area: string): boolean {
  return (area === 'local' || area === 'sync') && SYNC_KEYS.some((k) => k in changes);
}

/**
 * Runs passes one after another, each a moment after the last change (a slider or a burst of changes
 * makes one write to sync, well inside its rate limits).
 */
export function syncMirror(store: SyncStorage, delayMs = 250): { soon: () => void; idle: () => Promise<void> } {
  let chain: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: Promise<void> = Promise.resolve();
  let release: () => void = () => undefined;
  const soon = () => {
    if (timer === undefined) waiting = new Promise((r) => (release = r));
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const done = release;
      chain = chain.then(() => reconcile(store)).then(() => undefined, () => undefined).then(done);
    }, delayMs);
  };
  return { soon, idle: () => waiting.then(() => chain) };
}
