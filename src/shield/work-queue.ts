/**
 * A first-in, first-out queue without duplicates, taken from in O(1). (Taking the
 * first item of a Set over and over walks past every deleted entry each time,
 * which on a long page turns a linear pass quadratic.)
 */
export class WorkQueue<T> {
  private items: Array<T | undefined> = [];
  private head = 0;
  private readonly members = new Set<T>();

  get size(): number {
    return this.items.length - this.head;
  }

  has(item: T): boolean {
    return this.members.has(item);
  }

  add(item: T): void {
    if (this.members.has(item)) return;
    this.members.add(item);
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head] as T;
    this.items[this.head++] = undefined;
    this.members.delete(item);
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
    this.members.clear();
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i] as T;
  }
}
