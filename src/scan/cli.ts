/**
 * `scan [--watched N | --watched SHOW=N ...] [--own PHRASE=N]... [--lines] [--check] FILE|-`: argument parsing and input
 * checks. Every problem becomes one line on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs';
import type { OwnPlotPoint } from '../decide/own-keywords';

export class UsageError extends Error {}

export interface ScanArgs {
  watched: number;
  lines: boolean;
  check: boolean;
  /**
   * With `--watched SHOW=N` (repeatable): each followed show's progress; shows not named are not
   * followed. Absent otherwise: only the first show is followed, at `watched`.
   */
  shows?: Record<string, number>;
  /** The reader's own plot points (`--own "tunnel=4"`), hidden on any page. */
  own: OwnPlotPoint[];
  input: string;
}

export const USAGE = 'usage: scan [--watched N | --watched SHOW=N ...] [--own PHRASE=N]... [--lines] [--check] FILE|-';

/** A show `scan` knows: its id and how many episodes it has (a film: 1). */
export interface ScanShow {
  id: string;
  episodeCount: number;
}

export function parseArgs(argv: string[], maxEpisode: number, shows: readonly ScanShow[] = []): ScanArgs {
  const args: Partial<ScanArgs> & { own: OwnPlotPoint[] } = { watched: 0, lines: false, check: false, own: [] };
  let plainWatched = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lines') args.lines = true;
    else if (a === '--check') args.check = true;
    else if (a === '--watched' || a.startsWith('--watched=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const perShow = value === undefined ? null : /^([a-z0-9][a-z0-9-]*)=(\d+)$/.exec(value);
      if (perShow) {
        const show = shows.find((s) => s.id === perShow[1]);
        if (!show) throw new UsageError(`--watched names no known show ${JSON.stringify(perShow[1])} (known: ${shows.map((s) => s.id).join(', ') || 'none'})`);
        const m = Number(perShow[2]);
        if (m > show.episodeCount) throw new UsageError(`--watched ${show.id}=N needs N from 0 to ${show.episodeCount}, got ${m}`);
        (args.shows ??= {})[show.id] = m;
        continue;
      }
      plainWatched = true;
      const n = Number(value);
      if (value === undefined || !/^\d+$/.test(value) || n > maxEpisode) {
        throw new UsageError(`--watched needs a whole number from 0 to ${maxEpisode}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      }
      args.watched = n;
    } else if (a === '--own' || a.startsWith('--own=')) {
      const value = a.includes('=') && a.startsWith('--own=') ? a.slice('--own='.length) : argv[++i];
      const m = value === undefined ? null : /^(.*\S)\s*=\s*(\d+)$/s.exec(value);
      const episode = m ? Number(m[2]) : NaN;
      if (!m || episode < 1 || episode > maxEpisode) {
        throw new UsageError(`--own needs PHRASE=N with N from 1 to ${maxEpisode}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      }
      args.own.push({ text: m[1]!.trim(), episode });
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown flag ${a} (${USAGE})`);
    else if (args.input !== undefined) throw new UsageError(`one input only, got ${JSON.stringify(args.input)} and ${JSON.stringify(a)}`);
    else args.input = a;
  }
  if (args.input === undefined) throw new UsageError(`no input given (${USAGE})`);
  // `--watched N` is the first show's progress; with `--watched SHOW=N` too, it follows the first show as well.
  if (args.shows && plainWatched && shows[0]) args.shows = { [shows[0].id]: args.watched!, ...args.shows };
  return args as ScanArgs;
}

/** Reads the input as UTF-8 text; binary or undecodable data is refused. */
export function readInput(input: string, readStdin: () => Buffer = () => readFileSync(0)): string {
  let bytes: Buffer;
  try {
    bytes = input === '-' ? readStdin() : readFileSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`cannot read ${input === '-' ? 'standard input' : input}: ${why}`);
  }
  if (bytes.includes(0)) throw new UsageError(`${input === '-' ? 'standard input' : input} looks like binary data, not text or HTML`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${input === '-' ? 'standard input' : input} is not UTF-8 text`);
  }
}
