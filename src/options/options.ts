/**
 * The options page: progress, the sites where the shield is off, how hidden passages look and are
 * revealed, the reader's own plot points, the passages said not to be spoilers, whether sync works,
 * export and import, and reset, each in its own module.
 * Every change is saved at once; the page follows changes made elsewhere (the popup, the context
 * menu) while it is open. The shows' titles and episodes come from the shipped outline
 * (src/ui/show.ts), not from a catalog.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, readSettings, watchSettings, type Settings } from '../settings';
import { byId } from '../ui/dom';
import { langOf } from '../i18n';
import { localizePage } from '../ui/localize';
import { shownShows } from '../ui/show';
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
  const shows = shownShows(langOf(browser.i18n.getUILanguage()));
  const settings = await readSettingsOrDefaults(status);

  const parts: Render[] = [
    initProgress(page, shows),
    initSites(page),
    initLook(page),
    initRevealMode(page),
    initOwnPlotPoints(page, shows),
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
