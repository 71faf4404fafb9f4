/** The shows followed and the progress in each (src/ui/follow-list.ts), and the global switch. */
import { enabledItem } from '../settings';
import { followList } from '../ui/follow-list';
import type { ShownShow } from '../ui/show';
import type { OptionsPage, Render } from './page';

export function initProgress({ $, t, status }: OptionsPage, shows: readonly ShownShow[]): Render {
  const showFollowed = followList($<HTMLUListElement>('shows'), shows, t, (work) => status.save(work));
  const globalSwitch = $<HTMLInputElement>('global-enabled');
  globalSwitch.addEventListener('change', () => void status.save(enabledItem.setValue(globalSwitch.checked)));
  return (s) => {
    showFollowed(s);
    globalSwitch.checked = s.enabled;
  };
}
