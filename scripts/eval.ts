/**
 * `npm run eval -- [FOLDER] [--show ID] [--quiet]`: scores the shield's matcher on a labelled corpus and
 * prints every mistake. Without a folder, scores every sentence corpus, each with its show (the four
 * Prison Cell 211 sets and the 2009 film's), and ends with one summary line per corpus.
 */
import { compiledShow } from '../src/catalog/compiled';
import { readCorpus } from '../src/eval/corpus';
import { evaluate, f1, LEVELS, precision, recall, type Counts } from '../src/eval/score';

const CORPORA: ReadonlyArray<[string, string]> = [
  ['tests/fixtures/corpus', 'prison-cell-211'],
  ['tests/fixtures/holdout', 'prison-cell-211'],
  ['tests/fixtures/holdout2', 'prison-cell-211'],
  ['tests/fixtures/holdout3', 'prison-cell-211'],
  ['tests/fixtures/film-corpus', 'celda-211-2009'],
];
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? args[showAt + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith("-") && !(showAt >= 0 && i === showAt + 1));
const fmt = (n: number) => n.toFixed(3);
const row = (name: string, c: Counts) =>
  `${name.padEnd(name.length > 12 ? name.length : 12)} ${fmt(precision(c))}     ${fmt(recall(c))}   ${fmt(f1(c))}   ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${String(c.tn).padStart(4)}`;

function score(folder: string, showId: string): Counts {
  const passages = readCorpus(folder);
  const catalog = compiledShow(showId);
  // A show of N episodes is scored at the levels below N (a film: 0 only, "not watched").
  const levels = LEVELS.filter((w) => w < catalog.episodeCount);
  const report = evaluate(passages, catalog, levels);
  console.log(`Corpus: ${passages.length} passages from ${folder}, show ${showId}\n`);
  console.log('watched      precision recall  F1      tp   fp   fn   tn');
  for (const [w, c] of report.byLevel) console.log(row(`W=${w}`, c));
  console.log(row('overall', report.overall));
  console.log('\nby plot point, over all W (fp: passages that should have stayed readable, hidden for this plot point)');
  console.log('plot point                   precision recall  F1      tp   fp   fn');
  for (const [id, c] of [...report.byPoint].sort((a, b) => recall(a[1]) - recall(b[1]))) {
    console.log(row(id.padEnd(28), c).replace(/\s+\d+$/, ''));
  }
  if (!quiet) {
    console.log(`\n${report.mistakes.length} mistakes (passage × progress level):`);
    for (const m of report.mistakes) {
      const why = m.found.map((f) => `${f.id}@${f.episode} "${f.match}" [${f.pattern}]`).join('; ') || 'nothing found';
      console.log(`  [${m.kind}] W=${m.watched} ${m.id} (label ${m.label}): ${m.text}\n      → ${why}`);
    }
  }
  return report.overall;
}

if (dir) score(dir, show ?? CORPORA.find(([d]) => dir.replace(/\/$/, '').endsWith(d))?.[1] ?? 'prison-cell-211');
else {
  const summary = CORPORA.map(([d, s]) => {
    const c = score(d, s);
    console.log('\n' + '-'.repeat(80) + '\n');
    return `${d.padEnd(28)} ${s.padEnd(16)} precision ${fmt(precision(c))}  recall ${fmt(recall(c))}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`;
  });
  console.log('Summary\n' + summary.join('\n'));
}
