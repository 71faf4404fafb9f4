/**
 * Whether the extension may read the popup's tab, and if not, a way to allow it.
 *
 * Firefox lets a reader take away a Manifest V3 extension's access to websites, all at once (about:addons
 * → Permissions) or site by site; Chrome's "Site access" does the same. Where access is taken away no
 * content script runs, so the popup gets no status from the tab. A popup opened from the toolbar sees
 * the tab's address (Firefox grants it for the tab whose site the extension asks for), so it can name
 * the site; opened otherwise it cannot, and says so for "some sites" only when the extension is not
 * allowed on every site. The button asks the browser for access (a permission prompt) and reloads the
 * tab, so that the shield starts there.
 */
import type { Translate } from '../i18n';
import { siteKey } from '../site';

/** The few extension APIs this needs: the polyfill's `browser`, or a fake in tests. */
export interface AccessApi {
  tabs: {
    get(tabId: number): Promise<{ url?: string }>;
    reload(tabId: number): Promise<void>;
  };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
  };
}

export type SiteAccess =
  /** Allowed, or a page no extension may read (the browser's own pages): nothing to say. */
  | { kind: 'allowed' }
  /** The tab's site is known and the extension may not read it. */
  | { kind: 'revoked'; site: string; origins: string[] }
  /** The tab's address is hidden from the extension, which is not allowed on every site. */
  | { kind: 'limited'; origins: string[] };

const ALL_SITES = '<all_urls>';

/** What the extension may do on tab `tabId`. */
export async function siteAccess(api: AccessApi, tabId: number): Promise<SiteAccess> {
  const tab = await api.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { kind: 'allowed' };
  if (tab.url) {
    let url: URL;
    try {
      url = new URL(tab.url);
    } catch {
      return { kind: 'allowed' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'allowed' };
    const origins = [`${url.protocol}//${url.hostname}/*`];
    return (await api.permissions.contains({ origins })) ? { kind: 'allowed' } : { kind: 'revoked', site: siteKey(url.hostname), origins };
  }
  // The address is hidden: either the extension may not read this site, or it is a browser page.
  const everywhere = await api.permissions.contains({ origins: [ALL_SITES] }).catch(() => true);
  return everywhere ? { kind: 'allowed' } : { kind: 'limited', origins: [ALL_SITES] };
}

/**
 * Shows what `access` means in the popup's #site-access block: why nothing is hidden, how to allow it,
 * and a button that asks for access and reloads the tab. Returns whether there was anything to show.
 */
export function showSiteAccess(doc: Document, t: Translate, api: AccessApi, tabId: number, access: SiteAccess): boolean {
  const box = doc.getElementById('site-access');
  const text = doc.getElementById('site-access-text');
  const button = doc.getElementById('site-access-allow') as HTMLButtonElement | null;
  if (!box || !text || !button) return false;
  if (access.kind === 'allowed') {
    box.hidden = true;
    return false;
  }
  box.hidden = false;
  box.dataset.access = access.kind;
  text.textContent = access.kind === 'revoked' ? t('accessRevoked', access.site) : t('accessLimited');
  button.textContent = access.kind === 'revoked' ? t('accessAllowSite', access.site) : t('accessAllowAll');
  button.addEventListener('click', () => {
    // Straight from the click: the browser asks for permission only from a user's action.
    api.permissions.request({ origins: access.origins }).then(
      async (granted) => {
        if (!granted) return;
        box.dataset.access = 'granted';
        text.textContent = t('accessGranted');
        button.hidden = true;
        await api.tabs.reload(tabId);
      },
      () => undefined,
    );
  });
  return true;
}
