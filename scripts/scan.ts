/**
 * `npm run scan -- [--watched N | --watched SHOW=N ...] [--own PHRASE=N]... [--lines] [--check] FILE|-`
 * Prints one JSON line per passage: {"passage", "spoilers": [{"id", "episode", "match", "show"}]}.
 * `--watched N` is the first show's progress (Prison Cell 211); `--watched SHOW=N` (repeatable) follows
 * each named show at its own progress, and shows it does not name are not followed.
 * HTML is read with happy-dom and split into blocks by the content script's own code.
 */
import { Window } from 'happy-dom';
import { compiledShow, SHIPPED_SHOW_IDS } from '../src/catalog/compiled';
import { parseArgs, readInput, UsageError } from '../src/scan/cli';
import { looksLikeHtml, scanShows, textPassages } from '../src/scan/scan';
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
  const known = SHIPPED_SHOW_IDS.map((id) => ({ id, episodeCount: compiledShow(id).episodeCount }));
  try {
    const args = parseArgs(process.argv.slice(2), known[0]!.episodeCount, known);
    const input = readInput(args.input);
    const passages = !args.lines && looksLikeHtml(input) ? htmlPassages(input) : textPassages(input, args.lines);
    // Without `--watched SHOW=N`, only the first show is followed, at `--watched N` (0 by default).
    const followed = Object.entries(args.shows ?? { [known[0]!.id]: args.watched });
    // With `--watched SHOW=N`, a sentence marked for a known show that is not followed counts for none. Without
    // it, scan decides exactly as today's single-show content script does, which reads no work markers.
    const knownWorks = args.shows ? known.map(({ id }) => ({ showId: id, markers: compiledShow(id).markers ?? [] })) : [];
    const results = scanShows(passages, followed.map(([id, watched]) => ({ catalog: compiledShow(id), watched })), args.own, knownWorks);
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
