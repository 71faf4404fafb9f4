/**
 * The popup's settings: each followed show with its progress ("Watched up to", or watched or not for
 * a film), the global switch, and the switch for the tab's site. Each change is saved at once.
 */
import type { Translate } from '../i18n';
import type { ShieldStatus } from '../messages';
import { enabledItem, setProgress, setSiteEnabled, type Settings } from '../settings';
import { siteKey } from '../site';
import { byId } from '../ui/dom';
import { showProgress, showProgressMenus } from '../ui/progress-menu';
import type { ShownShow } from '../ui/show';

export class SettingControls {
  /** The followed shows' progress menus. */
  private readonly shows: HTMLElement;
  private readonly noShows: HTMLElement;
  private readonly globalSwitch: HTMLInputElement;
  private readonly siteSwitch: HTMLInputElement;
  private readonly siteName: HTMLElement;
  /** The tab's hostname, once its content script has said it ('' where none runs). */
  private hostname = '';

  constructor(
    doc: Document,
    private readonly outlines: readonly ShownShow[],
    private readonly t: Translate,
  ) {
    const $ = byId(doc);
    this.shows = $('shows');
    this.noShows = $('no-shows');
    this.globalSwitch = $<HTMLInputElement>('global-enabled');
    this.siteSwitch = $<HTMLInputElement>('site-enabled');
    this.siteName = $('site-name');
  }

  /** Shows the settings (the site switch once the tab's site is known). */
  readonly show = (s: Settings): void => {
    showProgressMenus(this.shows, this.outlines, s.followedShows, s.progress, this.t);
    this.noShows.hidden = s.followedShows.length > 0;
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
    this.shows.addEventListener('change', (event) => {
      const select = event.target as HTMLSelectElement;
      const show = this.outlines.find((s) => s.id === select.dataset.show);
      if (!show) return;
      const watched = Number(select.value);
      showProgress(select, show, this.t, watched); // names the episodes now watched
      saved(setProgress(show.id, watched));
    });
    this.globalSwitch.addEventListener('change', () => saved(enabledItem.setValue(this.globalSwitch.checked)));
    this.siteSwitch.addEventListener('change', () => saved(setSiteEnabled(this.hostname, this.siteSwitch.checked)));
  }
}
