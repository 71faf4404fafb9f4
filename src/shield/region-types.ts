/** What regions.ts answers about a block, and what it asks of the shield: kept apart so that modules that only pass scopes around need not import the reader of regions. */
/** What a region says about a block in it: the episode it covers, and the heading (or body) it hangs from. */
export interface Scope {
  episode: number;
  /** The element whose words gave the scope: one action reveals every block scoped by it. */
  source: Element;
  /** The scope hides only words that name someone or something of the show (a post's own "ep 4" is no recap). */
  story?: true;
  /** The scope comes from a title's subtitle: words that tell an event of the show themselves are judged by it ("Helena dies: … ending explained"). */
  subtitle?: true;
  /** A table row's episode column gives it: a row of few words ("3 | 1 | The boss's right hand") is no chatter. */
  row?: true;
  /** A comment under a post that opens talk about the whole show (post-talk.ts), and its author line (no words of its own). */
  talk?: { author?: string };
  /** A reply that takes up what a hidden comment said (follow-on.ts): no chatter. */
  follows?: true;
  /** A post that hints something happens in an episode ahead ("espérate al 5", "no llega ni al 5"): no chatter, however short. */
  hint?: true;
  /** A comment that looks back at an earlier episode than its thread's ("voy en el capítulo 3"): a person's words, chatter aside. */
  back?: true;
}

export interface RegionOptions {
  /** Whether a text names the show (one of its titles). */
  namesShow(text: string): boolean;
  /** The show's last episode ("finale", "the whole season"). */
  lastEpisode(): number;
  /** The latest episode of an event a question asks about ("Does Calancho die?"), if any. */
  questionEpisode?(question: string): number | undefined;
  /** Whether a text tells what someone of the show did without naming them ("i still cant believe he chose to stay inside"). */
  tellsOfSomeone?(text: string): boolean;
  /** The page's own title (the shield may show a neutral one in its place; that one must never scope the page). */
  pageTitle?(): string;
}
