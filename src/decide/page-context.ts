/**
 * Whether a page is about the show at all: it names one of the show's titles, or
 * two of its characters, one of them by a name that is not an everyday one. On a
 * page that is not, nothing is hidden: a news story about a Helena is not a spoiler.
 */

export class PageContext {
  private titleSeen = false;
  private readonly seen = new Map<string, number>();
  /** Ids of characters whose names are everyday ones. */
  constructor(private everyday: ReadonlySet<string>) {}

  /** Sets the everyday names once the catalog is known (blocks are only counted after that). */
  setEveryday(everyday: ReadonlySet<string>): void {
    this.everyday = everyday;
  }

  /** Records what one block names; returns true when this changed the page's verdict. */
  add(titleMentioned: boolean, characters: readonly string[]): boolean {
    const before = this.showMentioned;
    if (titleMentioned) this.titleSeen = true;
    for (const c of characters) this.seen.set(c, (this.seen.get(c) ?? 0) + 1);
    return before !== this.showMentioned;
  }

  /** Whether the page names one of the show's people by a name that is not an everyday one ("Malamadre"). */
  get namesSomeone(): boolean {
    for (const id of this.seen.keys()) if (!this.everyday.has(id)) return true;
    return false;
  }

  get showMentioned(): boolean {
    if (this.titleSeen) return true;
    if (this.seen.size < 2) return false;
    for (const id of this.seen.keys()) if (!this.everyday.has(id)) return true;
    return false;
  }
}
