/** The reader's own plot points: the list, and a form to add one with the episode it belongs to. */
import type { ShowOutline } from '../catalog/wire';
import { showEpisodeOptions } from '../popup/text';
import { addOwnPlotPoint, nextUnwatched, OWN_PLOT_POINT_TEXT_MAX, OWN_PLOT_POINTS_MAX, removeOwnPlotPoint } from '../settings';
import { renderList, showError } from './list';
import type { OptionsPage, Render } from './page';

export function initOwnPlotPoints({ doc, $, t, status }: OptionsPage, show: ShowOutline): Render {
  const ownPlotPoints = $<HTMLUListElement>('keywords');
  const text = $<HTMLInputElement>('keyword-text');
  const episode = $<HTMLSelectElement>('keyword-episode');
  const error = $('keyword-error');
  text.maxLength = OWN_PLOT_POINT_TEXT_MAX;
  showEpisodeOptions(episode, show, t, 0, false);
  $<HTMLFormElement>('keyword-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void addOwnPlotPoint(text.value, Number(episode.value)).then(
      (result) => {
        if (!result.ok) {
          const max = result.problem === 'optKeywordsFull' ? OWN_PLOT_POINTS_MAX : OWN_PLOT_POINT_TEXT_MAX;
          showError(text, error, t(result.problem, max));
          return;
        }
        showError(text, error, '');
        text.value = '';
        status.say(t('optKeywordAdded', result.point.text, result.point.episode));
      },
      (failure) => status.failed('errorSave', failure),
    );
  });
  return (s) => {
    showEpisodeOptions(episode, show, t, s.watchedEpisode, false);
    renderList(ownPlotPoints, $('keywords-empty'), s.ownPlotPoints, (p) => ({
      text: p.text,
      detail: t('episodeN', p.episode),
      remove: () => void status.save(removeOwnPlotPoint(p.text)),
    }), t);
    // A new plot point is most likely from the next episode not watched.
    if (doc.activeElement !== episode) episode.value = String(nextUnwatched(s.watchedEpisode));
  };
}
