import { describe, expect, it } from 'vitest';
import { reconcile, SYNC_ITEM_MAX_BYTES, valueHash, type SyncStorage } from '@/src/background/sync';

/** A storage area in memory, as chrome.storage gives it; `fail` makes every write throw (quota, no sync). */
function area(initial: Record<string, unknown> = {}, fail?: string) {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])])),
    set: async (items: Record<string, unknown>) => {
      if (fail) throw new Error(fail);
      Object.assign(data, structuredClone(items));
    },
    remove: async (keys: string[]) => {
      for (const k of keys) delete data[k];
    },
  };
}

function stores(local: Record<string, unknown>, sync: Record<string, unknown> | undefined, fail?: string) {
  const l = area(local);
  const s = sync ? area(sync, fail) : undefined;
  return { local: l, sync: s, store: { local: l, sync: s } as SyncStorage };
}

const T0 = 1_700_000_000_000;

describe('reconcile: the first pass (migration)', () => {
  it('moves settings set before sync existed into sync, stamped now', async () => {
    const { store, sync, local } = stores({ watchedEpisode: { 'prison-cell-211': 3 }, look: 'bar' }, {});
    const result = await reconcile(store, T0);
    expect(result.pushed.sort()).toEqual(['look', 'watchedEpisode']);
    expect(sync!.data).toEqual({ watchedEpisode: { v: { 'prison-cell-211': 3 }, t: T0 }, look: { v: 'bar', t: T0 } });
    expect(local.data.syncStamps).toEqual({ watchedEpisode: { t: T0, h: valueHash({ 'prison-cell-211': 3 }) }, look: { t: T0, h: valueHash('bar') } });
    // Settings never set are not pushed: each machine keeps its own defaults until someone changes one.
    expect(sync!.data).not.toHaveProperty('enabled');
  });

  it('does not overwrite a value in sync with one that was never mirrored: the synced one was stamped by another machine', async () => {
    const { store, sync, local } = stores({ watchedEpisode: { 'prison-cell-211': 1 } }, { watchedEpisode: { v: { 'prison-cell-211': 4 }, t: T0 - 86_400_000 } });
    const result = await reconcile(store, T0);
    expect(result.pulled).toEqual(['watchedEpisode']);
    expect(local.data.watchedEpisode).toEqual({ 'prison-cell-211': 4 });
    expect(sync!.data.watchedEpisode).toEqual({ v: { 'prison-cell-211': 4 }, t: T0 - 86_400_000 });
  });

  it('runs once: a second pass with nothing changed writes nothing to sync', async () => {
    const { store, sync } = stores({ enabled: false }, {});
    await reconcile(store, T0);
    const before = structuredClone(sync!.data);
    expect(await reconcile(store, T0 + 5_000)).toMatchObject({ pulled: [], pushed: [] });
    expect(sync!.data).toEqual(before);
  });
});

describe('reconcile: the newest change wins, per setting', () => {
  it('pushes a local change made after the last pass, and pulls a newer one from elsewhere for another setting', async () => {
    const { store, sync, local } = stores({ enabled: true, look: 'blur' }, {});
    await reconcile(store, T0);
    local.data.enabled = false; // changed here
    sync!.data.look = { v: 'bar', t: T0 + 10 }; // changed elsewhere
    const result = await reconcile(store, T0 + 20);
    expect(result).toMatchObject({ pushed: ['enabled'], pulled: ['look'] });
    expect(sync!.data.enabled).toEqual({ v: false, t: T0 + 20 });
    expect(local.data.look).toBe('bar');
  });

  it('when both sides changed since the last pass, keeps the change made here (the newest) and sends it', async () => {
    const { store, sync, local } = stores({ blurStrength: 3 }, {});
    await reconcile(store, T0);
    sync!.data.blurStrength = { v: 5, t: T0 + 10 }; // elsewhere
    local.data.blurStrength = 1; // here, just before the pass
    await reconcile(store, T0 + 50);
    expect(sync!.data.blurStrength).toEqual({ v: 1, t: T0 + 50 });
    expect(local.data.blurStrength).toBe(1);
  });

  it('lets an older change written late (a machine that was offline) lose, and sends the newer value back', async () => {
    const { store, sync, local } = stores({ look: 'bar' }, {});
    await reconcile(store, T0);
    sync!.data.look = { v: 'blur', t: T0 - 60_000 };
    expect((await reconcile(store, T0 + 10)).pushed).toEqual(['look']);
    expect(local.data.look).toBe('bar');
    expect(sync!.data.look).toEqual({ v: 'bar', t: T0 + 10 });
  });

  it('applies a setting reset elsewhere (null) by removing the local value, so the default applies', async () => {
    const { store, sync, local } = stores({ disabledSites: ['a.example'] }, {});
    await reconcile(store, T0);
    sync!.data.disabledSites = { v: null, t: T0 + 10 };
    await reconcile(store, T0 + 20);
    expect(local.data).not.toHaveProperty('disabledSites');
    // And a local reset (the key removed) is sent as null.
    local.data.look = 'bar';
    await reconcile(store, T0 + 30);
    delete local.data.look;
    await reconcile(store, T0 + 40);
    expect(sync!.data.look).toEqual({ v: null, t: T0 + 40 });
  });

  it('cleans a value from elsewhere field by field before writing it here', async () => {
    const { store, local } = stores({}, { disabledSites: { v: ['WWW.Example.com', 7], t: T0 }, blurStrength: { v: 99, t: T0 }, look: 'not stamped' });
    await reconcile(store, T0 + 1);
    expect(local.data.disabledSites).toEqual(['example.com']);
    expect(local.data.blurStrength).toBe(3);
    expect(local.data).not.toHaveProperty('look');
  });

  it('takes a change from a clock running ahead, and a later change here still wins', async () => {
    const { store, sync, local } = stores({}, { enabled: { v: false, t: T0 + 3_600_000 } });
    await reconcile(store, T0);
    expect(local.data.enabled).toBe(false);
    local.data.enabled = true;
    await reconcile(store, T0 + 1000);
    // Stamped after the item it replaces, so that every machine sees a new change.
    expect(sync!.data.enabled).toEqual({ v: true, t: T0 + 3_600_001 });
    expect(local.data.enabled).toBe(true);
  });
});

describe('reconcile: quotas and failures', () => {
  it('keeps a setting larger than one sync item local only, and says so', async () => {
    const ownPlotPoints = Array.from({ length: 200 }, (_, i) => ({ text: `plot point ${i} `.padEnd(60, 'x'), episode: 1 }));
    expect(JSON.stringify(ownPlotPoints).length).toBeGreaterThan(SYNC_ITEM_MAX_BYTES);
    const { store, sync, local } = stores({ ownPlotPoints, enabled: false }, {});
    const { state } = await reconcile(store, T0);
    expect(state).toEqual({ ok: true, localOnly: ['ownPlotPoints'] });
    expect(sync!.data).not.toHaveProperty('ownPlotPoints');
    expect(sync!.data).toHaveProperty('enabled');
    expect(local.data.syncState).toEqual(state);
    expect(local.data.ownPlotPoints).toHaveLength(200);
  });

  it('leaves local settings as they are when sync refuses a write, and tries again at the next pass', async () => {
    const { store, local } = stores({ enabled: false }, {}, 'QUOTA_BYTES_PER_MINUTE quota exceeded');
    const { state } = await reconcile(store, T0);
    expect(state).toEqual({ ok: false, error: 'QUOTA_BYTES_PER_MINUTE quota exceeded', localOnly: [] });
    expect(local.data.enabled).toBe(false);
    expect(local.data).not.toHaveProperty('syncStamps');
    // Sync works again: the change goes out.
    const sync = area({});
    expect((await reconcile({ local, sync }, T0 + 60_000)).pushed).toEqual(['enabled']);
    expect(sync.data.enabled).toEqual({ v: false, t: T0 + 60_000 });
  });

  it('works with local storage alone where there is no sync storage', async () => {
    const { store, local } = stores({ enabled: false }, undefined);
    const { state } = await reconcile(store, T0);
    expect(state.ok).toBe(false);
    expect(local.data.enabled).toBe(false);
  });
});
