// The page-world hook's wrappers (src/shield/tamper-hook.ts) keep what the page's calls do, and tell
// the document after each. Built on stand-ins for the browser's classes, so that the wrapped natives
// can be watched: the real ones are exercised in Chromium by tests/e2e/live-tamper.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { installTamperHook, TAMPER_EVENT } from '../../src/shield/tamper-hook';

function standIns() {
  const calls: string[] = [];
  class HighlightRegistry {
    set(name: string, value: unknown) {
      calls.push(`set ${name}`);
      void value;
      return this;
    }
    delete(name: string) {
      calls.push(`delete ${name}`);
      return name === 'known';
    }
    clear() {
      if (calls.includes('throw')) throw new TypeError('from the native');
      calls.push('clear');
    }
  }
  class Highlight {
    delete() {
      calls.push('highlight delete');
      return false;
    }
    clear() {
      calls.push('highlight clear');
    }
  }
  class Document extends EventTarget {
    sheets: unknown[] = [];
    get adoptedStyleSheets() {
      return this.sheets;
    }
    set adoptedStyleSheets(value: unknown[]) {
      calls.push('document sheets');
      this.sheets = value;
    }
  }
  class ShadowRoot {
    constructor(readonly host: EventTarget) {}
    sheets: unknown[] = [];
    get adoptedStyleSheets() {
      return this.sheets;
    }
    set adoptedStyleSheets(value: unknown[]) {
      calls.push('root sheets');
      this.sheets = value;
    }
  }
  const document = new Document();
  const told: EventTarget[] = [];
  document.addEventListener(TAMPER_EVENT, (e) => told.push(e.target!));
  const win = { HighlightRegistry, Highlight, Document, ShadowRoot, document, Event };
  installTamperHook(win as unknown as Window & typeof globalThis);
  return { calls, told, document, HighlightRegistry, Highlight, ShadowRoot };
}

describe('the tamper hook', () => {
  it('keeps each call\'s arguments, result and this, and tells the document after it', () => {
    const { calls, told, document, HighlightRegistry, Highlight } = standIns();
    const registry = new HighlightRegistry();
    expect(registry.set('mine', 1)).toBe(registry);
    expect(registry.delete('known')).toBe(true);
    expect(registry.delete('other')).toBe(false);
    registry.clear();
    new Highlight().clear();
    expect(new Highlight().delete()).toBe(false);
    expect(calls).toEqual(['set mine', 'delete known', 'delete other', 'clear', 'highlight clear', 'highlight delete']);
    expect(told).toEqual(Array(6).fill(document));
  });

  it('tells nothing when the native call throws, and lets the exception through', () => {
    const { calls, told, HighlightRegistry } = standIns();
    calls.push('throw');
    expect(() => new HighlightRegistry().clear()).toThrow('from the native');
    expect(told).toEqual([]);
  });

  it('wraps the adoptedStyleSheets setters and leaves the getters alone', () => {
    const { calls, told, document, ShadowRoot } = standIns();
    const sheets = [{}];
    document.adoptedStyleSheets = sheets;
    expect(document.adoptedStyleSheets).toBe(sheets);
    const host = new EventTarget();
    const heardOnHost: Event[] = [];
    host.addEventListener(TAMPER_EVENT, (e) => heardOnHost.push(e));
    const root = new ShadowRoot(host);
    root.adoptedStyleSheets = [];
    expect(root.adoptedStyleSheets).toEqual([]);
    expect(calls).toEqual(['document sheets', 'root sheets']);
    expect(told).toEqual([document]);
    expect(heardOnHost).toHaveLength(1);
    expect(heardOnHost[0]!.composed).toBe(true);
  });

  it('does nothing where a class is missing (no Highlight API)', () => {
    const document = new EventTarget();
    expect(() => installTamperHook({ document, Event } as unknown as Window & typeof globalThis)).not.toThrow();
  });
});
