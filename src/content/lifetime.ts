/**
 * One lifetime for everything the content script starts: DOM listeners take its `signal`, extension
 * listeners and timers are removed when it ends. Not WXT's `ctx`, which ends on a DOM event that a
 * page could dispatch too: only the content script itself ends this one (`end`), when the extension
 * is gone (updated, disabled or removed, see `extensionGone`) or when a test stops it.
 */

/** An extension event (`browser.storage.onChanged`, `browser.runtime.onMessage`, …). */
export interface ExtensionEvent<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

export class Lifetime {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.controller.signal.aborted;
  }

  /** Runs `fn` when the lifetime ends (at once if it has). */
  onEnd(fn: () => void): void {
    if (this.ended) fn();
    else this.signal.addEventListener('abort', fn, { once: true });
  }

  /** Adds `listener` to an extension event until the lifetime ends. */
  listen<F>(event: ExtensionEvent<F>, listener: F): void {
    if (this.ended) return;
    event.addListener(listener);
    this.onEnd(() => event.removeListener(listener));
  }

  /** A timeout that is cleared when the lifetime ends (its hook on the lifetime goes when it fires). */
  timeout(win: Window, fn: () => void, ms: number): void {
    if (this.ended) return;
    const clear = () => win.clearTimeout(id);
    const id = win.setTimeout(() => {
      this.signal.removeEventListener('abort', clear);
      fn();
    }, ms);
    this.signal.addEventListener('abort', clear, { once: true });
  }

  end(): void {
    this.controller.abort();
  }
}
