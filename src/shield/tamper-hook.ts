/**
 * Nothing tells a content script that a page took the shield's paint away: `CSS.highlights.clear()`,
 * emptying the shield's highlight, or `document.adoptedStyleSheets = []` send no mutation. Checking
 * before every frame would work (and did), but it makes the browser render a frame every 16 ms for as
 * long as anything is hidden, on a page that is otherwise idle.
 *
 * This part of the page-world hook (see shadow-hook.ts) wraps the calls that can take the paint away:
 * the highlight registry's `set`, `delete` and `clear`, a highlight's `delete` and `clear`, and the
 * `adoptedStyleSheets` setters of documents and shadow roots. After the page's call has done what it
 * always does, it dispatches TAMPER_EVENT on the document (on the shadow root's host for a root's
 * sheets). The event carries nothing and asks for nothing: the shield only checks its own paint again,
 * so a page that dispatches it itself can at most make the shield check early.
 *
 * What no wrapper can see (an `adoptedStyleSheets` array changed in place, `.splice()` or `.pop()`)
 * is found by the content script's slower check (src/content/guard.ts).
 */
export const TAMPER_EVENT = 'spoiler-shield-tamper';

type Win = Window & typeof globalThis;

export function installTamperHook(win: Win): void {
  const tell = (target: EventTarget) => target.dispatchEvent(new win.Event(TAMPER_EVENT, { composed: true }));
  const doc = win.document;
  const scope = win as unknown as Record<string, { prototype: object } | undefined>;
  wrapMethods(scope.HighlightRegistry?.prototype, ['set', 'delete', 'clear'], () => tell(doc));
  wrapMethods(scope.Highlight?.prototype, ['delete', 'clear'], () => tell(doc));
  wrapSetter(win.Document?.prototype, 'adoptedStyleSheets', (self) => tell(self as Document));
  wrapSetter(win.ShadowRoot?.prototype, 'adoptedStyleSheets', (self) => tell((self as ShadowRoot).host));
}

/** Wraps each method: same arguments, same result, same exceptions; `after` runs once it has returned. */
function wrapMethods(proto: object | undefined, names: readonly string[], after: (self: unknown) => void): void {
  if (!proto) return;
  for (const name of names) {
    const native = (proto as Record<string, unknown>)[name];
    if (typeof native !== 'function') continue;
    const wrapped = {
      [name](this: unknown, ...args: unknown[]): unknown {
        const result = Reflect.apply(native, this, args);
        after(this);
        return result;
      },
    }[name]!;
    Object.defineProperty(proto, name, { value: wrapped, writable: true, configurable: true, enumerable: true });
  }
}

/** Wraps an accessor's setter the same way; the getter stays the native one. */
function wrapSetter(proto: object | undefined, name: string, after: (self: unknown) => void): void {
  const own = proto && Object.getOwnPropertyDescriptor(proto, name);
  const set = own?.set;
  if (!own || !set) return;
  Object.defineProperty(proto, name, {
    ...own,
    set: {
      [name](this: unknown, value: unknown): void {
        Reflect.apply(set, this, [value]);
        after(this);
      },
    }[name],
  });
}
