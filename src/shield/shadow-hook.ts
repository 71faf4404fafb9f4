/**
 * Open shadow roots attached after their host is already in the page send no
 * mutation the shield could see. This small script runs in the page's own world
 * and, inside each `attachShadow` of an open root (once the root exists), dispatches
 * SHADOW_ROOT_EVENT on the host. The event carries nothing and asks for nothing: it only tells the
 * shield where to look, and the shield reads `host.shadowRoot` itself, so a page
 * that dispatches it can at most make the shield read a shadow root early.
 *
 * `attachShadow` keeps its exact behaviour: same arguments, same result, same
 * exceptions, and the page's own replacement of it (if any) still wins.
 */
export const SHADOW_ROOT_EVENT = 'spoiler-shield-shadow-root';

export function installShadowHook(win: Window & typeof globalThis): void {
  const proto = win.Element.prototype;
  const native = proto.attachShadow;
  if (typeof native !== 'function') return;
  const hooked = {
    attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
      const root = native.call(this, init);
      if (init?.mode === 'open') {
        // Synchronously, inside the page's call, before attachShadow returns: the root is still empty,
        // since the caller has not had it yet. A running shield starts observing it here
        // (src/content/index.ts), so the content the caller adds next reaches it as mutations.
        this.dispatchEvent(new win.Event(SHADOW_ROOT_EVENT, { composed: true }));
      }
      return root;
    },
  }.attachShadow;
  Object.defineProperty(proto, 'attachShadow', { value: hooked, writable: true, configurable: true, enumerable: true });
}
