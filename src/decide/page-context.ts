/**
 * Whether a page is about the show at all: it names one of the show's titles, or
 * two of its characters, one of them by a name that is not an everyday one, nor only by a
 * surname alone or a number (MentionDef.weak). On a page that is not, nothing is hidden: a news
 * story about a Helena is not a spoiler, nor a match report where an Aguilar wears the 25.
 */

export class PageContext {
  private titleSeen = false;
  private readonly seen = new Map<string, number>();
  /** Characters the page has named at least once by a name that is not weak. */
  private readonly strong = new Set<string>();
  /** Ids of characters whose names are everyday ones. */
  constructor(private everyday: ReadonlySet<string>) {}

  /** Sets the everyday names once the catalog is known (blocks are only counted after that). */
  setEveryday(everyday: ReadonlySet<string>): void {
    this.everyday = everyday;
  }

  /** Records what one block names; returns true when this changed the page's verdict, or the page named the title at last. */
  add(titleMentioned: boolean, characters: readonly string[], weak: readonly string[] = []): boolean {
    const before = this.showMentioned;
    const firstTitle = titleMentioned && !this.titleSeen;
    if (titleMentioned) this.titleSeen = true;
    for (const c of characters) {
      this.seen.set(c, (this.seen.get(c) ?? 0) + 1);
      if (!weak.includes(c)) this.strong.add(c);
    }
    return firstTitle || before !== this.showMentioned;
  }

  /** Whether the page names one of the show's people by a name that is not an everyday one ("Malamadre"). */
  get namesSomeone(): boolean {
    for (const id of this.strong) if (!this.everyday.has(id)) return true;
    return false;
  }

  /** Whether the page names one of the show's titles (not only two of its people). */
  get namesTitle(): boolean {
    return this.titleSeen;
  }

  get showMentioned(): boolean {
    if (this.titleSeen) return true;
    return this.seen.size >= 2 && this.namesSomeone;
  }
}
