/**
 * The popup's settings: the show and "Watched up to", the global switch, and the switch for the
 * tab's site. Each change is saved at once.
 */
import type { ShowOutline } from '../catalog/wire';
import type { Translate } from '../i18n';
import type { ShieldStatus } from '../messages';
import { enabledItem, setSiteEnabled, setWatchedEpisode, type Settings } from '../settings';
import { siteKey } from '../site';
import { byId } from '../ui/dom';
import { showEpisodeOptions } from './text';

export class SettingControls {
  private readonly watched: HTMLSelectElement;
  private readonly globalSwitch: HTMLInputElement;
  private readonly siteSwitch: HTMLInputElement;
  private readonly siteName: HTMLElement;
  /** The tab's hostname, once its content script has said it ('' where none runs). */
  private hostname = '';

  constructor(
    doc: Document,
    private readonly outline: ShowOutline,
    private readonly t: Translate,
  ) {
    const $ = byId(doc);
    this.watched = $<HTMLSelectElement>('watched');
    this.globalSwitch = $<HTMLInputElement>('global-enabled');
    this.siteSwitch = $<HTMLInputElement>('site-enabled');
    this.siteName = $('site-name');
    $('show-title').textContent = outline.title;
    showEpisodeOptions(this.watched, outline, t, 0);
  }

  /** Shows the settings (the site switch once the tab's site is known). */
  readonly show = (s: Settings): void => {
    showEpisodeOptions(this.watched, this.outline, this.t, s.watchedEpisode);
    this.watched.value = String(s.watchedEpisode);
    this.globalSwitch.checked = s.enabled;
    if (this.hostname) this.siteSwitch.checked = !s.disabledSites.includes(siteKey(this.hostname));
  };

  /** The tab's site, from its shield's status; without one (no content script, no hostname) the site switch is off and disabled. */
  showSite(tabStatus: ShieldStatus | undefined, s: Settings, t: Translate): void {
    this.hostname = tabStatus?.hostname ?? '';
    if (tabStatus && this.hostname) {
      this.siteName.textContent = siteKey(this.hostname);
      this.siteSwitch.checked = !s.disabledSites.includes(siteKey(this.hostname));
    } else {
      this.siteSwitch.checked = false;
      this.siteSwitch.disabled = true;
      this.siteName.textContent = tabStatus ? t('noSiteName') : t('cannotRun');
    }
  }

  /** Saves each change; `saved` follows each save (resolved or rejected). */
  listen(saved: (work: Promise<void>) => void): void {
    this.watched.addEventListener('change', () => {
      const watched = Number(this.watched.value);
      showEpisodeOptions(this.watched, this.outline, this.t, watched);
      saved(setWatchedEpisode(watched));
    });
    this.globalSwitch.addEventListener('change', () => saved(enabledItem.setValue(this.globalSwitch.checked)));
    this.siteSwitch.addEventListener('change', () => saved(setSiteEnabled(this.hostname, this.siteSwitch.checked)));
  }
}
