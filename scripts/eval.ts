/** `npm run eval`: scores the shield's matcher on tests/fixtures/corpus and prints every mistake. */
import { shippedCatalog } from '../src/catalog/compiled';
import { readCorpus } from '../src/eval/corpus';
import { evaluate, f1, precision, recall, type Counts } from '../src/eval/score';

const dir = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'tests/fixtures/corpus';
const quiet = process.argv.includes('--quiet');
const passages = readCorpus(dir);
const report = evaluate(passages, shippedCatalog());
const fmt = (n: number) => n.toFixed(3);
const row = (name: string, c: Counts) =>
  `${name.padEnd(name.length > 12 ? name.length : 12)} ${fmt(precision(c))}     ${fmt(recall(c))}   ${fmt(f1(c))}   ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${String(c.tn).padStart(4)}`;

console.log(`Corpus: ${passages.length} passages from ${dir}\n`);
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
