/**
 * The reader's own plot points: the list, and a form to add one with its show and the episode it
 * belongs to. The shows offered are the followed ones (every shipped show while none is followed).
 */
import { showEpisodeOptions } from '../popup/text';
import { addOwnPlotPoint, nextUnwatched, OWN_PLOT_POINT_TEXT_MAX, OWN_PLOT_POINTS_MAX, removeOwnPlotPoint, type Settings } from '../settings';
import type { ShownShow } from '../ui/show';
import { renderList, showError } from './list';
import type { OptionsPage, Render } from './page';

export function initOwnPlotPoints({ doc, $, t, status }: OptionsPage, shows: readonly ShownShow[]): Render {
  const ownPlotPoints = $<HTMLUListElement>('keywords');
  const text = $<HTMLInputElement>('keyword-text');
  const showMenu = $<HTMLSelectElement>('keyword-show');
  const episode = $<HTMLSelectElement>('keyword-episode');
  const error = $('keyword-error');
  text.maxLength = OWN_PLOT_POINT_TEXT_MAX;
  let settings: Settings | undefined;
  const chosen = () => shows.find((s) => s.id === showMenu.value) ?? shows[0]!;
  /** The chosen show's episodes, the next one not watched chosen (a new plot point most likely is from it). */
  const showEpisodes = () => {
    const show = chosen();
    const watched = settings?.progress[show.id] ?? 0;
    while (episode.options.length > 0) episode.remove(0); // another show's episodes
    // A film's plot points belong to the film itself: its one "episode", named by the film's title.
    if (show.kind === 'film') episode.add(new Option(show.title, '1'));
    else showEpisodeOptions(episode, { episodes: show.episodes }, t, watched, false);
    episode.value = String(nextUnwatched(watched, show.id));
  };
  showMenu.addEventListener('change', showEpisodes);
  $<HTMLFormElement>('keyword-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const show = chosen();
    void addOwnPlotPoint(text.value, Number(episode.value), show.id).then(
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
    settings = s;
    const offered = s.followedShows.length > 0 ? shows.filter((show) => s.followedShows.includes(show.id)) : shows;
    const before = showMenu.value;
    if ([...showMenu.options].map((o) => o.value).join('\n') !== offered.map((show) => show.id).join('\n')) {
      showMenu.replaceChildren(...offered.map((show) => new Option(show.title, show.id)));
      if (offered.some((show) => show.id === before)) showMenu.value = before;
    }
    // Keep the episode the reader is choosing; otherwise offer the next one not watched.
    if (doc.activeElement !== episode) showEpisodes();
    const showOf = (id: string) => shows.find((show) => show.id === id);
    renderList(ownPlotPoints, $('keywords-empty'), s.ownPlotPoints, (p) => ({
      text: p.text,
      detail: showOf(p.show)?.kind === 'film' ? showOf(p.show)!.title : t('ownPlotPointOf', showOf(p.show)?.title ?? p.show, p.episode),
      remove: () => void status.save(removeOwnPlotPoint(p.text, p.show)),
    }), t);
  };
}
