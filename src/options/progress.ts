/** Progress ("Watched up to", with the show's episodes) and the global switch. */
import type { ShowOutline } from '../catalog/wire';
import { enabledItem, setWatchedEpisode } from '../settings';
import { showEpisodeOptions } from '../popup/text';
import type { OptionsPage, Render } from './page';

export function initProgress({ $, t, status }: OptionsPage, show: ShowOutline): Render {
  $('show-title').textContent = show.title;
  const watched = $<HTMLSelectElement>('watched');
  showEpisodeOptions(watched, show, t, 0);
  watched.addEventListener('change', () => void status.save(setWatchedEpisode(Number(watched.value))));
  const globalSwitch = $<HTMLInputElement>('global-enabled');
  globalSwitch.addEventListener('change', () => void status.save(enabledItem.setValue(globalSwitch.checked)));
  return (s) => {
    showEpisodeOptions(watched, show, t, s.watchedEpisode);
    watched.value = String(s.watchedEpisode);
    globalSwitch.checked = s.enabled;
  };
}
