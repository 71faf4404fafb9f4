// Issue 16, point 6: the welcome page opens once, when the extension is installed, and never on an
// update or a browser update (src/background-main.ts). The real-browser side: tests/e2e/welcome.e2e.test.ts.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground, WELCOME_PATH } from '@/src/background-main';
import { installExtras } from '../helpers/fake-extras';

let created: Array<{ url?: string }>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  installExtras();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Spoiler Shield', version: '1.2.3' });
  created = [];
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async (props: { url?: string }) => {
    created.push(props);
    return { id: 99, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
  }) as never);
  startBackground();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the welcome page', () => {
  it('opens in a new tab when the extension is installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settle();
    expect(created).toEqual([{ url: fakeBrowser.runtime.getURL(WELCOME_PATH) }]);
    expect(created[0]!.url).toMatch(/\/welcome\.html$/);
  });

  it('does not open on an update, or when the browser updates', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '1.2.2', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    await settle();
    expect(created).toEqual([]);
  });
});
