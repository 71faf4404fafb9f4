/**
 * The welcome page, opened once when the extension is installed (src/background-main.ts): which
 * shows the reader follows and how far they have got (saved at once, to the same settings as the
 * popup and the options page), and a live example of how a hidden passage is revealed.
 */
import browser from 'webextension-polyfill';
import { langOf } from '../i18n';
import { DEFAULT_SETTINGS, readSettings, watchSettings, type Settings } from '../settings';
import { StatusLine } from '../options/page';
import { byId } from '../ui/dom';
import { followList } from '../ui/follow-list';
import { localizePage } from '../ui/localize';
import { shownShows } from '../ui/show';
import { RevealSample } from './sample';

export async function startWelcome(doc: Document): Promise<void> {
  const t = localizePage(doc, browser.i18n);
  doc.title = t('welcomeTitle');
  const $ = byId(doc);
  const status = new StatusLine($('status'), t, () => void readSettings().then(render));
  const showFollowed = followList($<HTMLUListElement>('shows'), shownShows(langOf(browser.i18n.getUILanguage())), t, (work) => status.save(work));
  const sample = new RevealSample(doc, $('sample-hidden'), $('sample-revealed'), $<HTMLButtonElement>('sample-again'));
  const render = (s: Settings) => {
    showFollowed(s);
    sample.showLook(s.look, s.blurStrength);
  };

  let settings: Settings;
  try {
    settings = await readSettings();
  } catch (error) {
    status.failed('errorRead', error);
    settings = { ...DEFAULT_SETTINGS };
  }
  render(settings);
  watchSettings(render);

  $<HTMLAnchorElement>('open-options').addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  $('done').addEventListener('click', () => {
    void browser.tabs.getCurrent().then((tab) => (tab?.id === undefined ? window.close() : browser.tabs.remove(tab.id)));
  });
  doc.body.dataset.ready = 'true';
}
