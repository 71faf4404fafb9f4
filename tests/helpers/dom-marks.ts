// What DOM tests read of the shield's work on happy-dom's document. happy-dom has no CSS Custom Highlight API:
// `installFakeHighlights` gives it a registry with the same surface, so the shield paints into something the
// tests can read (happy-dom's window.CSS is a new object at each read, so it is pinned first).

export class FakeHighlight extends Set<AbstractRange> {}

/** Installs the fake highlight API on happy-dom's window; the registry the shield's highlight goes into. */
export function installFakeHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const css = Object.defineProperty(window.CSS, 'highlights', { value: registry, configurable: true });
  Object.defineProperty(window, 'CSS', { value: css, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  return registry;
}

export const $ = (id: string) => document.getElementById(id)!;
/** The shield's state on the element with `id` ("hidden", "revealed"), or null. */
export const state = (id: string) => $(id).getAttribute('data-spoiler-shield');
/** The episode the shield gives the element with `id`, or null. */
export const episode = (id: string) => $(id).getAttribute('data-spoiler-episode');
