/**
 * The settings, from storage to the shield: read once with the catalog at start, then again on every
 * change of a setting's key. The content script only reads storage; the background writes.
 */
import { SETTING_KEYS, settingsFrom, type Settings } from '../settings-schema';
import type { Lifetime } from './lifetime';

interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}
type ChangeListener = (changes: Record<string, unknown>, area: string) => void;
interface StorageEvents {
  local: StorageArea;
  onChanged: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
}

/** Reads the settings and `extraKeys` in one storage read. */
export async function readAtStart(store: StorageEvents, extraKeys: string[]): Promise<{ settings: Settings; raw: Record<string, unknown> }> {
  const raw = await store.local.get([...SETTING_KEYS, ...extraKeys]);
  return { settings: settingsFrom(raw), raw };
}

/** Calls `onChange` with fresh settings after each change of a setting, until the lifetime ends. */
export function watchSettings(store: StorageEvents, lifetime: Lifetime, onChange: (settings: Settings) => void): void {
  lifetime.listen(store.onChanged, (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !SETTING_KEYS.some((k) => k in changes)) return;
    void store.local.get([...SETTING_KEYS]).then((raw) => {
      if (!lifetime.ended) onChange(settingsFrom(raw));
    });
  });
}
