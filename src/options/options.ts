/**
 * The options page: progress, the sites where the shield is off, how hidden passages look and are
 * revealed, the reader's own plot points, the passages said not to be spoilers, whether sync works,
 * export and import, and reset, each in its own module.
 * Every change is saved at once; the page follows changes made elsewhere (the popup, the context
 * menu) while it is open. The show's title and episodes come from the compiled catalog
 * (src/ui/show.ts), not the catalog's source.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, readSettings, watchSettings, type Settings } from '../settings';
import { byId } from '../ui/dom';
import { localizePage } from '../ui/localize';
import { readShow } from '../ui/show';
import { initBackup } from './backup';
import { initLook } from './look';
import { initOwnPlotPoints } from './own-plot-points';
import { StatusLine, type OptionsPage, type Render } from './page';
import { initProgress } from './progress';
import { initReset } from './reset';
import { initRevealMode } from './reveal-mode';
import { initSites } from './sites';
import { initNotSpoilers } from './not-spoilers';
import { initSync } from './sync';

export async function startOptions(doc: Document): Promise<void> {
  const t = localizePage(doc, browser.i18n);
  doc.title = t('optionsTitle');
  const $ = byId(doc);
  const status = new StatusLine($('status'), t, () => void readSettings().then(render));
  const page: OptionsPage = { doc, t, $, status };
  const [show, settings] = await Promise.all([readShow(browser.storage.local, browser.runtime), readSettingsOrDefaults(status)]);

  const parts: Render[] = [
    initProgress(page, show),
    initSites(page),
    initLook(page),
    initRevealMode(page),
    initOwnPlotPoints(page, show),
    initNotSpoilers(page),
  ];
  initSync(page);
  initBackup(page);
  initReset(page);
  /** Shows the settings; inputs the reader is typing in are left alone. */
  const render: Render = (s) => parts.forEach((part) => part(s));

  render(settings);
  watchSettings(render);
  doc.body.dataset.ready = 'true';
}

/** The stored settings, or (when storage cannot be read, which the status line then says) the defaults. */
async function readSettingsOrDefaults(status: StatusLine): Promise<Settings> {
  try {
    return await readSettings();
  } catch (error) {
    status.failed('errorRead', error);
    return { ...DEFAULT_SETTINGS };
  }
}
