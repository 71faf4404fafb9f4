/**
 * Live blogs and watch-alongs: entries that open with a clock time ("7:06 PM", "21:05"), one after another. An entry
 * that names an episode ("8:05 PM Episode 2. …", "9:02 PM Episode 3 begins …") starts that episode, and the entries
 * after it that name none are in it ("8:21 PM Tear gas in the gym …"), as the blocks of a section are under its
 * heading. "After" is in the blog's own order: newest first when the times run backwards down the page.
 */
import { firstWords } from './region-blocks';

/** A clock time that opens an entry: "7:06 PM", "12:58 a.m.", "21:05", "1:09:30", a chat log's "[21:05]". */
const CLOCK = /^\s*[[(]?(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?\s?(?:m\b\.?)?/i;
/** How many entries back an entry looks for the one that started its episode. */
const MAX_LOOK = 60;
const DAY = 24 * 60;

/** The minute of the day an element's first words give, if they open with a clock time. */
function clockOf(el: Element): number | undefined {
  const m = CLOCK.exec(firstWords(el)?.nodeValue ?? '');
  if (!m) return undefined;
  let hour = Number(m[1]);
  const half = m[3]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  else if (half === 'a' && hour === 12) hour = 0;
  return (hour * 60 + Number(m[2])) % DAY;
}

/** Whether `later` comes after `earlier` on a clock, within half a day (past midnight too). */
function runsForward(earlier: number, later: number): boolean {
  const gap = (later - earlier + DAY) % DAY;
  return gap > 0 && gap < DAY / 2;
}

/** The episodes named by the entries of live blogs, each entry's remembered until its words change. */
export class LiveBlog {
  private named = new WeakMap<Element, number | null>();

  /** `episodeIn`: the episode a text names itself, if any. */
  constructor(private readonly episodeIn: (entry: Element) => number | undefined) {}

  reset(): void {
    this.named = new WeakMap();
  }

  changed(el: Element): void {
    this.named.delete(el);
  }

  /**
   * The episode the timed entry `entry` is in, when it names none itself: the one named by the nearest entry before it
   * in the blog's order (`from`, which heads it as a heading heads a section). Undefined for what is not a timed entry.
   */
  episode(entry: Element): { episode: number; from: Element } | undefined {
    return runningEpisode(entry, (e) => {
      let n = this.named.get(e);
      if (n === undefined) this.named.set(e, (n = this.episodeIn(e) ?? null));
      return n ?? undefined;
    });
  }
}

/** LiveBlog.episode, `named` giving the episode an entry names itself, if any. */
function runningEpisode(entry: Element, named: (entry: Element) => number | undefined): { episode: number; from: Element } | undefined {
  const time = clockOf(entry);
  if (time === undefined) return undefined;
  // The blog's order: the neighbour above is earlier when its time is.
  const above = neighbour(entry, -1);
  const below = neighbour(entry, 1);
  const aboveTime = above ? clockOf(above) : undefined;
  const belowTime = below ? clockOf(below) : undefined;
  const newestFirst = aboveTime !== undefined ? runsForward(time, aboveTime) : belowTime !== undefined && runsForward(belowTime, time);
  let e: Element | null = entry;
  for (let n = 0; n < MAX_LOOK && (e = neighbour(e, newestFirst ? 1 : -1)); n++) {
    const episode = named(e);
    if (episode !== undefined) return { episode, from: e };
  }
  return undefined;
}

/** The nearest sibling of `el` above (-1) or below (1) that is a timed entry, past anything else between them. */
function neighbour(el: Element, way: -1 | 1): Element | null {
  let e = way < 0 ? el.previousElementSibling : el.nextElementSibling;
  for (let n = 0; e && n < 3; e = way < 0 ? e.previousElementSibling : e.nextElementSibling, n++) {
    if (clockOf(e) !== undefined) return e;
  }
  return null;
}
