/**
 * The popup: progress, the site switch, the global switch (controls.ts), the pauses (pause.ts), the tab's hidden count and
 * "Reveal all on this page" / "Hide again" (page-state.ts), and a status line for storage that
 * fails (status.ts). It acts on the active tab, or on `?tabId=N` (tests). The shows' titles and
 * episodes come from the shipped outline (src/ui/show.ts), not from a catalog.
 */
// Extension pages use the polyfill (promise APIs in every browser); the content script uses the native API, to stay small.
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../settings';
import { byId } from '../ui/dom';
import { langOf } from '../i18n';
import { localizePage } from '../ui/localize';
import { shownShows } from '../ui/show';
import { SettingControls } from './controls';
import { PageState } from './page-state';
import { PauseControls } from './pause';
import { StatusLine } from './status';
import { ShieldTab } from './tab';
import { showSiteAccess, siteAccess } from './site-access';

export async function startPopup(doc: Document, url: URL): Promise<void> {
  const t = localizePage(doc, browser.i18n);
  const status = new StatusLine(byId(doc)('status'), t);
  const tab = await ShieldTab.of(url);
  const controls = new SettingControls(doc, shownShows(langOf(browser.i18n.getUILanguage())), t);
  const pageState = new PageState(doc, tab, status, t);
  const pause = new PauseControls(doc, t, browser.i18n.getUILanguage());

  let settings: Settings;
  try {
    settings = await readSettings();
  } catch (error) {
    settings = { ...DEFAULT_SETTINGS };
    status.readFailed(error);
  }
  controls.show(settings);
  const tabStatus = await tab.status();
  controls.showSite(tabStatus, settings, t);
  pageState.show(tabStatus);
  pause.show(settings, tabStatus?.hostname ?? '');
  // No content script answered: perhaps the reader took away the extension's access to this site.
  if (!tabStatus && tab.id !== undefined) showSiteAccess(doc, t, browser, tab.id, await siteAccess(browser, tab.id));

  pageState.listen();
  byId(doc)<HTMLAnchorElement>('open-options').addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  const saved = (work: Promise<void>) => {
    work.then(pageState.refresh, (error: unknown) => {
      // A setting that could not be saved: say so, and show again what is really stored.
      status.saveFailed(error);
      void readSettings().then(controls.show, () => undefined);
    });
  };
  controls.listen(saved);
  pause.listen(saved);
  doc.body.dataset.ready = 'true';
}
