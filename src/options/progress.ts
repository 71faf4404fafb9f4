/** Progress ("Watched up to", with the show's episodes) and the global switch. */
import type { ShowOutline } from '../catalog/wire';
import { enabledItem, setWatchedEpisode } from '../settings';
import { episodeOptions } from '../popup/text';
import type { OptionsPage, Render } from './page';

export function initProgress({ $, t, status }: OptionsPage, show: ShowOutline): Render {
  $('show-title').textContent = show.title;
  const watched = $<HTMLSelectElement>('watched');
  for (const { value, text } of episodeOptions(show, t)) watched.add(new Option(text, String(value)));
  watched.addEventListener('change', () => void status.save(setWatchedEpisode(Number(watched.value))));
  const globalSwitch = $<HTMLInputElement>('global-enabled');
  globalSwitch.addEventListener('change', () => void status.save(enabledItem.setValue(globalSwitch.checked)));
  return (s) => {
    watched.value = String(s.watchedEpisode);
    globalSwitch.checked = s.enabled;
  };
}
