// @vitest-environment happy-dom
// Issue 15, item 5: where the reader took away the extension's access to the tab's site, the popup says so
// and offers to allow it (src/popup/site-access.ts). The extension APIs are a small fake here; the real
// Firefox tier (tests/firefox/site-access.firefox.test.ts) takes the access away for real.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { showSiteAccess, siteAccess, type AccessApi } from '@/src/popup/site-access';
import { translatorFor } from '@/src/i18n';
import { enMessages } from '../helpers/i18n';

const t = translatorFor(enMessages);

/** A fake of the APIs: one tab with `url` (undefined: hidden), and the origins the extension holds. */
function fakeApi(url: string | undefined, granted: string[], { grant = true } = {}) {
  const calls = { requested: [] as string[][], reloaded: [] as number[] };
  const holds = (origin: string) =>
    granted.includes('<all_urls>') || granted.includes(origin);
  const api: AccessApi = {
    tabs: {
      get: async (id) => {
        if (id !== 4) throw new Error(`Invalid tab ID: ${id}`);
        return url === undefined ? {} : { url };
      },
      reload: async (id) => {
        calls.reloaded.push(id);
      },
    },
    permissions: {
      contains: async ({ origins }) => origins.every(holds),
      request: async ({ origins }) => {
        calls.requested.push(origins);
        if (grant) granted.push(...origins);
        return grant;
      },
    },
  };
  return { api, calls };
}

describe('siteAccess', () => {
  it('is "allowed" on a site the extension may read', async () => {
    expect(await siteAccess(fakeApi('https://www.reviews.example/a', ['<all_urls>']).api, 4)).toEqual({ kind: 'allowed' });
    expect(await siteAccess(fakeApi('https://www.reviews.example/a', ['https://www.reviews.example/*']).api, 4)).toEqual({ kind: 'allowed' });
  });

  it('is "revoked", naming the site, where access to the tab\'s site was taken away', async () => {
    expect(await siteAccess(fakeApi('https://www.reviews.example/a?b#c', ['https://other.example/*']).api, 4)).toEqual({
      kind: 'revoked',
      site: 'reviews.example',
      origins: ['https://www.reviews.example/*'],
    });
  });

  it('is "limited" when the address is hidden and the extension is not allowed on every site', async () => {
    expect(await siteAccess(fakeApi(undefined, ['https://other.example/*']).api, 4)).toEqual({ kind: 'limited', origins: ['<all_urls>'] });
  });

  it('says nothing for browser pages, a hidden address while allowed everywhere, or a tab that is gone', async () => {
    expect(await siteAccess(fakeApi('about:addons', []).api, 4)).toEqual({ kind: 'allowed' });
    expect(await siteAccess(fakeApi(undefined, ['<all_urls>']).api, 4)).toEqual({ kind: 'allowed' });
    expect(await siteAccess(fakeApi('https://a.example/', []).api, 99)).toEqual({ kind: 'allowed' });
  });
});

describe('showSiteAccess in the popup', () => {
  beforeEach(() => {
    const html = readFileSync(join(process.cwd(), 'entrypoints', 'popup', 'index.html'), 'utf8');
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>/g, '');
  });

  const box = () => document.getElementById('site-access')!;
  const text = () => document.getElementById('site-access-text')!.textContent;
  const button = () => document.getElementById('site-access-allow') as HTMLButtonElement;
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('stays hidden when access is allowed', () => {
    const { api } = fakeApi('https://a.example/', ['<all_urls>']);
    expect(showSiteAccess(document, t, api, 4, { kind: 'allowed' })).toBe(false);
    expect(box().hidden).toBe(true);
  });

  it('names the revoked site, and its button asks for that site only, then reloads the tab', async () => {
    const { api, calls } = fakeApi('https://www.reviews.example/', []);
    const access = await siteAccess(api, 4);
    expect(showSiteAccess(document, t, api, 4, access)).toBe(true);
    expect(box().hidden).toBe(false);
    expect(text()).toBe(t('accessRevoked', 'reviews.example'));
    expect(button().textContent).toBe('Allow on reviews.example');
    button().click();
    await flush();
    expect(calls.requested).toEqual([['https://www.reviews.example/*']]);
    expect(calls.reloaded).toEqual([4]);
    expect(box().dataset.access).toBe('granted');
    expect(text()).toBe(t('accessGranted'));
  });

  it('for an unknown site, asks for every site; a refusal changes nothing', async () => {
    const { api, calls } = fakeApi(undefined, [], { grant: false });
    showSiteAccess(document, t, api, 4, await siteAccess(api, 4));
    expect(text()).toBe(t('accessLimited'));
    expect(button().textContent).toBe('Allow on all sites');
    button().click();
    await flush();
    expect(calls.requested).toEqual([['<all_urls>']]);
    expect(calls.reloaded).toEqual([]);
    expect(box().dataset.access).toBe('limited');
  });
});
