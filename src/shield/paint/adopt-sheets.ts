/**
 * Adds stylesheets to a document's or a shadow root's `adoptedStyleSheets`, after the page's own.
 * Adopting changes no node of the page.
 *
 * Firefox up to ESR 140 refuses the ordinary way from a content script: `adoptedStyleSheets` is an
 * ObservableArray, and through the Xray wrapper a content script sees it throws "Accessing from Xray
 * wrapper is not supported" (153 allows it; docs/firefox.md). There the page's own accessor is called
 * on the page's view of the root (`wrappedJSObject`) with a list made in the page's compartment
 * (`cloneInto`). The accessor is the one the page had when this module was loaded, at document_start,
 * before any page script ran, so a page that replaces it later is never called. The page can see the
 * adopted sheets either way, as it can in Chrome.
 */
type Root = Document | ShadowRoot;

/** Firefox's content-script helper (absent elsewhere). */
declare const cloneInto: (<T>(value: T, target: object, options?: { wrapReflectors?: boolean }) => T) | undefined;

interface Accessor {
  get: () => unknown;
  set: (value: unknown) => void;
}

/** The page's own `adoptedStyleSheets` accessors, in a Firefox content script; undefined elsewhere. */
const pageAccessors = ((): { document: Accessor; shadowRoot: Accessor } | undefined => {
  try {
    if (typeof window === 'undefined') return undefined;
    const page = (window as { wrappedJSObject?: Record<string, { prototype: object }> }).wrappedJSObject;
    if (!page || typeof cloneInto !== 'function') return undefined;
    const of = (name: string) => Object.getOwnPropertyDescriptor(page[name]!.prototype, 'adoptedStyleSheets') as Accessor;
    return { document: of('Document'), shadowRoot: of('ShadowRoot') };
  } catch {
    return undefined;
  }
})();

/** Adds the `sheets` that `root` does not have yet, after its own. */
export function adoptSheets(root: Root, sheets: readonly CSSStyleSheet[]): void {
  try {
    const missing = sheets.filter((s) => !root.adoptedStyleSheets.includes(s));
    if (missing.length > 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
  } catch (error) {
    if (!pageAccessors) throw error;
    adoptThroughPage(root, sheets, pageAccessors);
  }
}

function adoptThroughPage(root: Root, sheets: readonly CSSStyleSheet[], accessors: NonNullable<typeof pageAccessors>): void {
  const waive = <T>(value: T) => (value as T & { wrappedJSObject: T }).wrappedJSObject;
  const pageRoot = waive(root);
  const accessor = root.nodeType === 9 ? accessors.document : accessors.shadowRoot;
  const current = Reflect.apply(accessor.get, pageRoot, []) as ArrayLike<CSSStyleSheet>;
  const list: CSSStyleSheet[] = [];
  for (let i = 0; i < current.length; i++) list.push(current[i]!);
  const missing = sheets.filter((s) => !list.includes(waive(s)));
  if (missing.length === 0) return;
  const win = (root.nodeType === 9 ? (root as Document) : root.ownerDocument!).defaultView!;
  Reflect.apply(accessor.set, pageRoot, [cloneInto!([...list, ...missing], win, { wrapReflectors: true })]);
}
