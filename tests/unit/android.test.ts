// Issue 15, item 4: Firefox for Android has no context menus (`browser.contextMenus` is undefined there)
// and no windows API. The background must start all the same: answer content scripts, keep the badge,
// and never throw because a menu is missing. The background runs against fakeBrowser with those two APIs
// taken away, as Android gives it.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMenu, refreshMenu, startBackground } from '@/src/background-main';
import { installExtras } from '../helpers/fake-extras';

/** A content script in the top frame of tab 7 (only the fields the background reads). */
const TOP_FRAME = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0, url: 'https://reviews.example/celda-211' } as never;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  installExtras();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Spoiler Shield', version: '1.0.0' });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
  const f = fakeBrowser as unknown as Record<string, unknown>;
  delete f.contextMenus;
  delete f.windows;
});

describe('the background on Firefox for Android (no contextMenus, no windows)', () => {
  it('starts without throwing and still answers its content scripts', async () => {
    expect(() => startBackground()).not.toThrow();
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'hidden-count', count: 3, on: true }, TOP_FRAME);
    await Promise.all(answers);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
    const catalog = (await Promise.all(await fakeBrowser.runtime.onMessage.trigger({ type: 'get-catalog' }, TOP_FRAME))).find(Boolean);
    expect(typeof catalog).toBe('string');
  });

  it('creates and refreshes no menu, and does not fail for it', async () => {
    await expect(createMenu()).resolves.toBeUndefined();
    await expect(refreshMenu()).resolves.toBeUndefined();
  });

  it('reacts to a tab switch and a settings change without a menu', async () => {
    startBackground();
    const errors: unknown[] = [];
    process.on('unhandledRejection', (e) => errors.push(e));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 7, windowId: 1 });
    await fakeBrowser.storage.local.set({ enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toEqual([]);
  });
});
