// Several followed shows in one decision (issue 13): per-show progress, work markers, hints that name the show.
import { compiledShow } from '@/src/catalog/compiled';
import { ShowsVerdict } from '@/src/decide/shows';
import { WorkMarkers } from '@/src/decide/works';

const series = () => compiledShow('prison-cell-211');
const film = () => compiledShow('celda-211-2009');

function spoilers(verdict: ShowsVerdict, texts: string[]): string[][] {
  const analyses = texts.map((t) => {
    const a = verdict.analyse(t);
    if (a) verdict.notePage(a);
    return a;
  });
  return analyses.map((a) => (a ? verdict.spoilersIn(a).flatMap((s) => s.reveals.map((r) => `${r.showId}/${r.id}`)) : []));
}

describe('ShowsVerdict', () => {
  it('keeps each show at its own progress', () => {
    const texts = ['Celda 211: a comparison of the film and the series.', 'Elena dies.'];
    expect(spoilers(new ShowsVerdict([{ catalog: series(), watched: 0 }, { catalog: film(), watched: 0 }]), texts)[1]).toEqual([
      'prison-cell-211/helena-dies',
      'celda-211-2009/film-elena-dies',
    ]);
    expect(spoilers(new ShowsVerdict([{ catalog: series(), watched: 5 }, { catalog: film(), watched: 0 }]), texts)[1]).toEqual(['celda-211-2009/film-elena-dies']);
    expect(spoilers(new ShowsVerdict([{ catalog: series(), watched: 2 }, { catalog: film(), watched: 1 }]), texts)[1]).toEqual(['prison-cell-211/helena-dies']);
  });

  it('counts a sentence for the work its context names, and an unmarked one for both', () => {
    const v = new ShowsVerdict([{ catalog: series(), watched: 0 }, { catalog: film(), watched: 0 }]);
    const out = spoilers(v, [
      'Celda 211, then and now.',
      'En la película de Monzón, Elena muere.',
      'In the Netflix series, Elena dies in the fifth episode.',
      'In the 2009 film the story is harsher. Elena dies there too.',
      'Elena muere.',
    ]);
    expect(out.slice(1)).toEqual([
      ['celda-211-2009/film-elena-dies'],
      ['prison-cell-211/helena-dies'],
      ['celda-211-2009/film-elena-dies'],
      ['prison-cell-211/helena-dies', 'celda-211-2009/film-elena-dies'],
    ]);
  });

  it('does not count a sentence marked for a known work that is not followed', () => {
    const texts = ['Celda 211 (2009) revisited.', 'In the Netflix series, Elena dies.', 'Elena dies.'];
    const knownWorks = [{ showId: 'prison-cell-211', markers: series().markers! }];
    expect(spoilers(new ShowsVerdict([{ catalog: film(), watched: 0 }], { knownWorks }), texts)).toEqual([[], [], ['celda-211-2009/film-elena-dies']]);
  });

  it('lists first the shows a page names someone of, for "Hide this as a spoiler" (the title "Cell 211" is both works\')', () => {
    const both = () => new ShowsVerdict([{ catalog: series(), watched: 0 }, { catalog: film(), watched: 0 }]);
    const filmPage = both();
    spoilers(filmPage, ["Rewatching Monzón's Cell 211.", "Luis Tosar's Malamadre still owns every scene."]);
    expect(filmPage.pageShows).toEqual(['celda-211-2009', 'prison-cell-211']);
    const seriesPage = both();
    spoilers(seriesPage, ['Cell 211, episode 3.', 'Calancho keeps the lawyer close.']);
    expect(seriesPage.pageShows).toEqual(['prison-cell-211', 'celda-211-2009']);
    const neither = both();
    spoilers(neither, ['A quiet afternoon at the library.']);
    expect(neither.pageShows).toEqual([]);
  });

  it('only hides a show on a page that names that show', () => {
    const v = new ShowsVerdict([{ catalog: series(), watched: 0 }, { catalog: film(), watched: 0 }]);
    expect(spoilers(v, ['Malamadre is the role of a lifetime.', 'Juan dies at the end.'])).toEqual([[], ['celda-211-2009/film-juan-dies']]);
    expect(v.pageShows).toEqual(['celda-211-2009']);
  });

  it('names the show in the hint when several are followed, and gives each own plot point to its show', () => {
    const v = new ShowsVerdict(
      [
        { catalog: series(), watched: 0, title: 'Prison Cell 211' },
        { catalog: film(), watched: 0, title: 'Cell 211 (2009)' },
      ],
      { lang: 'en' },
    );
    v.setOwnPlotPoints([{ text: 'tunnel', episode: 1, showId: 'celda-211-2009' }]);
    const a = v.analyse('Celda 211. Elena dies, and the tunnel stays.')!;
    v.notePage(a);
    const hint = v.hintOf(v.spoilersIn(a));
    expect(hint.showIds).toEqual(['prison-cell-211', 'celda-211-2009']);
    expect(hint.labels).toEqual(['Prison Cell 211: A death in episode 5', 'Cell 211 (2009): A death in the film', 'Cell 211 (2009): ownKeyword']);
    expect(v.setWatched('celda-211-2009', 1)).toBe(true);
    expect(v.hintOf(v.spoilersIn(a)).showIds).toEqual(['prison-cell-211']);
  });
});

describe('WorkMarkers', () => {
  const works = new WorkMarkers([
    { showId: 'a', markers: ['series', 'la serie'] },
    { showId: 'b', markers: ['film', 'película'] },
  ]);
  it('finds the works a sentence names, else the last one named before it', () => {
    const text = 'The film is older. It is darker. The series and the film differ. Nobody agrees.';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    expect(works.worksOf(text, ...at('The film is older.'))).toEqual(new Set(['b']));
    expect(works.worksOf(text, ...at('It is darker.'))).toEqual(new Set(['b']));
    expect(works.worksOf(text, ...at('The series and the film differ.'))).toEqual(new Set(['a', 'b']));
    expect(works.worksOf('Nothing named here.', 0, 19)).toBeUndefined();
    expect(works.worksOf('En la película muere.', 0, 21)).toEqual(new Set(['b']));
  });
});
