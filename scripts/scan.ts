/**
 * `npm run scan -- [--watched N] [--own PHRASE=N]... [--lines] [--check] FILE|-`
 * Prints one JSON line per passage: {"passage", "spoilers": [{"id", "episode", "match"}]}.
 * HTML is read with happy-dom and split into blocks by the content script's own code.
 */
import { Window } from 'happy-dom';
import { shippedCatalog } from '../src/catalog/compiled';
import { parseArgs, readInput, UsageError } from '../src/scan/cli';
import { looksLikeHtml, scanPassages, textPassages } from '../src/scan/scan';
import { blocksWithin, readBlockText } from '../src/shield/blocks';

function htmlPassages(html: string): string[] {
  const window = new Window();
  window.document.write(html);
  const blocks = new Set<Element>();
  blocksWithin(window.document.body as unknown as Node, blocks);
  const passages = [...blocks].map((b) => readBlockText(b).text).filter((t) => /\S/.test(t));
  void window.happyDOM.close();
  return passages;
}

function main(): number {
  const catalog = shippedCatalog();
  try {
    const args = parseArgs(process.argv.slice(2), catalog.episodeCount);
    const input = readInput(args.input);
    const passages = !args.lines && looksLikeHtml(input) ? htmlPassages(input) : textPassages(input, args.lines);
    const results = scanPassages(passages, catalog, args.watched, args.own);
    process.stdout.write(results.map((r) => JSON.stringify(r) + '\n').join(''));
    return args.check && results.some((r) => r.spoilers.length > 0) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`scan: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main();
