/** `npm run eval`: scores the shield's matcher on tests/fixtures/corpus and prints every mistake. */
import { shippedCatalog } from '../src/catalog/compiled';
import { readCorpus } from '../src/eval/corpus';
import { evaluate, f1, precision, recall, type Counts } from '../src/eval/score';

const dir = process.argv[2] ?? 'tests/fixtures/corpus';
const quiet = process.argv.includes('--quiet');
const passages = readCorpus(dir);
const report = evaluate(passages, shippedCatalog());
const fmt = (n: number) => n.toFixed(3);
const row = (name: string, c: Counts) =>
  `${name.padEnd(12)} ${fmt(precision(c))}     ${fmt(recall(c))}   ${fmt(f1(c))}   ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${String(c.tn).padStart(4)}`;

console.log(`Corpus: ${passages.length} passages from ${dir}\n`);
console.log('watched      precision recall  F1      tp   fp   fn   tn');
for (const [w, c] of report.byLevel) console.log(row(`W=${w}`, c));
console.log(row('overall', report.overall));
console.log('\nrecall by plot point (passages hidden / passages that reveal it after W, over all W)');
for (const [id, r] of [...report.recallByPoint].sort((a, b) => a[1].hidden / a[1].total - b[1].hidden / b[1].total)) {
  console.log(`  ${(r.hidden / r.total).toFixed(3)}  ${String(r.hidden).padStart(3)}/${String(r.total).padEnd(3)} ${id}`);
}
if (!quiet) {
  console.log(`\n${report.mistakes.length} mistakes (passage × progress level):`);
  for (const m of report.mistakes) {
    const why = m.found.map((f) => `${f.id}@${f.episode} "${f.match}" [${f.pattern}]`).join('; ') || 'nothing found';
    console.log(`  [${m.kind}] W=${m.watched} ${m.id} (label ${m.label}): ${m.text}\n      → ${why}`);
  }
}
