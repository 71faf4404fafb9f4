// The accuracy targets of issue #3, enforced so that no change can quietly lower them.
import { compiledShow, shippedCatalog } from '@/src/catalog/compiled';
import { readCorpus } from '@/src/eval/corpus';
import { evaluate, precision, recall } from '@/src/eval/score';

const corpus = readCorpus('tests/fixtures/corpus');
const report = evaluate(corpus, shippedCatalog());

describe('accuracy on the labelled corpus', () => {
  it('is a corpus of the promised size and mix', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    expect(corpus.filter((p) => p.lang === 'es').length / corpus.length).toBeGreaterThanOrEqual(0.25);
    expect(corpus.filter((p) => p.episode === 0).length).toBeGreaterThanOrEqual(150);
  });

  it('reaches precision and recall of 0.97 over watched = 0, 2, 4 and 5', () => {
    expect(report.levels).toEqual([0, 2, 4, 5]);
    expect(precision(report.overall)).toBeGreaterThanOrEqual(0.97);
    expect(recall(report.overall)).toBeGreaterThanOrEqual(0.97);
  });

  it('leaves no plot point below 0.90 recall', () => {
    const low = [...report.byPoint].filter(([, c]) => recall(c) < 0.9).map(([id]) => id);
    expect(low).toEqual([]);
    // Every plot point of the facts' table after the premise is measured: 21 of them. The other events of each
    // episode (issue 12) are not labelled in the sentence corpora; npm run eval:pages scores them on whole pages.
    expect([...report.byPoint.values()].filter((c) => c.tp + c.fn > 0).length).toBe(21);
    expect(shippedCatalog().plots.slice(0, 23).filter((p) => p.episode > 0).every((p) => report.byPoint.get(p.id)!.tp > 0)).toBe(true);
  });
});

// Issue 13: the 2009 film is a second pack, scored on its own corpus at "not watched" (a film has one step).
describe('accuracy on the 2009 film corpus', () => {
  const film = compiledShow('celda-211-2009');
  const filmReport = evaluate(readCorpus('tests/fixtures/film-corpus'), film, [0]);

  it('stays at or above precision 0.98 and recall 0.87 (first score, frames only: 0.986 / 0.772)', () => {
    expect(film.episodeCount).toBe(1);
    expect(precision(filmReport.overall)).toBeGreaterThanOrEqual(0.98);
    expect(recall(filmReport.overall)).toBeGreaterThanOrEqual(0.87);
  });

  it('never hides a passage about the series or the premise as the film', () => {
    const seriesOnly = readCorpus('tests/fixtures/film-corpus').filter((p) => p.episode === 0 && /netflix|calancho|diego calva/i.test(p.text));
    expect(seriesOnly.length).toBeGreaterThan(5);
    expect(filmReport.mistakes.filter((m) => seriesOnly.some((p) => p.id === m.id))).toEqual([]);
  });
});
