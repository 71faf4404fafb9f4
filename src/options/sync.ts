/** Whether settings go through the browser's sync (src/background/sync.ts keeps the state in storage.local). */
import browser from 'webextension-polyfill';
import { SYNC_STATE_KEY, type SyncState } from '../background/sync';
import type { OptionsPage } from './page';

const NAMES: Record<string, 'watchedUpTo' | 'optSites' | 'optKeywords' | 'optLook' | 'optReveal' | 'shieldOn'> = {
  watchedEpisode: 'watchedUpTo',
  enabled: 'shieldOn',
  disabledSites: 'optSites',
  look: 'optLook',
  blurStrength: 'optLook',
  revealMode: 'optReveal',
  ownPlotPoints: 'optKeywords',
};

export function initSync({ $, t }: OptionsPage): void {
  const out = $('sync-state');
  const show = (state: SyncState | undefined) => {
    if (!state) return;
    out.dataset.ok = String(state.ok);
    const parts = [state.ok ? t('optSyncOk') : t('optSyncFailed', state.error ?? '')];
    if (state.localOnly.length > 0) parts.push(t('optSyncLocalOnly', [...new Set(state.localOnly.map((k) => t(NAMES[k] ?? 'optSync')))].join(', ')));
    out.textContent = parts.join(' ');
  };
  void browser.storage.local.get(SYNC_STATE_KEY).then((r) => show(r[SYNC_STATE_KEY] as SyncState | undefined), () => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SYNC_STATE_KEY]) show(changes[SYNC_STATE_KEY].newValue as SyncState | undefined);
  });
}
