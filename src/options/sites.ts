/** The sites where the shield is off: the list, and a form to add one by its name or a URL. */
import { setSiteEnabled } from '../settings';
import { siteKey } from '../site';
import { renderList, showError } from './list';
import type { OptionsPage, Render } from './page';

export function initSites({ $, t, status }: OptionsPage): Render {
  const sites = $<HTMLUListElement>('sites');
  const siteInput = $<HTMLInputElement>('site-input');
  const siteError = $('site-error');
  $<HTMLFormElement>('site-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const site = siteFromInput(siteInput.value);
    if (!site) {
      showError(siteInput, siteError, t('optSiteInvalid', siteInput.value.trim()));
      return;
    }
    showError(siteInput, siteError, '');
    siteInput.value = '';
    void status.save(setSiteEnabled(site, false), t('optSiteAdded', site));
  });
  return (s) =>
    renderList(sites, $('sites-empty'), s.disabledSites, (site) => ({
      text: site,
      remove: () => void status.save(setSiteEnabled(site, true), t('optSiteRemoved', site)),
    }), t);
}

/** A site key from what the reader typed: a hostname, or a URL to take it from. Undefined if neither. */
export function siteFromInput(input: string): string | undefined {
  const raw = input.trim();
  if (!raw || /\s/.test(raw)) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return undefined;
  }
  const site = siteKey(host);
  return /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/.test(site) ? site : undefined;
}
